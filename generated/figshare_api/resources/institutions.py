"""Operations on ``institutions``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api.models import Article

_institution_articles: Operation[builtins.list[Article]] = Operation(
    "institution_articles",
    "GET",
    "/institutions/{institution_string_id}/articles/filter-by",
    (200,),
    query=(("resource_id", "resource_id"), ("filename", "filename")),
    result="Article",
    models="figshare_api.models",
    many=True,
    parameters=(("institution_string_id", str), ("resource_id", str), ("filename", str)),
    required=("institution_string_id", "resource_id", "filename"),
)


class InstitutionsResource:
    """Operations on ``institutions`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def articles_filter_by(
        self, institution_string_id: str, *, resource_id: str, filename: str
    ) -> builtins.list[Article]:
        """Public Institution Articles.

        Returns a list of articles belonging to the institution

        ``GET /institutions/{institution_string_id}/articles/filter-by`` (operation ``institution_articles``).

        Args:
            institution_string_id: The institution's string id (as in its Figshare URL).
            resource_id: Only items with this resource id (the id the item has in the institution's own system).
            filename: Only items with a file of this name.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _institution_articles,
            {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
        )


class AsyncInstitutionsResource:
    """Operations on ``institutions`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def articles_filter_by(
        self, institution_string_id: str, *, resource_id: str, filename: str
    ) -> builtins.list[Article]:
        """Public Institution Articles.

        Returns a list of articles belonging to the institution

        ``GET /institutions/{institution_string_id}/articles/filter-by`` (operation ``institution_articles``).

        Args:
            institution_string_id: The institution's string id (as in its Figshare URL).
            resource_id: Only items with this resource id (the id the item has in the institution's own system).
            filename: Only items with a file of this name.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _institution_articles,
            {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
        )
