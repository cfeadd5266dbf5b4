"""Deadlines (``part_timeout``) and stall detection (``stall_timeout``, ``min_speed``) for transfers: a
server that sends or reads a byte a second stays under httpx's per-read time-outs for ever. Both raise
`TransferStalledError`, retried like any time-out. A blocking call cannot be interrupted from outside, so
the sync runtime runs the bounded step in a helper thread and gives up on it at the deadline (the helper
stops at its next chunk, or when the connection closes).
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, InvalidStateError, wait
from typing import TypeVar

from figshare import _validate
from figshare.files._errors import TransferStalledError

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class TransferLimits:
    """How long a part may take and how slow a body may get (see the module docstring); each is checked
    (`InvalidArgumentError` or `InvalidArgumentTypeError` naming the argument)."""

    part_timeout: float
    stall_timeout: float
    min_speed: float

    def __post_init__(self) -> None:
        _validate.seconds(self.part_timeout, "part_timeout")
        _validate.seconds(self.stall_timeout, "stall_timeout")
        _validate.bytes_per_second(self.min_speed, "min_speed")


@dataclasses.dataclass
class StallDetector:
    """Counts a body's bytes and raises `TransferStalledError` from `advance` once fewer than ``min_speed``
    bytes per second moved over a whole ``stall_timeout`` window."""

    limits: TransferLimits
    _: dataclasses.KW_ONLY
    what: str
    method: str | None = None
    url: str | None = None
    clock: Callable[[], float] = time.monotonic
    _window_start: float = dataclasses.field(init=False)
    _window_bytes: int = dataclasses.field(init=False, default=0)

    def __post_init__(self) -> None:
        self._window_start = self.clock()

    def advance(self, count: int) -> None:
        """``count`` more bytes moved; raise when the window just ended too slow."""
        self._window_bytes += count
        now = self.clock()
        elapsed = now - self._window_start
        if elapsed < self.limits.stall_timeout:
            return
        if self._window_bytes < self.limits.min_speed * elapsed:
            raise TransferStalledError(
                f"{self.what} stalled: {self._window_bytes} bytes in {elapsed:.1f} s, below the minimum of "
                f"{self.limits.min_speed:g} bytes/s over {self.limits.stall_timeout:g} s",
                method=self.method,
                url=self.url,
            )
        self._window_start, self._window_bytes = now, 0


def call_with_deadline(
    function: Callable[[], T],
    seconds: float,
    *,
    what: str,
    method: str | None = None,
    url: str | None = None,
    discard: Callable[[T], None] | None = None,
    abandon: Callable[[], None] | None = None,
) -> T:
    """``function()``, run in a helper thread; `TransferStalledError` if it has not returned within
    ``seconds``. A result that arrives too late goes to ``discard`` (to close a response); ``abandon`` is
    called when the caller gives up (to make the helper stop at its next step)."""
    future: Future[T] = Future()  # never set running, so the caller can cancel it until it is done

    def run() -> None:
        try:
            value = function()
        except BaseException as error:  # handed to the waiting caller
            with contextlib.suppress(InvalidStateError):
                future.set_exception(error)
            return
        try:
            future.set_result(value)
        except InvalidStateError:  # the caller gave up on it
            if discard is not None:
                discard(value)

    threading.Thread(target=run, name="figshare-transfer", daemon=True).start()
    try:
        wait((future,), seconds)
    finally:
        if future.cancel() and abandon is not None:
            abandon()
    if future.cancelled():
        raise TransferStalledError(f"{what} did not finish within {seconds:g} s (part_timeout)", method=method, url=url)
    return future.result()


async def acall_with_deadline(
    function: Callable[[], Awaitable[T]],
    seconds: float,
    *,
    what: str,
    method: str | None = None,
    url: str | None = None,
    discard: Callable[[T], object] | None = None,
    abandon: Callable[[], None] | None = None,
) -> T:
    """`call_with_deadline` for the async runtime: ``await function()``, cancelled at the deadline (a
    cancelled task leaves nothing behind, so ``discard`` and ``abandon`` go unused)."""
    import asyncio  # here, not at the top: the sync runtime imports this module and never needs asyncio

    try:
        return await asyncio.wait_for(function(), seconds)
    except asyncio.TimeoutError:
        raise TransferStalledError(
            f"{what} did not finish within {seconds:g} s (part_timeout)", method=method, url=url
        ) from None
