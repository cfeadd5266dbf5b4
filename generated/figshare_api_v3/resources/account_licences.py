"""Operations on ``account.licences``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import Licence

_private_licences_list: Operation[builtins.list[Licence]] = Operation(
    "private_licences_list",
    "GET",
    "/account/licences",
    (200,),
    result="Licence",
    models="figshare_api_v3.models",
    many=True,
)


class AccountLicencesResource:
    """Operations on ``account.licences`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[Licence]:
        """Private Account Licences.

        This is a private endpoint that requires OAuth. It will return a list with figshare public licences AND
            licences defined for account's institution.

        ``GET /account/licences`` (operation ``private_licences_list``).

        Returns:
            list[Licence]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_licences_list, {})


class AsyncAccountLicencesResource:
    """Operations on ``account.licences`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[Licence]:
        """Private Account Licences.

        This is a private endpoint that requires OAuth. It will return a list with figshare public licences AND
            licences defined for account's institution.

        ``GET /account/licences`` (operation ``private_licences_list``).

        Returns:
            list[Licence]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_licences_list, {})
