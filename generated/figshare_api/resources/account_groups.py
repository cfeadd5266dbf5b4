"""Operations on ``account.groups``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api.models import CustomArticleField

_account_group_custom_fields: Operation[builtins.list[CustomArticleField]] = Operation(
    "account_group_custom_fields",
    "GET",
    "/account/groups/{group_id}/metadata/item",
    (200,),
    result="CustomArticleField",
    models="figshare_api.models",
    many=True,
    parameters=(("group_id", int),),
    required=("group_id",),
)


class AccountGroupsResource:
    """Operations on ``account.groups`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def custom_fields_list(self, group_id: int) -> builtins.list[CustomArticleField]:
        """Group custom fields.

        Returns the custom fields for the specified group. Deprecated in favour of GET
            /account/items/fields/configuration/{item_type_id}. Will be removed after 2027-01-01.

        ``GET /account/groups/{group_id}/metadata/item`` (operation ``account_group_custom_fields``).

        Args:
            group_id: Group unique identifier.

        Returns:
            list[CustomArticleField]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_account_group_custom_fields, {"group_id": group_id})


class AsyncAccountGroupsResource:
    """Operations on ``account.groups`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def custom_fields_list(self, group_id: int) -> builtins.list[CustomArticleField]:
        """Group custom fields.

        Returns the custom fields for the specified group. Deprecated in favour of GET
            /account/items/fields/configuration/{item_type_id}. Will be removed after 2027-01-01.

        ``GET /account/groups/{group_id}/metadata/item`` (operation ``account_group_custom_fields``).

        Args:
            group_id: Group unique identifier.

        Returns:
            list[CustomArticleField]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_account_group_custom_fields, {"group_id": group_id})
