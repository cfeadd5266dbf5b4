"""Operations on ``account.licenses``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api.models import License

_private_licenses_list: Operation[builtins.list[License]] = Operation(
    "private_licenses_list",
    "GET",
    "/account/licenses",
    (200,),
    result="License",
    models="figshare_api.models",
    many=True,
)


class AccountLicensesResource:
    """Operations on ``account.licenses`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[License]:
        """Private Account Licenses.

        This is a private endpoint that requires OAuth. It will return a list with figshare public licenses AND
            licenses defined for account's institution.

        ``GET /account/licenses`` (operation ``private_licenses_list``).

        Returns:
            list[License]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_licenses_list, {})


class AsyncAccountLicensesResource:
    """Operations on ``account.licenses`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[License]:
        """Private Account Licenses.

        This is a private endpoint that requires OAuth. It will return a list with figshare public licenses AND
            licenses defined for account's institution.

        ``GET /account/licenses`` (operation ``private_licenses_list``).

        Returns:
            list[License]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_licenses_list, {})
