"""Operations on ``collections``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import (
        Collection,
        CollectionComplete,
        CollectionsPublicListOrder,
        CollectionsPublicListOrderDirection,
        CollectionsSearch,
        CollectionVersions,
        Item,
    )

_collection_details: Operation[CollectionComplete] = Operation(
    "collection_details",
    "GET",
    "/collections/{collection_id}",
    (200,),
    result="CollectionComplete",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_collection_items: Operation[builtins.list[Item]] = Operation(
    "collection_items",
    "GET",
    "/collections/{collection_id}/items",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="Item",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("collection_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("collection_id",),
)
_collection_version_details: Operation[CollectionComplete] = Operation(
    "collection_version_details",
    "GET",
    "/collections/{collection_id}/versions/{version_id}",
    (200,),
    result="CollectionComplete",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int), ("version_id", int)),
    required=("collection_id", "version_id"),
)
_collection_versions: Operation[builtins.list[CollectionVersions]] = Operation(
    "collection_versions",
    "GET",
    "/collections/{collection_id}/versions",
    (200,),
    result="CollectionVersions",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_collections_public_list: Operation[builtins.list[Collection]] = Operation(
    "collections_public_list",
    "GET",
    "/collections",
    (200,),
    query=(
        ("page", "page"),
        ("page_size", "page_size"),
        ("limit", "limit"),
        ("offset", "offset"),
        ("order", "order"),
        ("order_direction", "order_direction"),
        ("institution", "institution"),
        ("group", "group"),
        ("item_type_id", "item_type_id"),
    ),
    result="Collection",
    models="figshare_api_v3.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        ("order", frozenset(("created_date", "modified_date", "published_date"))),
        ("order_direction", frozenset(("asc", "desc"))),
        ("institution", int),
        ("group", int),
        ("item_type_id", int),
    ),
)
_collections_public_search: Operation[builtins.list[Collection]] = Operation(
    "collections_public_search",
    "POST",
    "/collections/search",
    (200,),
    body="json",
    result="Collection",
    models="figshare_api_v3.models",
    many=True,
    request="CollectionsSearch",
)


class CollectionsResource:
    """Operations on ``collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, collection_id: int) -> CollectionComplete:
        """Collection details.

        View a public collection. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /collections/{collection_id}`` (operation ``collection_details``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_collection_details, {"collection_id": collection_id})

    def items_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """Public Collection Items.

        Returns a list of public collection items Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``GET /collections/{collection_id}/items`` (operation ``collection_items``).

        Args:
            collection_id: Collection Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Item]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _collection_items,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsPublicListOrder | Unset = UNSET,
        order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections.

        List public collections from institutions with item-type based metadata enabled. Returns the light list
            shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields` object.

        ``GET /collections`` (operation ``collections_public_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Collection date keys.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: Only return collections from this institution.
            group: Only return collections from this group.
            item_type_id: Only return collections with items of this item type.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _collections_public_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "group": group,
                "item_type_id": item_type_id,
            },
        )

    def search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Public Collections Search.

        Search public collections. Same light list shape as `/v3/collections`.

        ``POST /collections/search`` (operation ``collections_public_search``).

        Args:
            body: v3 collection search payload. `order` accepts the collection's current date keys; legacy stats
                keys (`views`, `shares`, `cites`) are rejected for institutions with item-type based metadata
                enabled.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_collections_public_search, {"body": body})

    def version_details(self, collection_id: int, version_id: int) -> CollectionComplete:
        """Collection Version details.

        View details for a certain version of a collection

        ``GET /collections/{collection_id}/versions/{version_id}`` (operation ``collection_version_details``).

        Args:
            collection_id: Collection Unique identifier.
            version_id: Version Number.

        Returns:
            CollectionComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _collection_version_details, {"collection_id": collection_id, "version_id": version_id}
        )

    def versions_list(self, collection_id: int) -> builtins.list[CollectionVersions]:
        """Collection Versions list.

        Returns a list of public collection Versions

        ``GET /collections/{collection_id}/versions`` (operation ``collection_versions``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            list[CollectionVersions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_collection_versions, {"collection_id": collection_id})


class AsyncCollectionsResource:
    """Operations on ``collections`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, collection_id: int) -> CollectionComplete:
        """Collection details.

        View a public collection. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /collections/{collection_id}`` (operation ``collection_details``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_collection_details, {"collection_id": collection_id})

    async def items_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """Public Collection Items.

        Returns a list of public collection items Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``GET /collections/{collection_id}/items`` (operation ``collection_items``).

        Args:
            collection_id: Collection Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Item]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _collection_items,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsPublicListOrder | Unset = UNSET,
        order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections.

        List public collections from institutions with item-type based metadata enabled. Returns the light list
            shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields` object.

        ``GET /collections`` (operation ``collections_public_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Collection date keys.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: Only return collections from this institution.
            group: Only return collections from this group.
            item_type_id: Only return collections with items of this item type.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _collections_public_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "group": group,
                "item_type_id": item_type_id,
            },
        )

    async def search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Public Collections Search.

        Search public collections. Same light list shape as `/v3/collections`.

        ``POST /collections/search`` (operation ``collections_public_search``).

        Args:
            body: v3 collection search payload. `order` accepts the collection's current date keys; legacy stats
                keys (`views`, `shares`, `cites`) are rejected for institutions with item-type based metadata
                enabled.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_collections_public_search, {"body": body})

    async def version_details(self, collection_id: int, version_id: int) -> CollectionComplete:
        """Collection Version details.

        View details for a certain version of a collection

        ``GET /collections/{collection_id}/versions/{version_id}`` (operation ``collection_version_details``).

        Args:
            collection_id: Collection Unique identifier.
            version_id: Version Number.

        Returns:
            CollectionComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _collection_version_details, {"collection_id": collection_id, "version_id": version_id}
        )

    async def versions_list(self, collection_id: int) -> builtins.list[CollectionVersions]:
        """Collection Versions list.

        Returns a list of public collection Versions

        ``GET /collections/{collection_id}/versions`` (operation ``collection_versions``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            list[CollectionVersions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_collection_versions, {"collection_id": collection_id})
