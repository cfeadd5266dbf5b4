"""Operations on ``status``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    pass

_status: Operation[str] = Operation("status", "GET", "/status", (200,), json=True)


class StatusResource:
    """Operations on ``status`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self) -> str:
        """Status.

        Diagnostic endpoint used for health checks.

        ``GET /status`` (operation ``status``).

        Returns:
            str: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_status, {})


class AsyncStatusResource:
    """Operations on ``status`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self) -> str:
        """Status.

        Diagnostic endpoint used for health checks.

        ``GET /status`` (operation ``status``).

        Returns:
            str: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_status, {})
