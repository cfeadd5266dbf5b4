"""Operations on ``account.categories``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api.models import CategoryList

_private_categories_list: Operation[builtins.list[CategoryList]] = Operation(
    "private_categories_list",
    "GET",
    "/account/categories",
    (200,),
    result="CategoryList",
    models="figshare_api.models",
    many=True,
)


class AccountCategoriesResource:
    """Operations on ``account.categories`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[CategoryList]:
        """Private Account Categories.

        List institution categories (including parent Categories)

        ``GET /account/categories`` (operation ``private_categories_list``).

        Returns:
            list[CategoryList]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_categories_list, {})


class AsyncAccountCategoriesResource:
    """Operations on ``account.categories`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[CategoryList]:
        """Private Account Categories.

        List institution categories (including parent Categories)

        ``GET /account/categories`` (operation ``private_categories_list``).

        Returns:
            list[CategoryList]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_categories_list, {})
