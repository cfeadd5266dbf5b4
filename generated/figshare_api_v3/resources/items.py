"""Operations on ``items``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import (
        ArticleSearch,
        ItemComplete,
        ItemConfidentiality,
        ItemEmbargo,
        ItemsPublicListOrder,
        ItemsPublicListOrderDirection,
        ItemVersions,
        ItemWithProject,
        PublicFile,
    )

_item_file_details: Operation[PublicFile] = Operation(
    "item_file_details",
    "GET",
    "/items/{item_id}/files/{file_id}",
    (200,),
    result="PublicFile",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("file_id", int)),
    required=("item_id", "file_id"),
)
_item_files: Operation[builtins.list[PublicFile]] = Operation(
    "item_files",
    "GET",
    "/items/{item_id}/files",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="PublicFile",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("item_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("item_id",),
)
_item_version_confidentiality: Operation[ItemConfidentiality] = Operation(
    "item_version_confidentiality",
    "GET",
    "/items/{item_id}/versions/{version_id}/confidentiality",
    (200,),
    result="ItemConfidentiality",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("version_id", int)),
    required=("item_id", "version_id"),
)
_item_version_details: Operation[ItemComplete] = Operation(
    "item_version_details",
    "GET",
    "/items/{item_id}/versions/{version_id}",
    (200,),
    result="ItemComplete",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("version_id", int)),
    required=("item_id", "version_id"),
)
_item_version_embargo: Operation[ItemEmbargo] = Operation(
    "item_version_embargo",
    "GET",
    "/items/{item_id}/versions/{version_id}/embargo",
    (200,),
    result="ItemEmbargo",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("version_id", int)),
    required=("item_id", "version_id"),
)
_item_version_files: Operation[builtins.list[PublicFile]] = Operation(
    "item_version_files",
    "GET",
    "/items/{item_id}/versions/{version_id}/files",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="PublicFile",
    models="figshare_api_v3.models",
    many=True,
    parameters=(
        ("item_id", int),
        ("version_id", int),
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
    ),
    required=("item_id", "version_id"),
)
_item_versions: Operation[builtins.list[ItemVersions]] = Operation(
    "item_versions",
    "GET",
    "/items/{item_id}/versions",
    (200,),
    result="ItemVersions",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("item_id", int),),
    required=("item_id",),
)
_items_public_list: Operation[builtins.list[ItemWithProject]] = Operation(
    "items_public_list",
    "GET",
    "/items",
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
    result="ItemWithProject",
    models="figshare_api_v3.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        (
            "order",
            frozenset(
                (
                    "created_date",
                    "first_online",
                    "modified_date",
                    "posted_date",
                    "publisher_accepted",
                    "publisher_published",
                )
            ),
        ),
        ("order_direction", frozenset(("asc", "desc"))),
        ("institution", int),
        ("group", int),
        ("item_type_id", int),
    ),
)
_items_public_search: Operation[builtins.list[ItemWithProject]] = Operation(
    "items_public_search",
    "POST",
    "/items/search",
    (200,),
    body="json",
    result="ItemWithProject",
    models="figshare_api_v3.models",
    many=True,
    request="ArticleSearch",
)
_public_item_details: Operation[ItemComplete] = Operation(
    "public_item_details",
    "GET",
    "/items/{item_id}",
    (200,),
    result="ItemComplete",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
)
_public_item_download: Operation[None] = Operation(
    "public_item_download",
    "GET",
    "/items/{item_id}/download",
    (200,),
    query=(("folder_path", "folder_path"),),
    parameters=(("item_id", int), ("folder_path", str)),
    required=("item_id",),
)
_public_item_version_download: Operation[None] = Operation(
    "public_item_version_download",
    "GET",
    "/items/{item_id}/versions/{version_id}/download",
    (200,),
    query=(("folder_path", "folder_path"),),
    parameters=(("item_id", int), ("version_id", int), ("folder_path", str)),
    required=("item_id", "version_id"),
)


class ItemsResource:
    """Operations on ``items`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, item_id: int) -> ItemComplete:
        """Public item details.

        View a public item. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /items/{item_id}`` (operation ``public_item_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemComplete: Full item representation including item-type based metadata fields (public). Same as
                ArticleComplete plus optional fields property.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_public_item_details, {"item_id": item_id})

    def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Download.

        Download files from a public item preserving the folder structure

        ``GET /items/{item_id}/download`` (operation ``public_item_download``).

        Args:
            item_id: Item unique identifier.
            folder_path: Folder path to download. If not provided, all files from the item will be downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_public_item_download, {"item_id": item_id, "folder_path": folder_path})

    def file_details(self, item_id: int, file_id: int) -> PublicFile:
        """Item file details.

        File by id

        ``GET /items/{item_id}/files/{file_id}`` (operation ``item_file_details``).

        Args:
            item_id: Item unique identifier.
            file_id: File Unique identifier.

        Returns:
            PublicFile: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_item_file_details, {"item_id": item_id, "file_id": file_id})

    def files_list(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List item files.

        Files list for item

        ``GET /items/{item_id}/files`` (operation ``item_files``).

        Args:
            item_id: Item unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

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
            _item_files, {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset}
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ItemsPublicListOrder | Unset = UNSET,
        order_direction: ItemsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Items.

        List public items from institutions with item-type based metadata enabled. Returns the light list shape
            (system fields + project_id + item_type); fetch `/v2/items/{item_id}` for the full detail including the
            `fields` object.

        ``GET /items`` (operation ``items_public_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Date keys differ from legacy. `posted_date` aliases the underlying `dates.published` field.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: Only return items from this institution.
            group: Only return items from this group.
            item_type_id: Only return items of this item type.

        Returns:
            list[ItemWithProject]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _items_public_list,
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

    def search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Public Items Search.

        Search public items. Same light list shape as `/v2/items`.

        ``POST /items/search`` (operation ``items_public_search``).

        Args:
            body: The request body: an `ArticleSearch`.

        Returns:
            list[ItemWithProject]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_items_public_search, {"body": body})

    def version_confidentiality_details(self, item_id: int, version_id: int) -> ItemConfidentiality:
        """Public Item Confidentiality for item version.

        Confidentiality for item version. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``GET /items/{item_id}/versions/{version_id}/confidentiality`` (operation
            ``item_version_confidentiality``).

        Args:
            item_id: Item Unique identifier.
            version_id: Version Number.

        Returns:
            ItemConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_item_version_confidentiality, {"item_id": item_id, "version_id": version_id})

    def version_details(self, item_id: int, version_id: int) -> ItemComplete:
        """Item details for version.

        Item with specified version

        ``GET /items/{item_id}/versions/{version_id}`` (operation ``item_version_details``).

        Args:
            item_id: Item unique identifier.
            version_id: Item Version Number.

        Returns:
            ItemComplete: Full item representation including item-type based metadata fields (public). Same as
                ArticleComplete plus optional fields property.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_item_version_details, {"item_id": item_id, "version_id": version_id})

    def version_download(self, item_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Version Download.

        Download files from a certain version of an public item preserving the folder structure

        ``GET /items/{item_id}/versions/{version_id}/download`` (operation ``public_item_version_download``).

        Args:
            item_id: Item unique identifier.
            version_id: Version Number.
            folder_path: Folder path to download. If not provided, all files from the item will be downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _public_item_version_download, {"item_id": item_id, "version_id": version_id, "folder_path": folder_path}
        )

    def version_embargo_details(self, item_id: int, version_id: int) -> ItemEmbargo:
        """Public Item Embargo for item version.

        Embargo for item version

        ``GET /items/{item_id}/versions/{version_id}/embargo`` (operation ``item_version_embargo``).

        Args:
            item_id: Item Unique identifier.
            version_id: Version Number.

        Returns:
            ItemEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_item_version_embargo, {"item_id": item_id, "version_id": version_id})

    def version_files_list(
        self,
        item_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Item version files.

        Item version file details

        ``GET /items/{item_id}/versions/{version_id}/files`` (operation ``item_version_files``).

        Args:
            item_id: Item unique identifier.
            version_id: Item Version Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

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
            _item_version_files,
            {
                "item_id": item_id,
                "version_id": version_id,
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
            },
        )

    def versions_list(self, item_id: int) -> builtins.list[ItemVersions]:
        """List item versions.

        List public item versions

        ``GET /items/{item_id}/versions`` (operation ``item_versions``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[ItemVersions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_item_versions, {"item_id": item_id})


class AsyncItemsResource:
    """Operations on ``items`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, item_id: int) -> ItemComplete:
        """Public item details.

        View a public item. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /items/{item_id}`` (operation ``public_item_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemComplete: Full item representation including item-type based metadata fields (public). Same as
                ArticleComplete plus optional fields property.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_public_item_details, {"item_id": item_id})

    async def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Download.

        Download files from a public item preserving the folder structure

        ``GET /items/{item_id}/download`` (operation ``public_item_download``).

        Args:
            item_id: Item unique identifier.
            folder_path: Folder path to download. If not provided, all files from the item will be downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_public_item_download, {"item_id": item_id, "folder_path": folder_path})

    async def file_details(self, item_id: int, file_id: int) -> PublicFile:
        """Item file details.

        File by id

        ``GET /items/{item_id}/files/{file_id}`` (operation ``item_file_details``).

        Args:
            item_id: Item unique identifier.
            file_id: File Unique identifier.

        Returns:
            PublicFile: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_item_file_details, {"item_id": item_id, "file_id": file_id})

    async def files_list(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List item files.

        Files list for item

        ``GET /items/{item_id}/files`` (operation ``item_files``).

        Args:
            item_id: Item unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

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
            _item_files, {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset}
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ItemsPublicListOrder | Unset = UNSET,
        order_direction: ItemsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Items.

        List public items from institutions with item-type based metadata enabled. Returns the light list shape
            (system fields + project_id + item_type); fetch `/v2/items/{item_id}` for the full detail including the
            `fields` object.

        ``GET /items`` (operation ``items_public_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Date keys differ from legacy. `posted_date` aliases the underlying `dates.published` field.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: Only return items from this institution.
            group: Only return items from this group.
            item_type_id: Only return items of this item type.

        Returns:
            list[ItemWithProject]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _items_public_list,
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

    async def search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Public Items Search.

        Search public items. Same light list shape as `/v2/items`.

        ``POST /items/search`` (operation ``items_public_search``).

        Args:
            body: The request body: an `ArticleSearch`.

        Returns:
            list[ItemWithProject]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_items_public_search, {"body": body})

    async def version_confidentiality_details(self, item_id: int, version_id: int) -> ItemConfidentiality:
        """Public Item Confidentiality for item version.

        Confidentiality for item version. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``GET /items/{item_id}/versions/{version_id}/confidentiality`` (operation
            ``item_version_confidentiality``).

        Args:
            item_id: Item Unique identifier.
            version_id: Version Number.

        Returns:
            ItemConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_item_version_confidentiality, {"item_id": item_id, "version_id": version_id})

    async def version_details(self, item_id: int, version_id: int) -> ItemComplete:
        """Item details for version.

        Item with specified version

        ``GET /items/{item_id}/versions/{version_id}`` (operation ``item_version_details``).

        Args:
            item_id: Item unique identifier.
            version_id: Item Version Number.

        Returns:
            ItemComplete: Full item representation including item-type based metadata fields (public). Same as
                ArticleComplete plus optional fields property.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_item_version_details, {"item_id": item_id, "version_id": version_id})

    async def version_download(self, item_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Version Download.

        Download files from a certain version of an public item preserving the folder structure

        ``GET /items/{item_id}/versions/{version_id}/download`` (operation ``public_item_version_download``).

        Args:
            item_id: Item unique identifier.
            version_id: Version Number.
            folder_path: Folder path to download. If not provided, all files from the item will be downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _public_item_version_download, {"item_id": item_id, "version_id": version_id, "folder_path": folder_path}
        )

    async def version_embargo_details(self, item_id: int, version_id: int) -> ItemEmbargo:
        """Public Item Embargo for item version.

        Embargo for item version

        ``GET /items/{item_id}/versions/{version_id}/embargo`` (operation ``item_version_embargo``).

        Args:
            item_id: Item Unique identifier.
            version_id: Version Number.

        Returns:
            ItemEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_item_version_embargo, {"item_id": item_id, "version_id": version_id})

    async def version_files_list(
        self,
        item_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Item version files.

        Item version file details

        ``GET /items/{item_id}/versions/{version_id}/files`` (operation ``item_version_files``).

        Args:
            item_id: Item unique identifier.
            version_id: Item Version Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

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
            _item_version_files,
            {
                "item_id": item_id,
                "version_id": version_id,
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
            },
        )

    async def versions_list(self, item_id: int) -> builtins.list[ItemVersions]:
        """List item versions.

        List public item versions

        ``GET /items/{item_id}/versions`` (operation ``item_versions``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[ItemVersions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_item_versions, {"item_id": item_id})
