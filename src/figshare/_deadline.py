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
import math
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
        left = self.at - self.clock()
        if configured is not None:
            try:  # the common case: every timeout set, and each shorter than the deadline's time left
                if max(configured["connect"], configured["read"], configured["write"], configured["pool"]) <= left:
                    return configured
            except (KeyError, TypeError):  # one missing or None (no timeout): capped below
                pass
        left = max(left, 0.001)
        base = configured or {}
        return {key: left if base.get(key) is None else min(float(base[key]), left) for key in _TIMEOUT_KEYS}


_TIMEOUT_KEYS = ("connect", "read", "write", "pool")


def _streams_of(http_client: httpx.Client, marker: object) -> list[Any]:
    streams = []
    with contextlib.suppress(Exception):  # not the default transport, or another httpcore: no cut-off
        for transport in [http_client._transport, *http_client._mounts.values()]:
            pool = getattr(transport, "_pool", None)
            for pool_request in list(getattr(pool, "_requests", ())):
                if pool_request.request.extensions.get(MARKER_EXTENSION) is marker:
                    inner = getattr(pool_request.connection, "_connection", None)
                    if type(inner).__name__ == "HTTP2Connection":
                        continue  # shared by other requests: left to the capped per-operation timeouts
                    stream = getattr(inner, "_network_stream", None)
                    if stream is not None:
                        streams.append(stream)
    return streams


MARKER_EXTENSION = "figshare_attempt"
"""The request extension that marks a sync attempt, so that its connection can be found in the pool."""


class Watchdog:
    """One daemon thread that fires alarms (`AttemptDeadline`) at their monotonic times, unless disarmed first.

    Arming and disarming take no lock in the common case, as they happen once per sync attempt: `arm` puts
    the alarm in a dict (alarm -> time) and wakes the thread only when the alarm is due before the thread
    plans to wake up anyway (the first alarm, or one of a shorter deadline); `disarm` takes it out again
    (``dict.pop`` is atomic). The thread takes an alarm out of the dict before firing it, under the lock:
    a `disarm` that finds its alarm gone waits for that lock, so once `disarm` returns the alarm has either
    fired completely or never will. A disarmed alarm is no longer referenced by the watchdog.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._armed: dict[AttemptDeadline, float] = {}
        self._wakes_at = math.inf
        """When the thread wakes up next (inf while it looks at the alarms): an alarm due before that
        must wake it."""
        self._latest = -math.inf
        """The time of the alarm armed last: the thread wakes up then at the latest, so that alarms of the
        same deadline armed after it (the common case: later, one after another) need not wake it."""
        self._thread: threading.Thread | None = None

    def arm(self, when: float, alarm: AttemptDeadline) -> None:
        """Fire `alarm` at monotonic time `when`, unless `disarm` is called first."""
        self._armed[alarm] = when
        self._latest = when
        if when < self._wakes_at:  # the thread would sleep past it: wake it up (and start it the first time)
            with self._lock:
                if self._thread is None:  # started once (again in a forked child)
                    self._thread = threading.Thread(target=self._run, name="figshare-deadline-watchdog", daemon=True)
                    self._thread.start()
                self._wake.notify()

    def disarm(self, alarm: AttemptDeadline) -> None:
        """Make sure `alarm` does not fire (or has finished firing) when this returns."""
        if self._armed.pop(alarm, None) is None:  # the thread took it: wait until it has fired
            with self._lock:
                pass

    def _run(self) -> None:
        with self._lock:
            while True:
                # From here until the wait, `arm` notifies (it then waits for the lock, so the notification
                # comes once this thread waits): an alarm armed while the dict is looked at is not missed.
                self._wakes_at = math.inf
                now = time.monotonic()
                soonest = math.inf
                for alarm, when in self._armed.copy().items():  # copy(): atomic, while other threads arm
                    if when > now:
                        soonest = min(soonest, when)
                    elif self._armed.pop(alarm, None) is not None:  # not disarmed meanwhile: fire it
                        with contextlib.suppress(Exception):
                            alarm.fire()
                if now < self._latest < soonest:
                    soonest = self._latest
                self._wakes_at = soonest
                self._wake.wait(None if soonest == math.inf else min(soonest - now, threading.TIMEOUT_MAX))


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
        at = self.budget.at
        if at is not None and self._request is not None:
            self._request.extensions[MARKER_EXTENSION] = self
            watchdog.arm(at, self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.cancelled = True
        if self.budget.at is not None:
            watchdog.disarm(self)
        # What the finished attempt still holds must not include the request (its URL, headers, extensions)
        # nor the client.
        if self._request is not None:
            self._request.extensions.pop(MARKER_EXTENSION, None)
        self._request = self._http_client = None

    def fire(self) -> None:
        """Shut down the sockets the attempt's request is using (the watchdog's thread, at the deadline)."""
        self.cut_off = True
        if self._http_client is not None:
            for stream in _streams_of(self._http_client, self):
                with contextlib.suppress(Exception):  # OSError; or a stream of another kind: nothing to cut
                    sock = stream.get_extra_info("socket")
                    if isinstance(sock, socket.socket):
                        socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def close(self, response: httpx.Response) -> None:
        """Close `response` (the async twin shields this from cancellation)."""
        response.close()


def _after_fork_in_child() -> None:
    # The parent's thread does not exist in the child, and its lock may have been held at the fork.
    watchdog.__init__()  # type: ignore[misc]


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
