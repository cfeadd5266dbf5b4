"""The total deadline of one call, and how a blocking attempt is cut off when it passes.

httpx's timeouts bound each network operation (connect, one read, one write), not a whole request: a server
that sends one byte a second never trips a read timeout. A call therefore carries a `Budget`: the moment its
deadline passes. The HTTP core caps each attempt's httpx timeouts at the time left, checks the budget
between body chunks, and, for sync clients, arms the shared `Watchdog`: a single daemon thread that, when
the deadline passes, fires the attempt's `AttemptDeadline`, which shuts down the socket the attempt is using,
so that a read blocked on a dripping server returns at once. Async clients use a cancel scope instead.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx


class Budget:
    """The deadline of one call: `seconds` from its start (None: no deadline).

    Time spent waiting for the shared rate limiter is not counted (`extend`): the deadline is about the
    server, not about how many requests this program queues.
    """

    __slots__ = ("at", "clock", "seconds")

    def __init__(self, seconds: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self.at = None if seconds is None else clock() + seconds

    def extend(self, delay: float) -> None:
        """Move the deadline `delay` seconds later (the time just spent waiting for the rate limiter)."""
        if self.at is not None and delay > 0:
            self.at += delay

    def remaining(self) -> float | None:
        """Seconds left (may be negative), or None without a deadline."""
        return None if self.at is None else self.at - self.clock()

    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return self.at is not None and self.clock() >= self.at

    def allows(self, delay: float) -> bool:
        """Whether waiting `delay` seconds (before a retry) still leaves time for an attempt."""
        return self.at is None or self.clock() + delay < self.at

    def timeouts(self, configured: dict[str, Any] | None) -> dict[str, Any] | None:
        """httpx's per-operation timeouts for the next attempt: each capped at the time left."""
        if self.at is None:
            return configured
        left = self.at - self.clock()  # remaining(), inline: once per attempt
        left = max(left, 0.001)
        base = configured or {}
        values = base.values()
        if len(base) == len(_TIMEOUT_KEYS) and None not in values and max(values) <= left:
            return configured  # nothing to cap: the common case, a deadline longer than each timeout
        return {key: left if base.get(key) is None else min(float(base[key]), left) for key in _TIMEOUT_KEYS}


_TIMEOUT_KEYS = ("connect", "read", "write", "pool")


def _streams_of(http_client: httpx.Client, marker: object) -> list[Any]:
    streams = []
    try:
        transports = [http_client._transport, *http_client._mounts.values()]
        for transport in transports:
            pool = getattr(transport, "_pool", None)
            for pool_request in list(getattr(pool, "_requests", ())):
                if pool_request.request.extensions.get(MARKER_EXTENSION) is marker:
                    inner = getattr(pool_request.connection, "_connection", None)
                    if type(inner).__name__ == "HTTP2Connection":
                        continue  # shared by other requests: left to the capped per-operation timeouts
                    stream = getattr(inner, "_network_stream", None)
                    if stream is not None:
                        streams.append(stream)
    except Exception:  # not the default transport, or another httpcore: no cut-off
        return streams
    return streams


def _shut_down(stream: Any) -> None:
    try:
        sock = stream.get_extra_info("socket")
    except Exception:  # a stream of another kind: nothing to cut
        return
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


MARKER_EXTENSION = "figshare_attempt"
"""The request extension that marks a sync attempt, so that its connection can be found in the pool."""


class Watchdog:
    """One daemon thread that fires alarms (`AttemptDeadline`) at their monotonic times, unless disarmed first.

    An alarm fires under the watchdog's lock, which `disarm` takes too: once `disarm` returns, the alarm has
    either fired completely or never will.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._heap: list[tuple[float, int, AttemptDeadline]] = []
        self._counter = itertools.count()
        self._cancelled = 0
        self._thread: threading.Thread | None = None

    def arm(self, when: float, alarm: AttemptDeadline) -> None:
        """Fire `alarm` at monotonic time `when`, unless `disarm` is called first."""
        with self._lock:
            heapq.heappush(self._heap, (when, next(self._counter), alarm))
            if self._thread is None:  # started once (again in a forked child)
                self._thread = threading.Thread(target=self._run, name="figshare-deadline-watchdog", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is alarm:
                self._wake.notify()

    def disarm(self, alarm: AttemptDeadline) -> None:
        """Make sure `alarm` does not fire (or has finished firing) when this returns."""
        with self._lock:
            alarm.cancelled = True
            self._cancelled += 1
            if self._cancelled > 256 and self._cancelled * 2 > len(self._heap):
                self._heap = [entry for entry in self._heap if not entry[2].cancelled]
                heapq.heapify(self._heap)
                self._cancelled = 0

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                    self._cancelled = max(0, self._cancelled - 1)
                wait = self._heap[0][0] - time.monotonic() if self._heap else None
                if wait is None or wait > 0:
                    self._wake.wait(None if wait is None else min(wait, threading.TIMEOUT_MAX))
                    continue
                alarm = heapq.heappop(self._heap)[2]
                with contextlib.suppress(Exception):
                    alarm.fire()


watchdog = Watchdog()
"""The process's one watchdog thread (started on first use)."""


default_sleep = time.sleep
"""The sleep between retries of `HTTPCore` (the async core's is ``asyncio.sleep``)."""


class AttemptDeadline:
    """Keeps one sync attempt (``with AttemptDeadline(...)``) to its call's deadline (see the module).

    The request carries the attempt as a marker extension (httpx passes extensions to httpcore as they are).
    If the watchdog fires before the block is left, the pool's connection serving the marked request has its
    socket shut down. httpcore has no public way to reach a request's connection: this reads its pool's
    bookkeeping and gives up quietly when that is not there (a custom transport, another httpcore), leaving
    the capped per-operation timeouts and the checks between body chunks.
    """

    __slots__ = ("_http_client", "_request", "budget", "cancelled", "cut_off")

    def __init__(self, http_client: httpx.Client, request: httpx.Request, budget: Budget) -> None:
        self._http_client: httpx.Client | None = http_client
        self._request: httpx.Request | None = request
        self.budget = budget
        self.cancelled = False
        self.cut_off = False
        """Whether the watchdog cut the attempt off (its deadline passed while it was blocked)."""

    def __enter__(self) -> AttemptDeadline:
        if self.budget.at is not None and self._request is not None:
            self._request.extensions[MARKER_EXTENSION] = self
            watchdog.arm(self.budget.at, self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.budget.at is not None:
            watchdog.disarm(self)
        # The watchdog keeps disarmed alarms until it sweeps them out (hundreds of them): what they hold must
        # not include the request (its URL, headers, extensions) nor the client.
        if self._request is not None:
            self._request.extensions.pop(MARKER_EXTENSION, None)
        self._request = self._http_client = None

    def fire(self) -> None:
        """Shut down the sockets the attempt's request is using (the watchdog's thread, at the deadline)."""
        self.cut_off = True
        if self._http_client is not None:
            for stream in _streams_of(self._http_client, self):
                _shut_down(stream)

    def close(self, response: httpx.Response) -> None:
        """Close `response` (the async twin shields this from cancellation)."""
        response.close()


def _after_fork_in_child() -> None:
    # The parent's thread does not exist in the child, and its lock may have been held at the fork.
    watchdog.__init__()  # type: ignore[misc]


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
