"""Operations on ``readcube``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import ReadcubeAddCitesBody

_readcube_add_cites: Operation[str] = Operation(
    "readcube_add_cites",
    "POST",
    "/readcube",
    (200,),
    body="json",
    models="figshare_api_v3.models",
    json=True,
    required=("body",),
    request="ReadcubeAddCitesBody",
)


class ReadcubeResource:
    """Operations on ``readcube`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def create(self, *, body: ReadcubeAddCitesBody) -> str:
        """Readcube citation webhook.

        Receives citation notifications from Readcube and records them against the referenced items.

        ``POST /readcube`` (operation ``readcube_add_cites``).

        Args:
            body: The request body: an `ReadcubeAddCitesBody`.

        Returns:
            str: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_readcube_add_cites, {"body": body})


class AsyncReadcubeResource:
    """Operations on ``readcube`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(self, *, body: ReadcubeAddCitesBody) -> str:
        """Readcube citation webhook.

        Receives citation notifications from Readcube and records them against the referenced items.

        ``POST /readcube`` (operation ``readcube_add_cites``).

        Args:
            body: The request body: an `ReadcubeAddCitesBody`.

        Returns:
            str: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_readcube_add_cites, {"body": body})
