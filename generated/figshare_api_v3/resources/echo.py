"""Operations on ``echo``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import EchoResponse200

_echo: Operation[EchoResponse200] = Operation(
    "echo", "GET", "/echo", (200,), result="EchoResponse200", models="figshare_api_v3.models"
)


class EchoResource:
    """Operations on ``echo`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self) -> EchoResponse200:
        """Echo request.

        Diagnostic endpoint that echoes a fixed payload for the authenticated account.

        ``GET /echo`` (operation ``echo``).

        Returns:
            EchoResponse200: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_echo, {})


class AsyncEchoResource:
    """Operations on ``echo`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self) -> EchoResponse200:
        """Echo request.

        Diagnostic endpoint that echoes a fixed payload for the authenticated account.

        ``GET /echo`` (operation ``echo``).

        Returns:
            EchoResponse200: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_echo, {})
