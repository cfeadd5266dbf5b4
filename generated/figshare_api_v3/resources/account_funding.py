"""Operations on ``account.funding``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import FundingInformation, FundingSearch

_private_funding_search: Operation[builtins.list[FundingInformation]] = Operation(
    "private_funding_search",
    "POST",
    "/account/funding/search",
    (200,),
    body="json",
    result="FundingInformation",
    models="figshare_api_v3.models",
    many=True,
    request="FundingSearch",
)


class AccountFundingResource:
    """Operations on ``account.funding`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def search(self, *, body: FundingSearch | Unset = UNSET) -> builtins.list[FundingInformation]:
        """Search Funding.

        Search for fundings

        ``POST /account/funding/search`` (operation ``private_funding_search``).

        Args:
            body: The request body: an `FundingSearch`.

        Returns:
            list[FundingInformation]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_funding_search, {"body": body})


class AsyncAccountFundingResource:
    """Operations on ``account.funding`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def search(self, *, body: FundingSearch | Unset = UNSET) -> builtins.list[FundingInformation]:
        """Search Funding.

        Search for fundings

        ``POST /account/funding/search`` (operation ``private_funding_search``).

        Args:
            body: The request body: an `FundingSearch`.

        Returns:
            list[FundingInformation]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_funding_search, {"body": body})
