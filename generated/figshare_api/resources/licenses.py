"""Operations on ``licenses``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api.models import License

_licenses_list: Operation[builtins.list[License]] = Operation(
    "licenses_list", "GET", "/licenses", (200,), result="License", models="figshare_api.models", many=True
)


class LicensesResource:
    """Operations on ``licenses`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[License]:
        """Public Licenses.

        Returns a list of public licenses

        ``GET /licenses`` (operation ``licenses_list``).

        Returns:
            list[License]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_licenses_list, {})


class AsyncLicensesResource:
    """Operations on ``licenses`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[License]:
        """Public Licenses.

        Returns a list of public licenses

        ``GET /licenses`` (operation ``licenses_list``).

        Returns:
            list[License]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_licenses_list, {})
