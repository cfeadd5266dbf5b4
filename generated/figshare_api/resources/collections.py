"""Operations on ``collections``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        Article,
        Collection,
        CollectionComplete,
        CollectionSearch,
        CollectionsListOrder,
        CollectionsListOrderDirection,
        CollectionVersions,
    )

_collection_articles: Operation[builtins.list[Article]] = Operation(
    "collection_articles",
    "GET",
    "/collections/{collection_id}/articles",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="Article",
    models="figshare_api.models",
    many=True,
    parameters=(("collection_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("collection_id",),
)
_collection_details: Operation[CollectionComplete] = Operation(
    "collection_details",
    "GET",
    "/collections/{collection_id}",
    (200,),
    result="CollectionComplete",
    models="figshare_api.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_collection_version_details: Operation[CollectionComplete] = Operation(
    "collection_version_details",
    "GET",
    "/collections/{collection_id}/versions/{version_id}",
    (200,),
    result="CollectionComplete",
    models="figshare_api.models",
    parameters=(("collection_id", int), ("version_id", int)),
    required=("collection_id", "version_id"),
)
_collection_versions: Operation[builtins.list[CollectionVersions]] = Operation(
    "collection_versions",
    "GET",
    "/collections/{collection_id}/versions",
    (200,),
    result="CollectionVersions",
    models="figshare_api.models",
    many=True,
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_collections_list: Operation[builtins.list[Collection]] = Operation(
    "collections_list",
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
        ("published_since", "published_since"),
        ("modified_since", "modified_since"),
        ("group", "group"),
        ("resource_doi", "resource_doi"),
        ("doi", "doi"),
        ("handle", "handle"),
    ),
    headers=(("x_cursor", "X-Cursor"),),
    result="Collection",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        ("order", frozenset(("cites", "created_date", "modified_date", "published_date", "shares", "views"))),
        ("order_direction", frozenset(("asc", "desc"))),
        ("institution", int),
        ("published_since", str),
        ("modified_since", str),
        ("group", int),
        ("resource_doi", str),
        ("doi", str),
        ("handle", str),
        ("x_cursor", str),
    ),
)
_collections_search: Operation[builtins.list[Collection]] = Operation(
    "collections_search",
    "POST",
    "/collections/search",
    (200,),
    headers=(("x_cursor", "X-Cursor"),),
    body="json",
    result="Collection",
    models="figshare_api.models",
    many=True,
    parameters=(("x_cursor", str),),
    request="CollectionSearch",
)


class CollectionsResource:
    """Operations on ``collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def articles_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Collection Articles.

        Returns a list of public collection articles

        ``GET /collections/{collection_id}/articles`` (operation ``collection_articles``).

        Args:
            collection_id: Collection Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _collection_articles,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def details(self, collection_id: int) -> CollectionComplete:
        """Collection details.

        View a collection

        ``GET /collections/{collection_id}`` (operation ``collection_details``).

        Args:
            collection_id: Collection Unique identifier.

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
        return self._requester.call(_collection_details, {"collection_id": collection_id})

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsListOrder | Unset = UNSET,
        order_direction: CollectionsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections.

        Returns a list of public collections

        ``GET /collections`` (operation ``collections_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: only return collections from this institution.
            published_since: Filter by collection publishing date. Will only return collections published after
                the date. date(ISO 8601) YYYY-MM-DD.
            modified_since: Filter by collection modified date. Will only return collections modified after the
                date. date(ISO 8601) YYYY-MM-DD.
            group: only return collections from this group.
            resource_doi: only return collections with this resource_doi.
            doi: only return collections with this doi.
            handle: only return collections with this handle.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _collections_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "published_since": published_since,
                "modified_since": modified_since,
                "group": group,
                "resource_doi": resource_doi,
                "doi": doi,
                "handle": handle,
                "x_cursor": x_cursor,
            },
        )

    def search(
        self, *, body: CollectionSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[Collection]:
        """Public Collections Search.

        Returns a list of public collections

        ``POST /collections/search`` (operation ``collections_search``).

        Args:
            body: The request body: an `CollectionSearch`.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_collections_search, {"body": body, "x_cursor": x_cursor})

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

    async def articles_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Collection Articles.

        Returns a list of public collection articles

        ``GET /collections/{collection_id}/articles`` (operation ``collection_articles``).

        Args:
            collection_id: Collection Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _collection_articles,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def details(self, collection_id: int) -> CollectionComplete:
        """Collection details.

        View a collection

        ``GET /collections/{collection_id}`` (operation ``collection_details``).

        Args:
            collection_id: Collection Unique identifier.

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
        return await self._requester.call(_collection_details, {"collection_id": collection_id})

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsListOrder | Unset = UNSET,
        order_direction: CollectionsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections.

        Returns a list of public collections

        ``GET /collections`` (operation ``collections_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: only return collections from this institution.
            published_since: Filter by collection publishing date. Will only return collections published after
                the date. date(ISO 8601) YYYY-MM-DD.
            modified_since: Filter by collection modified date. Will only return collections modified after the
                date. date(ISO 8601) YYYY-MM-DD.
            group: only return collections from this group.
            resource_doi: only return collections with this resource_doi.
            doi: only return collections with this doi.
            handle: only return collections with this handle.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _collections_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "published_since": published_since,
                "modified_since": modified_since,
                "group": group,
                "resource_doi": resource_doi,
                "doi": doi,
                "handle": handle,
                "x_cursor": x_cursor,
            },
        )

    async def search(
        self, *, body: CollectionSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[Collection]:
        """Public Collections Search.

        Returns a list of public collections

        ``POST /collections/search`` (operation ``collections_search``).

        Args:
            body: The request body: an `CollectionSearch`.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_collections_search, {"body": body, "x_cursor": x_cursor})

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
