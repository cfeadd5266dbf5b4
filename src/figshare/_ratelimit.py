"""A minimum interval between requests, shared by threads and asyncio tasks.

Figshare asks clients to send no more than one request per second. One `RateLimiter` can be shared by every
client in a program, whether it sends from threads (`acquire()`) or asyncio tasks (`await aacquire()`): each
caller reserves the next free time slot under a lock, then sleeps until that slot outside the lock, so no
caller holds the lock while it waits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable


async def asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, with asyncio imported on first use: the sync path never imports it."""
    import asyncio

    await asyncio.sleep(seconds)


class RateLimiter:
    """Spaces calls at least `min_interval` seconds apart (None or 0 turns the limiter off).

    Args:
        min_interval: seconds between the starts of two consecutive requests: a finite number, 0 or more.
        clock: monotonic time in seconds (inject a fake one in tests).
        sleep: blocking sleep used by `acquire()`.
        async_sleep: coroutine sleep used by `aacquire()`.

    Raises:
        InvalidArgumentError: `min_interval` is negative, infinite or NaN (a `ValueError`).
        InvalidArgumentTypeError: `min_interval` is not a number (a `TypeError`).
    """

    def __init__(
        self,
        min_interval: float | None = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio_sleep,
    ) -> None:
        from figshare._validate import optional_seconds

        self._interval = optional_seconds(min_interval, "min_interval", allow_zero=True) or 0.0
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._next_slot: float | None = None

    @property
    def min_interval(self) -> float:
        """Seconds between two requests (0 when the limiter is off)."""
        return self._interval

    def reserve(self) -> float:
        """Reserve the next free slot and return how many seconds the caller must wait for it."""
        if not self._interval:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = now if self._next_slot is None else max(now, self._next_slot)
            self._next_slot = slot + self._interval
        return slot - now

    def acquire(self) -> float:
        """Block the calling thread until it may send a request; return the seconds it waited."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)
        return max(delay, 0.0)

    async def aacquire(self) -> float:
        """Wait, without blocking the event loop, until the calling task may send a request; return the wait."""
        delay = self.reserve()
        if delay > 0:
            await self._async_sleep(delay)
        return max(delay, 0.0)

    def __repr__(self) -> str:
        return f"RateLimiter(min_interval={self._interval!r})"
