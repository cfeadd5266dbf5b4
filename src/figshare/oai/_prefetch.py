"""Fetch the next page while the current one is being read.

A list page ends with the token of the next one. As soon as the parser has seen that token, the next request
is started (in a worker thread for the sync client, as a task for the async one) and the current page's items
are handed out meanwhile, so the repository's time and the network's overlap with the caller's. At most one
request is ahead, it waits for the same rate limiter as every other request, and a page asked for with other
arguments (after a refused token, for instance) is fetched directly instead.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

WORTHWHILE_LATENCY = 0.005
"""Pages are fetched ahead only while both the repository's answer and the caller's reading of a page take at
least this long (seconds): the overlap saves the shorter of the two, handing a request over costs a few tenths
of a millisecond (more while the two threads contend for the interpreter)."""

WORTHWHILE_BEFORE_PARSE = 0.001
"""The same, for a fetch started before the caller parses the page it has (see ``start``): the caller's reading
must take this long, the repository's answer at least ``HAND_OVER`` (the overlap then saves most of it)."""

HAND_OVER = 0.00025
"""About what handing a request to the worker costs (seconds)."""

_SEND_WAIT = 0.005
"""How long (seconds) the reader waits for the worker to send its request; one waiting for the rate limiter is
left to it."""

_SETTLE_STEPS = 64
"""The most event loop steps ``AsyncPagePrefetcher.settle`` waits for a request to be sent."""

Page = tuple[bytes, str]
Params = dict[str, str]
FetchT = TypeVar("FetchT")
PendingT = TypeVar("PendingT")
Signal = threading.Event | asyncio.Event
"""What a fetch sets once its request is on the wire."""


class _Prefetcher(Generic[FetchT, PendingT]):
    """What both prefetchers keep: the fetch, the page ahead, and how long pages take to arrive and to be read.

    ``fetch(params, sent)`` sets ``sent`` once its request is on the wire (None when nobody waits for that).
    """

    def __init__(self, fetch: FetchT, *, enabled: bool = True, clock: Callable[[], float] = time.perf_counter) -> None:
        self._fetch = fetch
        self._enabled = enabled
        self._clock = clock
        self._pending: tuple[Params, PendingT] | None = None
        self._latency = 0.0  # of the last page (written by whichever thread fetched it)
        self._reading = 0.0  # how long the caller read the page before the last one asked for
        self._handed_out: float | None = None
        self.unsettled = False
        """A task was just started and may not have sent its request yet (always False for a thread)."""

    def _pays(self, params: Params, before_parse: bool) -> bool:
        if self._pending is not None and self._pending[0] == params:
            return False  # already on its way
        if before_parse:
            return self._enabled and self._reading >= WORTHWHILE_BEFORE_PARSE and self._latency >= HAND_OVER
        return self._enabled and min(self._latency, self._reading) >= WORTHWHILE_LATENCY

    def _take(self, params: Params) -> PendingT | None:
        """The fetch started ahead for ``params``, if there is one; any other is dropped."""
        if self._handed_out is not None:
            self._reading = self._clock() - self._handed_out
        if self._pending is not None and self._pending[0] == params:
            pending, self._pending = self._pending, None
            return pending[1]
        self._drop()
        return None

    def _drop(self) -> None:
        if self._pending is not None:
            self._cancel(self._pending[1])
            self._pending = None

    def _cancel(self, pending: PendingT) -> None:
        raise NotImplementedError


class PagePrefetcher(_Prefetcher[Callable[[Params, Signal | None], Page], Future[Page]]):
    """One page ahead, fetched by a worker thread, when it pays (``WORTHWHILE_LATENCY``: across a real network,
    for a caller that works on its records); ``enabled=False`` fetches every page on demand."""

    _executor: ThreadPoolExecutor | None = None

    def start(self, params: Params, *, before_parse: bool = False) -> None:
        """Begin fetching the page for ``params`` (dropping any other page fetched ahead), when it pays;
        ``before_parse``: the caller parses a page next (libxml2 lets the worker have the interpreter meanwhile)."""
        if not self._pays(params, before_parse):
            return
        self._drop()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="figshare-oai-prefetch")
        sent = threading.Event()
        future = self._executor.submit(self._timed_fetch, params, sent)
        future.add_done_callback(lambda _future: sent.set())
        self._pending = (params, future)
        # Give the worker the interpreter until its request is out: otherwise it would not get it back before
        # this thread blocks on the page (a thread waiting for the GIL waits up to the 5 ms switch interval),
        # and the repository would not start on the page until then. A parse lets it go by itself.
        if not before_parse:
            sent.wait(_SEND_WAIT)

    def settle(self) -> None:
        """Nothing to wait for (``start`` already gave the worker time to send); the async twin's hook."""

    def get(self, params: Params) -> Page:
        """The page for ``params``: the one fetched ahead when it matches, otherwise fetched now."""
        future = self._take(params)
        page = future.result() if future is not None else self._timed_fetch(params, None)
        self._handed_out = self._clock()
        return page

    def _timed_fetch(self, params: Params, sent: Signal | None) -> Page:
        started = self._clock()
        page = self._fetch(params, sent)
        self._latency = self._clock() - started
        return page

    def close(self) -> None:
        """Drop what was fetched ahead and let the worker thread end."""
        self._drop()
        self._retire_worker()

    def _cancel(self, pending: Future[Page]) -> None:
        if not pending.cancel() and not pending.done():
            self._retire_worker()  # still sending: let it finish alone, the next fetch gets a new thread

    def _retire_worker(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


class AsyncPagePrefetcher(_Prefetcher[Callable[[Params, Signal | None], Awaitable[Page]], asyncio.Task[Page]]):
    """One page ahead, fetched by an asyncio task, when it pays; ``enabled=False`` fetches every page on demand."""

    _sent: asyncio.Event | None = None

    def start(self, params: Params, *, before_parse: bool = False) -> None:
        """Begin fetching the page for ``params`` when it pays (the task runs once the caller awaits ``settle``)."""
        if not self._pays(params, before_parse):
            return
        self._drop()
        self._sent = asyncio.Event()
        task = asyncio.ensure_future(self._timed_fetch(params, self._sent))
        task.add_done_callback(_retrieve)
        self._pending = (params, task)
        self.unsettled = True

    async def settle(self) -> None:
        """Run the event loop until a just-started task has sent its request (a few steps at most: a task
        waiting for the rate limiter is left to it), so the repository works while the caller reads."""
        self.unsettled = False
        for _ in range(_SETTLE_STEPS):
            if self._sent is None or self._sent.is_set() or self._pending is None or self._pending[1].done():
                return
            await asyncio.sleep(0)

    async def get(self, params: Params) -> Page:
        """The page for ``params``: the one fetched ahead when it matches, otherwise fetched now."""
        task = self._take(params)
        page = await task if task is not None else await self._timed_fetch(params, None)
        self._handed_out = self._clock()
        return page

    async def _timed_fetch(self, params: Params, sent: Signal | None) -> Page:
        started = self._clock()
        page = await self._fetch(params, sent)
        self._latency = self._clock() - started
        return page

    def close(self) -> None:
        """Cancel what was fetched ahead."""
        self._drop()

    def _cancel(self, pending: asyncio.Task[Page]) -> None:
        pending.cancel()


def _retrieve(task: asyncio.Task[Page]) -> None:
    """Mark a dropped task's failure as seen (it is re-raised to whoever awaits the task)."""
    if not task.cancelled():
        task.exception()
