"""Operations on ``item_types``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import ItemType

_item_types_list: Operation[builtins.list[ItemType]] = Operation(
    "item_types_list",
    "GET",
    "/item_types",
    (200,),
    query=(("group_id", "group_id"),),
    result="ItemType",
    models="figshare_api.models",
    many=True,
    parameters=(("group_id", int),),
)


class ItemTypesResource:
    """Operations on ``item_types`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemType]:
        """Item Types.

        Returns the list of Item Types of the requested group. If no user is authenticated, returns the item
            types available for Figshare.

        ``GET /item_types`` (operation ``item_types_list``).

        Args:
            group_id: Identifier of the group for which the item types are requested.

        Returns:
            list[ItemType]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_item_types_list, {"group_id": group_id})


class AsyncItemTypesResource:
    """Operations on ``item_types`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemType]:
        """Item Types.

        Returns the list of Item Types of the requested group. If no user is authenticated, returns the item
            types available for Figshare.

        ``GET /item_types`` (operation ``item_types_list``).

        Args:
            group_id: Identifier of the group for which the item types are requested.

        Returns:
            list[ItemType]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_item_types_list, {"group_id": group_id})
