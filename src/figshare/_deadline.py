"""The total deadline of one call, and how a blocking attempt is cut off when it passes.

httpx's timeouts bound each network operation (connect, one read, one write), not a whole request: a server
that sends one byte a second never trips a read timeout. A call therefore carries a `Budget`: the moment its
deadline passes. The HTTP core caps each attempt's httpx timeouts at the time left, checks the budget
between body chunks, and, for sync clients, arms the shared `Watchdog`: a single daemon thread that, when
the deadline passes, shuts down the sockets the attempt is using (found through httpcore's documented
``trace`` extension), so that a read blocked on a dripping server returns at once. Async clients use an
`anyio` cancel scope instead.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

__all__ = ["Budget", "StreamCapture", "watchdog"]


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
        left = self.remaining()
        if left is None:
            return configured
        left = max(left, 0.001)
        base = configured or {}
        return {
            key: left if base.get(key) is None else min(float(base[key]), left)
            for key in ("connect", "read", "write", "pool")
        }


class StreamCapture:
    """Collects the network streams httpcore opens for one attempt, so they can be cut off (sync only).

    Installed as the request's ``trace`` extension (calling the caller's own trace function too): a new
    connection reports its stream in ``connection.connect_tcp.complete`` and ``connection.start_tls.complete``.
    A request sent on a pooled connection reports none; the stream is then looked up in the connection pool
    when its request headers are sent, where httpcore's pool allows.
    """

    def __init__(self, http_client: httpx.Client, previous: Any) -> None:
        self._http_client = http_client
        self._previous = previous
        self._lock = threading.Lock()
        self.streams: list[Any] = []
        self.aborted = False

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event.endswith(".complete") and event.startswith("connection."):
            self._add(info.get("return_value"))
        elif event.endswith("send_request_headers.started") and not self.streams:
            self._add(_pooled_stream(self._http_client, info.get("request")))
        if self._previous is not None:
            self._previous(event, info)

    def _add(self, stream: Any) -> None:
        if stream is None or not hasattr(stream, "get_extra_info"):
            return
        with self._lock:
            self.streams.append(stream)
            if self.aborted:
                _shut_down(stream)

    def abort(self) -> None:
        """Shut down every captured socket: a blocked read or write returns with an error at once."""
        with self._lock:
            self.aborted = True
            streams = list(self.streams)
        for stream in streams:
            _shut_down(stream)


def _shut_down(stream: Any) -> None:
    try:
        sock = stream.get_extra_info("socket")
    except Exception:  # a stream of another kind: nothing to cut
        return
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _pooled_stream(http_client: httpx.Client, core_request: Any) -> Any:
    """The network stream of the pooled connection `core_request` was assigned to, where it can be found.

    httpcore has no public way to reach it; this reads its pool's bookkeeping and gives up quietly (returns
    None) when that is not there, as with custom transports or another httpcore version.
    """
    if core_request is None:
        return None
    try:
        pool = http_client._transport._pool  # type: ignore[attr-defined]
        for pool_request in list(pool._requests):
            if pool_request.request is core_request:
                connection = pool_request.connection
                inner = getattr(connection, "_connection", None)
                return getattr(inner, "_network_stream", None)
    except Exception:  # not the default transport, or another httpcore: no cut-off for pooled connections
        return None
    return None


class _Alarm:
    __slots__ = ("action", "cancelled", "lock", "when")

    def __init__(self, when: float, action: Callable[[], None]) -> None:
        self.when = when
        self.action = action
        self.cancelled = False
        self.lock = threading.Lock()  # the action never runs after the armed block has left

    def fire(self) -> None:
        with self.lock:
            if not self.cancelled:
                with contextlib.suppress(Exception):
                    self.action()


class Watchdog:
    """One daemon thread that runs actions at given monotonic times, unless they were cancelled first."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._heap: list[tuple[float, int, _Alarm]] = []
        self._counter = itertools.count()
        self._cancelled = 0
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def armed(self, when: float | None, action: Callable[[], None]) -> Iterator[None]:
        """Run `action` at monotonic time `when` if the block is still running then (no-op for None)."""
        if when is None:
            yield
            return
        alarm = _Alarm(when, action)
        with self._condition:
            heapq.heappush(self._heap, (when, next(self._counter), alarm))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="figshare-deadline-watchdog", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is alarm:
                self._condition.notify()
        try:
            yield
        finally:
            with alarm.lock:
                alarm.cancelled = True
            with self._condition:
                self._cancelled += 1
                if self._cancelled > 256 and self._cancelled * 2 > len(self._heap):
                    self._heap = [entry for entry in self._heap if not entry[2].cancelled]
                    heapq.heapify(self._heap)
                    self._cancelled = 0

    def _run(self) -> None:
        while True:
            with self._condition:
                while True:
                    while self._heap and self._heap[0][2].cancelled:
                        heapq.heappop(self._heap)
                        self._cancelled = max(0, self._cancelled - 1)
                    if not self._heap:
                        self._condition.wait()
                        continue
                    wait = self._heap[0][0] - time.monotonic()
                    if wait <= 0:
                        alarm = heapq.heappop(self._heap)[2]
                        break
                    self._condition.wait(wait)
            alarm.fire()


watchdog = Watchdog()
"""The process's one watchdog thread (started on first use)."""
