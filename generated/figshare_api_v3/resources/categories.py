"""Operations on ``categories``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import CategoryList

_categories_list: Operation[builtins.list[CategoryList]] = Operation(
    "categories_list", "GET", "/categories", (200,), result="CategoryList", models="figshare_api_v3.models", many=True
)


class CategoriesResource:
    """Operations on ``categories`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[CategoryList]:
        """Public Categories.

        Returns a list of public categories

        ``GET /categories`` (operation ``categories_list``).

        Returns:
            list[CategoryList]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_categories_list, {})


class AsyncCategoriesResource:
    """Operations on ``categories`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[CategoryList]:
        """Public Categories.

        Returns a list of public categories

        ``GET /categories`` (operation ``categories_list``).

        Returns:
            list[CategoryList]: the parsed response body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_categories_list, {})
