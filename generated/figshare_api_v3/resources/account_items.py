"""Operations on ``account.items``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import (
        AccountItemsListOrder,
        AccountItemsListOrderDirection,
        AccountReport,
        ArticleEmbargoUpdater,
        ArticleSearch,
        ArticleUnpublishData,
        ArticleVersionUpdate,
        Author,
        AuthorsCreator,
        CategoriesCreator,
        Category,
        ConfidentialityCreator,
        FileCreator,
        FileId,
        ItemCompletePrivate,
        ItemConfidentiality,
        ItemCreate,
        ItemDOI,
        ItemEmbargo,
        ItemHandle,
        ItemTypeField,
        ItemUpdate,
        ItemWithProject,
        Location,
        LocationWarnings,
        LocationWarningsUpdate,
        PrivateFile,
        PrivateItemVersionSupplementaryFieldDeleteBody,
        PrivateLink,
        PrivateLinkCreator,
        PrivateLinkResponse,
        Resource,
        UnderlyingField,
    )

_account_item_publish: Operation[Location] = Operation(
    "account_item_publish",
    "POST",
    "/account/items/{item_id}/publish",
    (201,),
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
)
_account_item_report: Operation[builtins.list[AccountReport]] = Operation(
    "account_item_report",
    "GET",
    "/account/items/export",
    (200,),
    query=(("group_id", "group_id"),),
    result="AccountReport",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("group_id", int),),
)
_account_item_report_generate: Operation[AccountReport] = Operation(
    "account_item_report_generate",
    "POST",
    "/account/items/export",
    (200,),
    result="AccountReport",
    models="figshare_api_v3.models",
)
_account_item_unpublish: Operation[None] = Operation(
    "account_item_unpublish",
    "POST",
    "/account/items/{item_id}/unpublish",
    (204,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="ArticleUnpublishData",
)
_account_items_list: Operation[builtins.list[ItemWithProject]] = Operation(
    "account_items_list",
    "GET",
    "/account/items",
    (200,),
    query=(
        ("page", "page"),
        ("page_size", "page_size"),
        ("limit", "limit"),
        ("offset", "offset"),
        ("order", "order"),
        ("order_direction", "order_direction"),
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
        ("item_type_id", int),
    ),
)
_account_items_search: Operation[builtins.list[ItemWithProject]] = Operation(
    "account_items_search",
    "POST",
    "/account/items/search",
    (200,),
    body="json",
    result="ItemWithProject",
    models="figshare_api_v3.models",
    many=True,
    request="ArticleSearch",
)
_item_version_update_thumb: Operation[None] = Operation(
    "item_version_update_thumb",
    "PUT",
    "/account/items/{item_id}/versions/{version_id}/update_thumb",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("version_id", int)),
    required=("item_id", "version_id", "body"),
    request="FileId",
)
_items_fields_catalog: Operation[builtins.list[UnderlyingField]] = Operation(
    "items_fields_catalog",
    "GET",
    "/account/items/fields",
    (200,),
    result="UnderlyingField",
    models="figshare_api_v3.models",
    many=True,
)
_items_fields_configuration: Operation[builtins.list[ItemTypeField]] = Operation(
    "items_fields_configuration",
    "GET",
    "/account/items/fields/configuration/{item_type_id}",
    (200,),
    query=(("group_id", "group_id"),),
    result="ItemTypeField",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("item_type_id", int), ("group_id", int)),
    required=("item_type_id",),
)
_private_item_author_delete: Operation[None] = Operation(
    "private_item_author_delete",
    "DELETE",
    "/account/items/{item_id}/authors/{author_id}",
    (204,),
    parameters=(("item_id", int), ("author_id", int)),
    required=("item_id", "author_id"),
)
_private_item_authors_add: Operation[None] = Operation(
    "private_item_authors_add",
    "POST",
    "/account/items/{item_id}/authors",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="AuthorsCreator",
)
_private_item_authors_list: Operation[builtins.list[Author]] = Operation(
    "private_item_authors_list",
    "GET",
    "/account/items/{item_id}/authors",
    (200,),
    result="Author",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_authors_replace: Operation[None] = Operation(
    "private_item_authors_replace",
    "PUT",
    "/account/items/{item_id}/authors",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="AuthorsCreator",
)
_private_item_categories_add: Operation[None] = Operation(
    "private_item_categories_add",
    "POST",
    "/account/items/{item_id}/categories",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="CategoriesCreator",
)
_private_item_categories_list: Operation[builtins.list[Category]] = Operation(
    "private_item_categories_list",
    "GET",
    "/account/items/{item_id}/categories",
    (200,),
    result="Category",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_categories_replace: Operation[None] = Operation(
    "private_item_categories_replace",
    "PUT",
    "/account/items/{item_id}/categories",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="CategoriesCreator",
)
_private_item_category_delete: Operation[None] = Operation(
    "private_item_category_delete",
    "DELETE",
    "/account/items/{item_id}/categories/{category_id}",
    (204,),
    parameters=(("item_id", int), ("category_id", int)),
    required=("item_id", "category_id"),
)
_private_item_confidentiality_delete: Operation[None] = Operation(
    "private_item_confidentiality_delete",
    "DELETE",
    "/account/items/{item_id}/confidentiality",
    (204,),
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_confidentiality_details: Operation[ItemConfidentiality] = Operation(
    "private_item_confidentiality_details",
    "GET",
    "/account/items/{item_id}/confidentiality",
    (200,),
    result="ItemConfidentiality",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_confidentiality_update: Operation[None] = Operation(
    "private_item_confidentiality_update",
    "PUT",
    "/account/items/{item_id}/confidentiality",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="ConfidentialityCreator",
)
_private_item_create: Operation[LocationWarnings] = Operation(
    "private_item_create",
    "POST",
    "/account/items",
    (201,),
    body="json",
    result="LocationWarnings",
    models="figshare_api_v3.models",
    required=("body",),
    request="ItemCreate",
)
_private_item_delete: Operation[None] = Operation(
    "private_item_delete",
    "DELETE",
    "/account/items/{item_id}",
    (204,),
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_details: Operation[ItemCompletePrivate] = Operation(
    "private_item_details",
    "GET",
    "/account/items/{item_id}",
    (200,),
    result="ItemCompletePrivate",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_download: Operation[None] = Operation(
    "private_item_download",
    "GET",
    "/account/items/{item_id}/download",
    (200,),
    query=(("folder_path", "folder_path"),),
    parameters=(("item_id", int), ("folder_path", str)),
    required=("item_id",),
)
_private_item_embargo_delete: Operation[None] = Operation(
    "private_item_embargo_delete",
    "DELETE",
    "/account/items/{item_id}/embargo",
    (204,),
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_embargo_details: Operation[ItemEmbargo] = Operation(
    "private_item_embargo_details",
    "GET",
    "/account/items/{item_id}/embargo",
    (200,),
    result="ItemEmbargo",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_embargo_update: Operation[None] = Operation(
    "private_item_embargo_update",
    "PUT",
    "/account/items/{item_id}/embargo",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="ArticleEmbargoUpdater",
)
_private_item_file_delete: Operation[None] = Operation(
    "private_item_file_delete",
    "DELETE",
    "/account/items/{item_id}/files/{file_id}",
    (204,),
    parameters=(("item_id", int), ("file_id", int)),
    required=("item_id", "file_id"),
)
_private_item_file_details: Operation[PrivateFile] = Operation(
    "private_item_file_details",
    "GET",
    "/account/items/{item_id}/files/{file_id}",
    (200,),
    result="PrivateFile",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("file_id", int)),
    required=("item_id", "file_id"),
)
_private_item_files_list: Operation[builtins.list[PrivateFile]] = Operation(
    "private_item_files_list",
    "GET",
    "/account/items/{item_id}/files",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="PrivateFile",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("item_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("item_id",),
)
_private_item_partial_update: Operation[LocationWarningsUpdate] = Operation(
    "private_item_partial_update",
    "PATCH",
    "/account/items/{item_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="ItemUpdate",
)
_private_item_private_link: Operation[builtins.list[PrivateLink]] = Operation(
    "private_item_private_link",
    "GET",
    "/account/items/{item_id}/private_links",
    (200,),
    result="PrivateLink",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_private_link_create: Operation[PrivateLinkResponse] = Operation(
    "private_item_private_link_create",
    "POST",
    "/account/items/{item_id}/private_links",
    (201,),
    body="json",
    result="PrivateLinkResponse",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
    request="PrivateLinkCreator",
)
_private_item_private_link_delete: Operation[None] = Operation(
    "private_item_private_link_delete",
    "DELETE",
    "/account/items/{item_id}/private_links/{link_id}",
    (204,),
    parameters=(("item_id", int), ("link_id", str)),
    required=("item_id", "link_id"),
)
_private_item_private_link_update: Operation[None] = Operation(
    "private_item_private_link_update",
    "PUT",
    "/account/items/{item_id}/private_links/{link_id}",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("link_id", str)),
    required=("item_id", "link_id"),
    request="PrivateLinkCreator",
)
_private_item_reserve_doi: Operation[ItemDOI] = Operation(
    "private_item_reserve_doi",
    "POST",
    "/account/items/{item_id}/reserve_doi",
    (200,),
    result="ItemDOI",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_reserve_handle: Operation[ItemHandle] = Operation(
    "private_item_reserve_handle",
    "POST",
    "/account/items/{item_id}/reserve_handle",
    (200,),
    result="ItemHandle",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id",),
)
_private_item_resource: Operation[Location] = Operation(
    "private_item_resource",
    "POST",
    "/account/items/{item_id}/resource",
    (205,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="Resource",
)
_private_item_update: Operation[LocationWarningsUpdate] = Operation(
    "private_item_update",
    "PUT",
    "/account/items/{item_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="ItemUpdate",
)
_private_item_upload_complete: Operation[None] = Operation(
    "private_item_upload_complete",
    "POST",
    "/account/items/{item_id}/files/{file_id}",
    (202,),
    parameters=(("item_id", int), ("file_id", int)),
    required=("item_id", "file_id"),
)
_private_item_upload_initiate: Operation[Location] = Operation(
    "private_item_upload_initiate",
    "POST",
    "/account/items/{item_id}/files",
    (201,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("item_id", int),),
    required=("item_id", "body"),
    request="FileCreator",
)
_private_item_version_partial_update: Operation[LocationWarningsUpdate] = Operation(
    "private_item_version_partial_update",
    "PATCH",
    "/account/items/{item_id}/versions/{version_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("version_id", int)),
    required=("item_id", "version_id", "body"),
    request="ArticleVersionUpdate",
)
_private_item_version_supplementary_field_delete: Operation[None] = Operation(
    "private_item_version_supplementary_field_delete",
    "DELETE",
    "/account/items/{item_id}/versions/{version_id}/supplementary_fields",
    (204,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("version_id", int)),
    required=("item_id", "version_id", "body"),
    request="PrivateItemVersionSupplementaryFieldDeleteBody",
)
_private_item_version_update: Operation[LocationWarningsUpdate] = Operation(
    "private_item_version_update",
    "PUT",
    "/account/items/{item_id}/versions/{version_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api_v3.models",
    parameters=(("item_id", int), ("version_id", int)),
    required=("item_id", "version_id", "body"),
    request="ArticleVersionUpdate",
)


class AccountItemsResource:
    """Operations on ``account.items`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def author_delete(self, item_id: int, author_id: int) -> None:
        """Delete item author.

        De-associate author from item

        ``DELETE /account/items/{item_id}/authors/{author_id}`` (operation ``private_item_author_delete``).

        Args:
            item_id: Item unique identifier.
            author_id: Item Author unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_author_delete, {"item_id": item_id, "author_id": author_id})

    def authors_add(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Add item authors.

        Associate new authors with the item. This will add new authors to the list of already associated authors

        ``POST /account/items/{item_id}/authors`` (operation ``private_item_authors_add``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `AuthorsCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_authors_add, {"item_id": item_id, "body": body})

    def authors_list(self, item_id: int) -> builtins.list[Author]:
        """List item authors.

        ``GET /account/items/{item_id}/authors`` (operation ``private_item_authors_list``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[Author]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_authors_list, {"item_id": item_id})

    def authors_replace(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Replace item authors.

        Associate new authors with the item. This will remove all already associated authors and add these new
            ones

        ``PUT /account/items/{item_id}/authors`` (operation ``private_item_authors_replace``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `AuthorsCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_authors_replace, {"item_id": item_id, "body": body})

    def categories_add(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Add item categories.

        Associate new categories with the item. This will add new categories to the list of already associated
            categories

        ``POST /account/items/{item_id}/categories`` (operation ``private_item_categories_add``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `CategoriesCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_categories_add, {"item_id": item_id, "body": body})

    def categories_list(self, item_id: int) -> builtins.list[Category]:
        """List item categories.

        ``GET /account/items/{item_id}/categories`` (operation ``private_item_categories_list``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[Category]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_categories_list, {"item_id": item_id})

    def categories_replace(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Replace item categories.

        Associate new categories with the item. This will remove all already associated categories and add these
            new ones

        ``PUT /account/items/{item_id}/categories`` (operation ``private_item_categories_replace``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `CategoriesCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_categories_replace, {"item_id": item_id, "body": body})

    def category_delete(self, item_id: int, category_id: int) -> None:
        """Delete item category.

        De-associate category from item

        ``DELETE /account/items/{item_id}/categories/{category_id}`` (operation
            ``private_item_category_delete``).

        Args:
            item_id: Item unique identifier.
            category_id: Category unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_category_delete, {"item_id": item_id, "category_id": category_id})

    def confidentiality_delete(self, item_id: int) -> None:
        """Delete item confidentiality.

        Delete confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``DELETE /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_delete``).

        Args:
            item_id: Item unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_confidentiality_delete, {"item_id": item_id})

    def confidentiality_details(self, item_id: int) -> ItemConfidentiality:
        """Item confidentiality details.

        View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced by
            the new extended embargo functionality and all items that used to be confidential have now been migrated
            to items with a permanent embargo on files. All API endpoints related to this functionality will remain
            for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``GET /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_confidentiality_details, {"item_id": item_id})

    def confidentiality_update(self, item_id: int, *, body: ConfidentialityCreator) -> None:
        """Update item confidentiality.

        Update confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``PUT /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_update``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `ConfidentialityCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_confidentiality_update, {"item_id": item_id, "body": body})

    def create(self, *, body: ItemCreate) -> LocationWarnings:
        """Create new Item.

        Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside the
            `fields` object. Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise. `categories` input is a list of objects, each identified by either `id` (int) or `source_id`
            (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved `source_id` values
            are reported in the response `warnings` array. `licence` input is a single object with an `id` key
            (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names inside `fields` (e.g. a
            typo) are rejected with 422.

        ``POST /account/items`` (operation ``private_item_create``).

        Args:
            body: v3 item creation payload. Structural inputs stay top-level; all metadata goes inside 'fields'.

        Returns:
            LocationWarnings: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_create, {"body": body})

    def delete(self, item_id: int) -> None:
        """Delete item.

        Delete an item

        ``DELETE /account/items/{item_id}`` (operation ``private_item_delete``).

        Args:
            item_id: Item unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_delete, {"item_id": item_id})

    def details(self, item_id: int) -> ItemCompletePrivate:
        """Item details.

        View a private item. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/items/{item_id}`` (operation ``private_item_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemCompletePrivate: Full item representation including item-type based metadata fields (private).
                Same as ArticleCompletePrivate plus optional fields property.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_details, {"item_id": item_id})

    def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Item Download.

        Download files from a private item preserving the folder structure

        ``GET /account/items/{item_id}/download`` (operation ``private_item_download``).

        Args:
            item_id: Item unique identifier.
            folder_path: Folder path to download. If not provided, all files from the item will be downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_download, {"item_id": item_id, "folder_path": folder_path})

    def embargo_delete(self, item_id: int) -> None:
        """Delete Item Embargo.

        Will lift the embargo for the specified item

        ``DELETE /account/items/{item_id}/embargo`` (operation ``private_item_embargo_delete``).

        Args:
            item_id: Item unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_embargo_delete, {"item_id": item_id})

    def embargo_details(self, item_id: int) -> ItemEmbargo:
        """Item Embargo Details.

        View a private item embargo details

        ``GET /account/items/{item_id}/embargo`` (operation ``private_item_embargo_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_embargo_details, {"item_id": item_id})

    def embargo_update(self, item_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Item Embargo.

        Note: setting an item under whole embargo does not imply that the item will be published when the
            embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        ``PUT /account/items/{item_id}/embargo`` (operation ``private_item_embargo_update``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `ArticleEmbargoUpdater`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_embargo_update, {"item_id": item_id, "body": body})

    def fields_configuration_details(
        self, item_type_id: int, *, group_id: int | Unset = UNSET
    ) -> builtins.list[ItemTypeField]:
        """Item Type Field Configuration.

        Returns the fields configured for a specific item type, including per-type overrides (display_name,
            hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled
            for the institution; returns 403 otherwise.

        ``GET /account/items/fields/configuration/{item_type_id}`` (operation ``items_fields_configuration``).

        Args:
            item_type_id: Item type unique identifier.
            group_id: Filter fields by group applicability.

        Returns:
            list[ItemTypeField]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_items_fields_configuration, {"item_type_id": item_type_id, "group_id": group_id})

    def fields_list(self) -> builtins.list[UnderlyingField]:
        """Item Field Definitions.

        Returns the catalog of underlying field definitions (core, stock, custom) for items. Requires item-type
            based metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/items/fields`` (operation ``items_fields_catalog``).

        Returns:
            list[UnderlyingField]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_items_fields_catalog, {})

    def file_delete(self, item_id: int, file_id: int) -> None:
        """File Delete.

        Delete a file from the item

        ``DELETE /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_delete``).

        Args:
            item_id: Item unique identifier.
            file_id: File unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_file_delete, {"item_id": item_id, "file_id": file_id})

    def file_details(self, item_id: int, file_id: int) -> PrivateFile:
        """Single File.

        View details of file for specified item

        ``GET /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_details``).

        Args:
            item_id: Item unique identifier.
            file_id: File unique identifier.

        Returns:
            PrivateFile: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_file_details, {"item_id": item_id, "file_id": file_id})

    def files_list(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List item files.

        List private files

        ``GET /account/items/{item_id}/files`` (operation ``private_item_files_list``).

        Args:
            item_id: Item unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PrivateFile]: the parsed response body.

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
            _private_item_files_list,
            {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: AccountItemsListOrder | Unset = UNSET,
        order_direction: AccountItemsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Private Items.

        List the caller's own items. Light list shape — fetch `/v2/account/items/{item_id}` for the full detail.

        ``GET /account/items`` (operation ``account_items_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: The field the results are ordered by.
            order_direction: Order direction: ``asc`` or ``desc``.
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
            _account_items_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "item_type_id": item_type_id,
            },
        )

    def partial_update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Partially update item.

        Partially update an item by sending only the keys to change. Send the keys to update inside `fields:{}`
            — keys not present are preserved. `categories` entries accept `id` (int) or `source_id` (string), mixed
            allowed; `licence` is `{"id": <int>}`. Bare integers are rejected. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422.

        ``PATCH /account/items/{item_id}`` (operation ``private_item_partial_update``).

        Args:
            item_id: Item unique identifier.
            body: v3 item update payload. Same shape as ItemCreate; all properties optional (send only what
                changes inside 'fields').

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
        return self._requester.call(_private_item_partial_update, {"item_id": item_id, "body": body})

    def private_link_create(self, item_id: int, *, body: PrivateLinkCreator | Unset = UNSET) -> PrivateLinkResponse:
        """Create private link.

        Create new private link for this item

        ``POST /account/items/{item_id}/private_links`` (operation ``private_item_private_link_create``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `PrivateLinkCreator`.

        Returns:
            PrivateLinkResponse: the parsed response body.

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
        return self._requester.call(_private_item_private_link_create, {"item_id": item_id, "body": body})

    def private_link_delete(self, item_id: int, link_id: str) -> None:
        """Disable private link.

        Disable/delete private link for this item

        ``DELETE /account/items/{item_id}/private_links/{link_id}`` (operation
            ``private_item_private_link_delete``).

        Args:
            item_id: Item unique identifier.
            link_id: Private link token.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_private_link_delete, {"item_id": item_id, "link_id": link_id})

    def private_link_update(self, item_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET) -> None:
        """Update private link.

        Update existing private link for this item

        ``PUT /account/items/{item_id}/private_links/{link_id}`` (operation
            ``private_item_private_link_update``).

        Args:
            item_id: Item unique identifier.
            link_id: Private link token.
            body: The request body: an `PrivateLinkCreator`.

        Returns:
            None: the response has no body.

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
            _private_item_private_link_update, {"item_id": item_id, "link_id": link_id, "body": body}
        )

    def private_links_list(self, item_id: int) -> builtins.list[PrivateLink]:
        """List private links.

        ``GET /account/items/{item_id}/private_links`` (operation ``private_item_private_link``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[PrivateLink]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_private_link, {"item_id": item_id})

    def publish(self, item_id: int) -> Location:
        """Private Item Publish.

        - If the whole item is under embargo, it will not be published immediately, but when the embargo expires
            or is lifted. - When an item is published, a new public version will be generated. Any further updates
            to the item will affect the private item data. In order to make these changes publicly visible, an
            explicit publish operation is needed.

        ``POST /account/items/{item_id}/publish`` (operation ``account_item_publish``).

        Args:
            item_id: Item unique identifier.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_account_item_publish, {"item_id": item_id})

    def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Item Report.

        Return status on all reports generated for the account from the oauth credentials

        ``GET /account/items/export`` (operation ``account_item_report``).

        Args:
            group_id: A group ID to filter by.

        Returns:
            list[AccountReport]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_account_item_report, {"group_id": group_id})

    def report_generate(self) -> AccountReport:
        """Initiate a new Report.

        Initiate a new Item Report for this Account. There is a limit of 1 report per day.

        ``POST /account/items/export`` (operation ``account_item_report_generate``).

        Returns:
            AccountReport: the parsed response body.

        Raises:
            figshare.RateLimitError: too many requests, after the retries (429).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_account_item_report_generate, {})

    def reserve_doi(self, item_id: int) -> ItemDOI:
        """Private Item Reserve DOI.

        Reserve DOI for item

        ``POST /account/items/{item_id}/reserve_doi`` (operation ``private_item_reserve_doi``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemDOI: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_reserve_doi, {"item_id": item_id})

    def reserve_handle(self, item_id: int) -> ItemHandle:
        """Private Item Reserve Handle.

        Reserve Handle for item

        ``POST /account/items/{item_id}/reserve_handle`` (operation ``private_item_reserve_handle``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemHandle: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_reserve_handle, {"item_id": item_id})

    def resource_create(self, item_id: int, *, body: Resource) -> Location:
        """Private Item Resource.

        Edit item resource data.

        ``POST /account/items/{item_id}/resource`` (operation ``private_item_resource``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `Resource`.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_resource, {"item_id": item_id, "body": body})

    def search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Private Items Search.

        Search the caller's own items. Same light list shape as `/v2/account/items`.

        ``POST /account/items/search`` (operation ``account_items_search``).

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
        return self._requester.call(_account_items_search, {"body": body})

    def unpublish(self, item_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Item Unpublish.

        Allows authorized users to unpublish an item.

        ``POST /account/items/{item_id}/unpublish`` (operation ``account_item_unpublish``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `ArticleUnpublishData`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_account_item_unpublish, {"item_id": item_id, "body": body})

    def update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Update item.

        Update an item by passing full body parameters. Stock fields are sent inside the `fields` object.
            Requires item-type based metadata to be enabled for the institution; returns 403 otherwise. `categories`
            entries accept `id` (int) or `source_id` (string), mixed allowed; `licence` input is `{"id": <int>}`.
            Bare integers are rejected.

        ``PUT /account/items/{item_id}`` (operation ``private_item_update``).

        Args:
            item_id: Item unique identifier.
            body: v3 item update payload. Same shape as ItemCreate; all properties optional (send only what
                changes inside 'fields').

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
        return self._requester.call(_private_item_update, {"item_id": item_id, "body": body})

    def upload_complete(self, item_id: int, file_id: int) -> None:
        """Complete Upload.

        Complete file upload

        ``POST /account/items/{item_id}/files/{file_id}`` (operation ``private_item_upload_complete``).

        Args:
            item_id: Item unique identifier.
            file_id: File unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_item_upload_complete, {"item_id": item_id, "file_id": file_id})

    def upload_initiate(self, item_id: int, *, body: FileCreator) -> Location:
        """Initiate Upload.

        Initiate a new file upload within the item. Either use the link property to point to an existing file
            that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5, name,
            size).

        ``POST /account/items/{item_id}/files`` (operation ``private_item_upload_initiate``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `FileCreator`.

        Returns:
            Location: the parsed response body.

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
        return self._requester.call(_private_item_upload_initiate, {"item_id": item_id, "body": body})

    def version_partial_update(
        self, item_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update item version.

        Partially updating an item version by passing only the fields to change.

        ``PATCH /account/items/{item_id}/versions/{version_id}`` (operation
            ``private_item_version_partial_update``).

        Args:
            item_id: Item unique identifier.
            version_id: Item version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
            _private_item_version_partial_update, {"item_id": item_id, "version_id": version_id, "body": body}
        )

    def version_supplementary_fields_delete(
        self, item_id: int, version_id: int, *, body: PrivateItemVersionSupplementaryFieldDeleteBody
    ) -> None:
        """Delete item version supplementary field.

        Delete a supplementary custom field from an item version.

        ``DELETE /account/items/{item_id}/versions/{version_id}/supplementary_fields`` (operation
            ``private_item_version_supplementary_field_delete``).

        Args:
            item_id: Item unique identifier.
            version_id: Version Number.
            body: The request body: an `PrivateItemVersionSupplementaryFieldDeleteBody`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_item_version_supplementary_field_delete,
            {"item_id": item_id, "version_id": version_id, "body": body},
        )

    def version_update(self, item_id: int, version_id: int, *, body: ArticleVersionUpdate) -> LocationWarningsUpdate:
        """Update item version.

        Updating an item version by passing body parameters.

        ``PUT /account/items/{item_id}/versions/{version_id}`` (operation ``private_item_version_update``).

        Args:
            item_id: Item unique identifier.
            version_id: Item version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
            _private_item_version_update, {"item_id": item_id, "version_id": version_id, "body": body}
        )

    def version_update_thumb(self, item_id: int, version_id: int, *, body: FileId) -> None:
        """Update item version thumbnail.

        For a given public item version update the item thumbnail by choosing one of the associated files

        ``PUT /account/items/{item_id}/versions/{version_id}/update_thumb`` (operation
            ``item_version_update_thumb``).

        Args:
            item_id: Item unique identifier.
            version_id: Item version identifier.
            body: The request body: an `FileId`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _item_version_update_thumb, {"item_id": item_id, "version_id": version_id, "body": body}
        )


class AsyncAccountItemsResource:
    """Operations on ``account.items`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def author_delete(self, item_id: int, author_id: int) -> None:
        """Delete item author.

        De-associate author from item

        ``DELETE /account/items/{item_id}/authors/{author_id}`` (operation ``private_item_author_delete``).

        Args:
            item_id: Item unique identifier.
            author_id: Item Author unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_author_delete, {"item_id": item_id, "author_id": author_id})

    async def authors_add(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Add item authors.

        Associate new authors with the item. This will add new authors to the list of already associated authors

        ``POST /account/items/{item_id}/authors`` (operation ``private_item_authors_add``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `AuthorsCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_authors_add, {"item_id": item_id, "body": body})

    async def authors_list(self, item_id: int) -> builtins.list[Author]:
        """List item authors.

        ``GET /account/items/{item_id}/authors`` (operation ``private_item_authors_list``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[Author]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_authors_list, {"item_id": item_id})

    async def authors_replace(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Replace item authors.

        Associate new authors with the item. This will remove all already associated authors and add these new
            ones

        ``PUT /account/items/{item_id}/authors`` (operation ``private_item_authors_replace``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `AuthorsCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_authors_replace, {"item_id": item_id, "body": body})

    async def categories_add(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Add item categories.

        Associate new categories with the item. This will add new categories to the list of already associated
            categories

        ``POST /account/items/{item_id}/categories`` (operation ``private_item_categories_add``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `CategoriesCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_categories_add, {"item_id": item_id, "body": body})

    async def categories_list(self, item_id: int) -> builtins.list[Category]:
        """List item categories.

        ``GET /account/items/{item_id}/categories`` (operation ``private_item_categories_list``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[Category]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_categories_list, {"item_id": item_id})

    async def categories_replace(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Replace item categories.

        Associate new categories with the item. This will remove all already associated categories and add these
            new ones

        ``PUT /account/items/{item_id}/categories`` (operation ``private_item_categories_replace``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `CategoriesCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_categories_replace, {"item_id": item_id, "body": body})

    async def category_delete(self, item_id: int, category_id: int) -> None:
        """Delete item category.

        De-associate category from item

        ``DELETE /account/items/{item_id}/categories/{category_id}`` (operation
            ``private_item_category_delete``).

        Args:
            item_id: Item unique identifier.
            category_id: Category unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_item_category_delete, {"item_id": item_id, "category_id": category_id}
        )

    async def confidentiality_delete(self, item_id: int) -> None:
        """Delete item confidentiality.

        Delete confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``DELETE /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_delete``).

        Args:
            item_id: Item unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_confidentiality_delete, {"item_id": item_id})

    async def confidentiality_details(self, item_id: int) -> ItemConfidentiality:
        """Item confidentiality details.

        View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced by
            the new extended embargo functionality and all items that used to be confidential have now been migrated
            to items with a permanent embargo on files. All API endpoints related to this functionality will remain
            for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``GET /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_confidentiality_details, {"item_id": item_id})

    async def confidentiality_update(self, item_id: int, *, body: ConfidentialityCreator) -> None:
        """Update item confidentiality.

        Update confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``PUT /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_update``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `ConfidentialityCreator`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_confidentiality_update, {"item_id": item_id, "body": body})

    async def create(self, *, body: ItemCreate) -> LocationWarnings:
        """Create new Item.

        Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside the
            `fields` object. Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise. `categories` input is a list of objects, each identified by either `id` (int) or `source_id`
            (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved `source_id` values
            are reported in the response `warnings` array. `licence` input is a single object with an `id` key
            (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names inside `fields` (e.g. a
            typo) are rejected with 422.

        ``POST /account/items`` (operation ``private_item_create``).

        Args:
            body: v3 item creation payload. Structural inputs stay top-level; all metadata goes inside 'fields'.

        Returns:
            LocationWarnings: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_create, {"body": body})

    async def delete(self, item_id: int) -> None:
        """Delete item.

        Delete an item

        ``DELETE /account/items/{item_id}`` (operation ``private_item_delete``).

        Args:
            item_id: Item unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_delete, {"item_id": item_id})

    async def details(self, item_id: int) -> ItemCompletePrivate:
        """Item details.

        View a private item. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/items/{item_id}`` (operation ``private_item_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemCompletePrivate: Full item representation including item-type based metadata fields (private).
                Same as ArticleCompletePrivate plus optional fields property.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_details, {"item_id": item_id})

    async def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Item Download.

        Download files from a private item preserving the folder structure

        ``GET /account/items/{item_id}/download`` (operation ``private_item_download``).

        Args:
            item_id: Item unique identifier.
            folder_path: Folder path to download. If not provided, all files from the item will be downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_download, {"item_id": item_id, "folder_path": folder_path})

    async def embargo_delete(self, item_id: int) -> None:
        """Delete Item Embargo.

        Will lift the embargo for the specified item

        ``DELETE /account/items/{item_id}/embargo`` (operation ``private_item_embargo_delete``).

        Args:
            item_id: Item unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_embargo_delete, {"item_id": item_id})

    async def embargo_details(self, item_id: int) -> ItemEmbargo:
        """Item Embargo Details.

        View a private item embargo details

        ``GET /account/items/{item_id}/embargo`` (operation ``private_item_embargo_details``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_embargo_details, {"item_id": item_id})

    async def embargo_update(self, item_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Item Embargo.

        Note: setting an item under whole embargo does not imply that the item will be published when the
            embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        ``PUT /account/items/{item_id}/embargo`` (operation ``private_item_embargo_update``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `ArticleEmbargoUpdater`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_embargo_update, {"item_id": item_id, "body": body})

    async def fields_configuration_details(
        self, item_type_id: int, *, group_id: int | Unset = UNSET
    ) -> builtins.list[ItemTypeField]:
        """Item Type Field Configuration.

        Returns the fields configured for a specific item type, including per-type overrides (display_name,
            hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled
            for the institution; returns 403 otherwise.

        ``GET /account/items/fields/configuration/{item_type_id}`` (operation ``items_fields_configuration``).

        Args:
            item_type_id: Item type unique identifier.
            group_id: Filter fields by group applicability.

        Returns:
            list[ItemTypeField]: the parsed response body.

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
            _items_fields_configuration, {"item_type_id": item_type_id, "group_id": group_id}
        )

    async def fields_list(self) -> builtins.list[UnderlyingField]:
        """Item Field Definitions.

        Returns the catalog of underlying field definitions (core, stock, custom) for items. Requires item-type
            based metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/items/fields`` (operation ``items_fields_catalog``).

        Returns:
            list[UnderlyingField]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_items_fields_catalog, {})

    async def file_delete(self, item_id: int, file_id: int) -> None:
        """File Delete.

        Delete a file from the item

        ``DELETE /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_delete``).

        Args:
            item_id: Item unique identifier.
            file_id: File unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_file_delete, {"item_id": item_id, "file_id": file_id})

    async def file_details(self, item_id: int, file_id: int) -> PrivateFile:
        """Single File.

        View details of file for specified item

        ``GET /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_details``).

        Args:
            item_id: Item unique identifier.
            file_id: File unique identifier.

        Returns:
            PrivateFile: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_file_details, {"item_id": item_id, "file_id": file_id})

    async def files_list(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List item files.

        List private files

        ``GET /account/items/{item_id}/files`` (operation ``private_item_files_list``).

        Args:
            item_id: Item unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PrivateFile]: the parsed response body.

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
            _private_item_files_list,
            {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: AccountItemsListOrder | Unset = UNSET,
        order_direction: AccountItemsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Private Items.

        List the caller's own items. Light list shape — fetch `/v2/account/items/{item_id}` for the full detail.

        ``GET /account/items`` (operation ``account_items_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: The field the results are ordered by.
            order_direction: Order direction: ``asc`` or ``desc``.
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
            _account_items_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "item_type_id": item_type_id,
            },
        )

    async def partial_update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Partially update item.

        Partially update an item by sending only the keys to change. Send the keys to update inside `fields:{}`
            — keys not present are preserved. `categories` entries accept `id` (int) or `source_id` (string), mixed
            allowed; `licence` is `{"id": <int>}`. Bare integers are rejected. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422.

        ``PATCH /account/items/{item_id}`` (operation ``private_item_partial_update``).

        Args:
            item_id: Item unique identifier.
            body: v3 item update payload. Same shape as ItemCreate; all properties optional (send only what
                changes inside 'fields').

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
        return await self._requester.call(_private_item_partial_update, {"item_id": item_id, "body": body})

    async def private_link_create(
        self, item_id: int, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create private link.

        Create new private link for this item

        ``POST /account/items/{item_id}/private_links`` (operation ``private_item_private_link_create``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `PrivateLinkCreator`.

        Returns:
            PrivateLinkResponse: the parsed response body.

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
        return await self._requester.call(_private_item_private_link_create, {"item_id": item_id, "body": body})

    async def private_link_delete(self, item_id: int, link_id: str) -> None:
        """Disable private link.

        Disable/delete private link for this item

        ``DELETE /account/items/{item_id}/private_links/{link_id}`` (operation
            ``private_item_private_link_delete``).

        Args:
            item_id: Item unique identifier.
            link_id: Private link token.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_private_link_delete, {"item_id": item_id, "link_id": link_id})

    async def private_link_update(
        self, item_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update private link.

        Update existing private link for this item

        ``PUT /account/items/{item_id}/private_links/{link_id}`` (operation
            ``private_item_private_link_update``).

        Args:
            item_id: Item unique identifier.
            link_id: Private link token.
            body: The request body: an `PrivateLinkCreator`.

        Returns:
            None: the response has no body.

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
            _private_item_private_link_update, {"item_id": item_id, "link_id": link_id, "body": body}
        )

    async def private_links_list(self, item_id: int) -> builtins.list[PrivateLink]:
        """List private links.

        ``GET /account/items/{item_id}/private_links`` (operation ``private_item_private_link``).

        Args:
            item_id: Item unique identifier.

        Returns:
            list[PrivateLink]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_private_link, {"item_id": item_id})

    async def publish(self, item_id: int) -> Location:
        """Private Item Publish.

        - If the whole item is under embargo, it will not be published immediately, but when the embargo expires
            or is lifted. - When an item is published, a new public version will be generated. Any further updates
            to the item will affect the private item data. In order to make these changes publicly visible, an
            explicit publish operation is needed.

        ``POST /account/items/{item_id}/publish`` (operation ``account_item_publish``).

        Args:
            item_id: Item unique identifier.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_account_item_publish, {"item_id": item_id})

    async def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Item Report.

        Return status on all reports generated for the account from the oauth credentials

        ``GET /account/items/export`` (operation ``account_item_report``).

        Args:
            group_id: A group ID to filter by.

        Returns:
            list[AccountReport]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_account_item_report, {"group_id": group_id})

    async def report_generate(self) -> AccountReport:
        """Initiate a new Report.

        Initiate a new Item Report for this Account. There is a limit of 1 report per day.

        ``POST /account/items/export`` (operation ``account_item_report_generate``).

        Returns:
            AccountReport: the parsed response body.

        Raises:
            figshare.RateLimitError: too many requests, after the retries (429).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_account_item_report_generate, {})

    async def reserve_doi(self, item_id: int) -> ItemDOI:
        """Private Item Reserve DOI.

        Reserve DOI for item

        ``POST /account/items/{item_id}/reserve_doi`` (operation ``private_item_reserve_doi``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemDOI: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_reserve_doi, {"item_id": item_id})

    async def reserve_handle(self, item_id: int) -> ItemHandle:
        """Private Item Reserve Handle.

        Reserve Handle for item

        ``POST /account/items/{item_id}/reserve_handle`` (operation ``private_item_reserve_handle``).

        Args:
            item_id: Item unique identifier.

        Returns:
            ItemHandle: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_reserve_handle, {"item_id": item_id})

    async def resource_create(self, item_id: int, *, body: Resource) -> Location:
        """Private Item Resource.

        Edit item resource data.

        ``POST /account/items/{item_id}/resource`` (operation ``private_item_resource``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `Resource`.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_resource, {"item_id": item_id, "body": body})

    async def search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Private Items Search.

        Search the caller's own items. Same light list shape as `/v2/account/items`.

        ``POST /account/items/search`` (operation ``account_items_search``).

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
        return await self._requester.call(_account_items_search, {"body": body})

    async def unpublish(self, item_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Item Unpublish.

        Allows authorized users to unpublish an item.

        ``POST /account/items/{item_id}/unpublish`` (operation ``account_item_unpublish``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `ArticleUnpublishData`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_account_item_unpublish, {"item_id": item_id, "body": body})

    async def update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Update item.

        Update an item by passing full body parameters. Stock fields are sent inside the `fields` object.
            Requires item-type based metadata to be enabled for the institution; returns 403 otherwise. `categories`
            entries accept `id` (int) or `source_id` (string), mixed allowed; `licence` input is `{"id": <int>}`.
            Bare integers are rejected.

        ``PUT /account/items/{item_id}`` (operation ``private_item_update``).

        Args:
            item_id: Item unique identifier.
            body: v3 item update payload. Same shape as ItemCreate; all properties optional (send only what
                changes inside 'fields').

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
        return await self._requester.call(_private_item_update, {"item_id": item_id, "body": body})

    async def upload_complete(self, item_id: int, file_id: int) -> None:
        """Complete Upload.

        Complete file upload

        ``POST /account/items/{item_id}/files/{file_id}`` (operation ``private_item_upload_complete``).

        Args:
            item_id: Item unique identifier.
            file_id: File unique identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_item_upload_complete, {"item_id": item_id, "file_id": file_id})

    async def upload_initiate(self, item_id: int, *, body: FileCreator) -> Location:
        """Initiate Upload.

        Initiate a new file upload within the item. Either use the link property to point to an existing file
            that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5, name,
            size).

        ``POST /account/items/{item_id}/files`` (operation ``private_item_upload_initiate``).

        Args:
            item_id: Item unique identifier.
            body: The request body: an `FileCreator`.

        Returns:
            Location: the parsed response body.

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
        return await self._requester.call(_private_item_upload_initiate, {"item_id": item_id, "body": body})

    async def version_partial_update(
        self, item_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update item version.

        Partially updating an item version by passing only the fields to change.

        ``PATCH /account/items/{item_id}/versions/{version_id}`` (operation
            ``private_item_version_partial_update``).

        Args:
            item_id: Item unique identifier.
            version_id: Item version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
            _private_item_version_partial_update, {"item_id": item_id, "version_id": version_id, "body": body}
        )

    async def version_supplementary_fields_delete(
        self, item_id: int, version_id: int, *, body: PrivateItemVersionSupplementaryFieldDeleteBody
    ) -> None:
        """Delete item version supplementary field.

        Delete a supplementary custom field from an item version.

        ``DELETE /account/items/{item_id}/versions/{version_id}/supplementary_fields`` (operation
            ``private_item_version_supplementary_field_delete``).

        Args:
            item_id: Item unique identifier.
            version_id: Version Number.
            body: The request body: an `PrivateItemVersionSupplementaryFieldDeleteBody`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_item_version_supplementary_field_delete,
            {"item_id": item_id, "version_id": version_id, "body": body},
        )

    async def version_update(
        self, item_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Update item version.

        Updating an item version by passing body parameters.

        ``PUT /account/items/{item_id}/versions/{version_id}`` (operation ``private_item_version_update``).

        Args:
            item_id: Item unique identifier.
            version_id: Item version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

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
            _private_item_version_update, {"item_id": item_id, "version_id": version_id, "body": body}
        )

    async def version_update_thumb(self, item_id: int, version_id: int, *, body: FileId) -> None:
        """Update item version thumbnail.

        For a given public item version update the item thumbnail by choosing one of the associated files

        ``PUT /account/items/{item_id}/versions/{version_id}/update_thumb`` (operation
            ``item_version_update_thumb``).

        Args:
            item_id: Item unique identifier.
            version_id: Item version identifier.
            body: The request body: an `FileId`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _item_version_update_thumb, {"item_id": item_id, "version_id": version_id, "body": body}
        )
