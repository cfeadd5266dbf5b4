"""Operations on ``altmetric``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import AltmetricInstitution

_altmetric_institutions_list: Operation[builtins.list[AltmetricInstitution]] = Operation(
    "altmetric_institutions_list",
    "GET",
    "/altmetric/institutions",
    (200,),
    query=(("offset", "offset"),),
    result="AltmetricInstitution",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("offset", int),),
)


class AltmetricResource:
    """Operations on ``altmetric`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def institutions_list(self, *, offset: int | Unset = UNSET) -> builtins.list[AltmetricInstitution]:
        """List Altmetric Institutions.

        Returns a list of institutions available for Altmetric reporting

        ``GET /altmetric/institutions`` (operation ``altmetric_institutions_list``).

        Args:
            offset: Where to start the listing. The offset of the first item.

        Returns:
            list[AltmetricInstitution]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_altmetric_institutions_list, {"offset": offset})


class AsyncAltmetricResource:
    """Operations on ``altmetric`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def institutions_list(self, *, offset: int | Unset = UNSET) -> builtins.list[AltmetricInstitution]:
        """List Altmetric Institutions.

        Returns a list of institutions available for Altmetric reporting

        ``GET /altmetric/institutions`` (operation ``altmetric_institutions_list``).

        Args:
            offset: Where to start the listing. The offset of the first item.

        Returns:
            list[AltmetricInstitution]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_altmetric_institutions_list, {"offset": offset})
