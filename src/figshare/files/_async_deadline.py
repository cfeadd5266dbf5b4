"""`call_with_deadline` for the async runtime (the blocking one is in `figshare.files._deadline`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from figshare.files._errors import TransferStalledError

T = TypeVar("T")


async def call_with_deadline(
    function: Callable[[], Awaitable[T]],
    seconds: float,
    *,
    what: str,
    method: str | None = None,
    url: str | None = None,
    discard: Callable[[T], object] | None = None,
    abandon: Callable[[], None] | None = None,
) -> T:
    """``await function()``, cancelled (`TransferStalledError`) if it has not finished within ``seconds``.

    ``discard`` and ``abandon`` are for the blocking twin's helper thread: a cancelled task leaves nothing.
    """
    try:
        return await asyncio.wait_for(function(), seconds)
    except asyncio.TimeoutError:
        raise TransferStalledError(
            f"{what} did not finish within {seconds:g} s (part_timeout)", method=method, url=url
        ) from None
