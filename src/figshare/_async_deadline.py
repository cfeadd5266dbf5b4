"""How the async core keeps one attempt to its call's deadline: a cancel scope (``_deadline.py`` has the sync
side, the watchdog). ``make unasync`` maps this module to ``_deadline`` when it writes ``_core.py``.

On Python 3.11+ under asyncio the scope is ``asyncio.timeout`` (cheaper than anyio's); on 3.10 and under trio
an anyio ``move_on_after``. When the deadline passes, the attempt is cancelled, the response it holds is
closed and `DeadlineExceededError` raised. asyncio, anyio and sniffio are imported on first use: the sync
path never loads them.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx

from figshare._deadline import Budget
from figshare._ratelimit import asyncio_sleep
from figshare.errors import DeadlineExceededError

default_sleep = asyncio_sleep
"""The sleep between retries of `AsyncHTTPCore`."""


class AttemptDeadline:
    """Keeps one attempt (``async with AttemptDeadline(...)``) to its call's deadline with a cancel scope."""

    __slots__ = ("_request", "_scope", "budget")

    cut_off = False
    """Always False here: an attempt past its deadline is cancelled, never left to fail on its own."""

    def __init__(self, http_client: httpx.AsyncClient, request: httpx.Request, budget: Budget) -> None:
        self._request = request
        self.budget = budget
        self._scope: Any = None

    async def __aenter__(self) -> AttemptDeadline:
        budget = self.budget
        if budget.at is None:
            return self
        left = budget.at - budget.clock()  # may be negative
        import asyncio

        import sniffio

        if hasattr(asyncio, "timeout") and sniffio.current_async_library() == "asyncio":
            self._scope = asyncio.timeout(max(left, 0.0))
            await self._scope.__aenter__()
        else:
            import anyio

            self._scope = anyio.move_on_after(left)
            self._scope.__enter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        scope, self._scope = self._scope, None
        if scope is None:
            return
        if hasattr(scope, "__aexit__"):
            try:
                await scope.__aexit__(exc_type, exc, traceback)
                return
            except TimeoutError:
                pass  # only the deadline's own cancellation becomes TimeoutError here
        elif not scope.__exit__(exc_type, exc, traceback):
            return
        raise DeadlineExceededError(
            deadline=self.budget.seconds, method=self._request.method, url=self._request.url
        ) from None

    async def aclose(self, response: httpx.Response) -> None:
        """Close `response`, shielded from the cancellation that may be under way."""
        import anyio

        with anyio.CancelScope(shield=True):
            await response.aclose()
