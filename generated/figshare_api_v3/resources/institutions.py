"""Operations on ``institutions``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import InstitutionCreateSubmissionTokenResponse200, Item

_institution_create_submission_token: Operation[InstitutionCreateSubmissionTokenResponse200] = Operation(
    "institution_create_submission_token",
    "PUT",
    "/institutions/{string_id}/groups/{group_id}/submissions/{token}",
    (200,),
    result="InstitutionCreateSubmissionTokenResponse200",
    models="figshare_api_v3.models",
    parameters=(("string_id", str), ("group_id", int), ("token", str)),
    required=("string_id", "group_id", "token"),
)
_institution_items: Operation[builtins.list[Item]] = Operation(
    "institution_items",
    "GET",
    "/institutions/{institution_string_id}/items/filter-by",
    (200,),
    query=(("resource_id", "resource_id"), ("filename", "filename")),
    result="Item",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("institution_string_id", str), ("resource_id", str), ("filename", str)),
    required=("institution_string_id", "resource_id", "filename"),
)


class InstitutionsResource:
    """Operations on ``institutions`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def group_submission_update(
        self, string_id: str, group_id: int, token: str
    ) -> InstitutionCreateSubmissionTokenResponse200:
        """Create institution submission token.

        Creates a submission token for a given institution group, used by external submission integrations.

        ``PUT /institutions/{string_id}/groups/{group_id}/submissions/{token}`` (operation
            ``institution_create_submission_token``).

        Args:
            string_id: Institution string identifier.
            group_id: Group identifier.
            token: Submission token value.

        Returns:
            InstitutionCreateSubmissionTokenResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _institution_create_submission_token, {"string_id": string_id, "group_id": group_id, "token": token}
        )

    def items_filter_by(self, institution_string_id: str, *, resource_id: str, filename: str) -> builtins.list[Item]:
        """Public Institution Items.

        Returns a list of items belonging to the institution Requires item-type based metadata to be enabled for
            the institution; returns 403 otherwise.

        ``GET /institutions/{institution_string_id}/items/filter-by`` (operation ``institution_items``).

        Args:
            institution_string_id: The institution's string id (as in its Figshare URL).
            resource_id: Only items with this resource id (the id the item has in the institution's own system).
            filename: Only items with a file of this name.

        Returns:
            list[Item]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _institution_items,
            {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
        )


class AsyncInstitutionsResource:
    """Operations on ``institutions`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def group_submission_update(
        self, string_id: str, group_id: int, token: str
    ) -> InstitutionCreateSubmissionTokenResponse200:
        """Create institution submission token.

        Creates a submission token for a given institution group, used by external submission integrations.

        ``PUT /institutions/{string_id}/groups/{group_id}/submissions/{token}`` (operation
            ``institution_create_submission_token``).

        Args:
            string_id: Institution string identifier.
            group_id: Group identifier.
            token: Submission token value.

        Returns:
            InstitutionCreateSubmissionTokenResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _institution_create_submission_token, {"string_id": string_id, "group_id": group_id, "token": token}
        )

    async def items_filter_by(
        self, institution_string_id: str, *, resource_id: str, filename: str
    ) -> builtins.list[Item]:
        """Public Institution Items.

        Returns a list of items belonging to the institution Requires item-type based metadata to be enabled for
            the institution; returns 403 otherwise.

        ``GET /institutions/{institution_string_id}/items/filter-by`` (operation ``institution_items``).

        Args:
            institution_string_id: The institution's string id (as in its Figshare URL).
            resource_id: Only items with this resource id (the id the item has in the institution's own system).
            filename: Only items with a file of this name.

        Returns:
            list[Item]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _institution_items,
            {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
        )
