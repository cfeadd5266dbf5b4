"""Operations on ``licences``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import Licence

_licences_list: Operation[builtins.list[Licence]] = Operation(
    "licences_list", "GET", "/licences", (200,), result="Licence", models="figshare_api_v3.models", many=True
)


class LicencesResource:
    """Operations on ``licences`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[Licence]:
        """Public Licences.

        Returns a list of public licences

        ``GET /licences`` (operation ``licences_list``).

        Returns:
            list[Licence]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_licences_list, {})


class AsyncLicencesResource:
    """Operations on ``licences`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[Licence]:
        """Public Licences.

        Returns a list of public licences

        ``GET /licences`` (operation ``licences_list``).

        Returns:
            list[Licence]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_licences_list, {})
