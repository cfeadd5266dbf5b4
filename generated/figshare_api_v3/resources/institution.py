"""Operations on ``institution``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import InstitutionHrfeedUploadBody, ResponseMessage

_institution_hrfeed_upload: Operation[ResponseMessage] = Operation(
    "institution_hrfeed_upload",
    "POST",
    "/institution/hrfeed/upload",
    (200,),
    body="multipart",
    result="ResponseMessage",
    models="figshare_api_v3.models",
    request="InstitutionHrfeedUploadBody",
)


class InstitutionResource:
    """Operations on ``institution`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def hrfeed_upload(self, *, body: InstitutionHrfeedUploadBody | Unset = UNSET) -> ResponseMessage:
        """Private Institution HRfeed Upload.

        More info in the HR Feed section

        ``POST /institution/hrfeed/upload`` (operation ``institution_hrfeed_upload``).

        Args:
            body: The request body: an `InstitutionHrfeedUploadBody`.

        Returns:
            ResponseMessage: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_institution_hrfeed_upload, {"body": body})


class AsyncInstitutionResource:
    """Operations on ``institution`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def hrfeed_upload(self, *, body: InstitutionHrfeedUploadBody | Unset = UNSET) -> ResponseMessage:
        """Private Institution HRfeed Upload.

        More info in the HR Feed section

        ``POST /institution/hrfeed/upload`` (operation ``institution_hrfeed_upload``).

        Args:
            body: The request body: an `InstitutionHrfeedUploadBody`.

        Returns:
            ResponseMessage: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_institution_hrfeed_upload, {"body": body})
