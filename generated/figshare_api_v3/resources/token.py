"""Operations on ``token``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import CreateOAuthToken, OAuthToken

_create_token: Operation[OAuthToken] = Operation(
    "create_token",
    "POST",
    "/token",
    (200,),
    body="json",
    result="OAuthToken",
    models="figshare_api_v3.models",
    request="CreateOAuthToken",
)
_get_token_info: Operation[OAuthToken] = Operation(
    "get_token_info",
    "GET",
    "/token",
    (200,),
    query=(("access_token", "access_token"),),
    result="OAuthToken",
    models="figshare_api_v3.models",
    parameters=(("access_token", str),),
)


class TokenResource:
    """Operations on ``token`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def create(self, *, body: CreateOAuthToken | Unset = UNSET) -> OAuthToken:
        """Create OAuth token.

        Creates OAuth token using various grant types

        ``POST /token`` (operation ``create_token``).

        Args:
            body: The request body: an `CreateOAuthToken`.

        Returns:
            OAuthToken: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_create_token, {"body": body})

    def details(self, *, access_token: str | Unset = UNSET) -> OAuthToken:
        """Get OAuth token information.

        Returns information about the current OAuth token

        ``GET /token`` (operation ``get_token_info``).

        Args:
            access_token: OAuth access token.

        Returns:
            OAuthToken: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_get_token_info, {"access_token": access_token})


class AsyncTokenResource:
    """Operations on ``token`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(self, *, body: CreateOAuthToken | Unset = UNSET) -> OAuthToken:
        """Create OAuth token.

        Creates OAuth token using various grant types

        ``POST /token`` (operation ``create_token``).

        Args:
            body: The request body: an `CreateOAuthToken`.

        Returns:
            OAuthToken: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_create_token, {"body": body})

    async def details(self, *, access_token: str | Unset = UNSET) -> OAuthToken:
        """Get OAuth token information.

        Returns information about the current OAuth token

        ``GET /token`` (operation ``get_token_info``).

        Args:
            access_token: OAuth access token.

        Returns:
            OAuthToken: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_get_token_info, {"access_token": access_token})
