"""Operations on ``whoami``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import WhoamiResponse200

_whoami: Operation[WhoamiResponse200] = Operation(
    "whoami", "GET", "/whoami", (200,), result="WhoamiResponse200", models="figshare_api_v3.models"
)


class WhoamiResource:
    """Operations on ``whoami`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self) -> WhoamiResponse200:
        """Authenticated account information.

        Returns the account information for the authenticated OAuth account.

        ``GET /whoami`` (operation ``whoami``).

        Returns:
            WhoamiResponse200: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_whoami, {})


class AsyncWhoamiResource:
    """Operations on ``whoami`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self) -> WhoamiResponse200:
        """Authenticated account information.

        Returns the account information for the authenticated OAuth account.

        ``GET /whoami`` (operation ``whoami``).

        Returns:
            WhoamiResponse200: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_whoami, {})
