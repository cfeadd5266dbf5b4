"""Operations on ``account.collections``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import (
        Author,
        AuthorsCreator,
        CategoriesCreator,
        Category,
        Collection,
        CollectionCompletePrivate,
        CollectionCreate,
        CollectionDOI,
        CollectionHandle,
        CollectionPrivateLinkCreator,
        CollectionsSearch,
        CollectionUpdate,
        Item,
        ItemsCreator,
        ItemTypeField,
        Location,
        LocationWarnings,
        LocationWarningsUpdate,
        PrivateCollectionsListOrder,
        PrivateCollectionsListOrderDirection,
        PrivateLink,
        PrivateLinkResponse,
        Resource,
        UnderlyingField,
    )

_collections_fields_catalog: Operation[builtins.list[UnderlyingField]] = Operation(
    "collections_fields_catalog",
    "GET",
    "/account/collections/fields",
    (200,),
    result="UnderlyingField",
    models="figshare_api_v3.models",
    many=True,
)
_collections_fields_configuration: Operation[builtins.list[ItemTypeField]] = Operation(
    "collections_fields_configuration",
    "GET",
    "/account/collections/fields/configuration",
    (200,),
    query=(("group_id", "group_id"),),
    result="ItemTypeField",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("group_id", int),),
)
_private_collection_author_delete: Operation[None] = Operation(
    "private_collection_author_delete",
    "DELETE",
    "/account/collections/{collection_id}/authors/{author_id}",
    (204,),
    parameters=(("collection_id", int), ("author_id", int)),
    required=("collection_id", "author_id"),
)
_private_collection_authors_add: Operation[Location] = Operation(
    "private_collection_authors_add",
    "POST",
    "/account/collections/{collection_id}/authors",
    (201,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="AuthorsCreator",
)
_private_collection_authors_list: Operation[builtins.list[Author]] = Operation(
    "private_collection_authors_list",
    "GET",
    "/account/collections/{collection_id}/authors",
    (200,),
    result="Author",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_authors_replace: Operation[None] = Operation(
    "private_collection_authors_replace",
    "PUT",
    "/account/collections/{collection_id}/authors",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="AuthorsCreator",
)
_private_collection_categories_add: Operation[Location] = Operation(
    "private_collection_categories_add",
    "POST",
    "/account/collections/{collection_id}/categories",
    (201,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="CategoriesCreator",
)
_private_collection_categories_list: Operation[builtins.list[Category]] = Operation(
    "private_collection_categories_list",
    "GET",
    "/account/collections/{collection_id}/categories",
    (200,),
    result="Category",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_categories_replace: Operation[None] = Operation(
    "private_collection_categories_replace",
    "PUT",
    "/account/collections/{collection_id}/categories",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="CategoriesCreator",
)
_private_collection_category_delete: Operation[None] = Operation(
    "private_collection_category_delete",
    "DELETE",
    "/account/collections/{collection_id}/categories/{category_id}",
    (204,),
    parameters=(("collection_id", int), ("category_id", int)),
    required=("collection_id", "category_id"),
)
_private_collection_create: Operation[LocationWarnings] = Operation(
    "private_collection_create",
    "POST",
    "/account/collections",
    (201,),
    body="json",
    result="LocationWarnings",
    models="figshare_api_v3.models",
    required=("body",),
    request="CollectionCreate",
)
_private_collection_delete: Operation[None] = Operation(
    "private_collection_delete",
    "DELETE",
    "/account/collections/{collection_id}",
    (204,),
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_details: Operation[CollectionCompletePrivate] = Operation(
    "private_collection_details",
    "GET",
    "/account/collections/{collection_id}",
    (200,),
    result="CollectionCompletePrivate",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_item_delete: Operation[None] = Operation(
    "private_collection_item_delete",
    "DELETE",
    "/account/collections/{collection_id}/items/{item_id}",
    (204,),
    parameters=(("collection_id", int), ("item_id", int)),
    required=("collection_id", "item_id"),
)
_private_collection_items_add: Operation[Location] = Operation(
    "private_collection_items_add",
    "POST",
    "/account/collections/{collection_id}/items",
    (201,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="ItemsCreator",
)
_private_collection_items_list: Operation[builtins.list[Item]] = Operation(
    "private_collection_items_list",
    "GET",
    "/account/collections/{collection_id}/items",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="Item",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("collection_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("collection_id",),
)
_private_collection_items_replace: Operation[None] = Operation(
    "private_collection_items_replace",
    "PUT",
    "/account/collections/{collection_id}/items",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="ItemsCreator",
)
_private_collection_patch: Operation[LocationWarningsUpdate] = Operation(
    "private_collection_patch",
    "PATCH",
    "/account/collections/{collection_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="CollectionUpdate",
)
_private_collection_private_link_create: Operation[PrivateLinkResponse] = Operation(
    "private_collection_private_link_create",
    "POST",
    "/account/collections/{collection_id}/private_links",
    (201,),
    body="json",
    result="PrivateLinkResponse",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
    request="CollectionPrivateLinkCreator",
)
_private_collection_private_link_delete: Operation[None] = Operation(
    "private_collection_private_link_delete",
    "DELETE",
    "/account/collections/{collection_id}/private_links/{link_id}",
    (204,),
    parameters=(("collection_id", int), ("link_id", str)),
    required=("collection_id", "link_id"),
)
_private_collection_private_link_details: Operation[PrivateLink] = Operation(
    "private_collection_private_link_details",
    "GET",
    "/account/collections/{collection_id}/private_links/{link_id}",
    (200,),
    result="PrivateLink",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int), ("link_id", str)),
    required=("collection_id", "link_id"),
)
_private_collection_private_link_update: Operation[None] = Operation(
    "private_collection_private_link_update",
    "PUT",
    "/account/collections/{collection_id}/private_links/{link_id}",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int), ("link_id", str)),
    required=("collection_id", "link_id"),
    request="CollectionPrivateLinkCreator",
)
_private_collection_private_links_list: Operation[builtins.list[PrivateLink]] = Operation(
    "private_collection_private_links_list",
    "GET",
    "/account/collections/{collection_id}/private_links",
    (200,),
    result="PrivateLink",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_publish: Operation[Location] = Operation(
    "private_collection_publish",
    "POST",
    "/account/collections/{collection_id}/publish",
    (201,),
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_reserve_doi: Operation[CollectionDOI] = Operation(
    "private_collection_reserve_doi",
    "POST",
    "/account/collections/{collection_id}/reserve_doi",
    (200,),
    result="CollectionDOI",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_reserve_handle: Operation[CollectionHandle] = Operation(
    "private_collection_reserve_handle",
    "POST",
    "/account/collections/{collection_id}/reserve_handle",
    (200,),
    result="CollectionHandle",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_resource: Operation[Location] = Operation(
    "private_collection_resource",
    "POST",
    "/account/collections/{collection_id}/resource",
    (205,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="Resource",
)
_private_collection_update: Operation[LocationWarningsUpdate] = Operation(
    "private_collection_update",
    "PUT",
    "/account/collections/{collection_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api_v3.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="CollectionUpdate",
)
_private_collections_list: Operation[builtins.list[Collection]] = Operation(
    "private_collections_list",
    "GET",
    "/account/collections",
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
        ("item_type_id", int),
    ),
)
_private_collections_search: Operation[builtins.list[Collection]] = Operation(
    "private_collections_search",
    "POST",
    "/account/collections/search",
    (200,),
    body="json",
    result="Collection",
    models="figshare_api_v3.models",
    many=True,
    request="CollectionsSearch",
)


class AccountCollectionsResource:
    """Operations on ``account.collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def author_delete(self, collection_id: int, author_id: int) -> None:
        """Delete collection author.

        ``DELETE /account/collections/{collection_id}/authors/{author_id}`` (operation
            ``private_collection_author_delete``).

        Args:
            collection_id: Collection unique identifier.
            author_id: Collection Author unique identifier.

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
            _private_collection_author_delete, {"collection_id": collection_id, "author_id": author_id}
        )

    def authors_add(self, collection_id: int, *, body: AuthorsCreator) -> Location:
        """Add collection authors.

        Associate new authors with the collection. This will add new authors to the list of already associated
            authors

        ``POST /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `AuthorsCreator`.

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
        return self._requester.call(_private_collection_authors_add, {"collection_id": collection_id, "body": body})

    def authors_list(self, collection_id: int) -> builtins.list[Author]:
        """List collection authors.

        ``GET /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_list``).

        Args:
            collection_id: Collection unique identifier.

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
        return self._requester.call(_private_collection_authors_list, {"collection_id": collection_id})

    def authors_replace(self, collection_id: int, *, body: AuthorsCreator) -> None:
        """Replace collection authors.

        Associate new authors with the collection. This will remove all already associated authors and add these
            new ones

        ``PUT /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_replace``).

        Args:
            collection_id: Collection unique identifier.
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
        return self._requester.call(_private_collection_authors_replace, {"collection_id": collection_id, "body": body})

    def categories_add(self, collection_id: int, *, body: CategoriesCreator) -> Location:
        """Add collection categories.

        Associate new categories with the collection. This will add new categories to the list of already
            associated categories

        ``POST /account/collections/{collection_id}/categories`` (operation
            ``private_collection_categories_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `CategoriesCreator`.

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
        return self._requester.call(_private_collection_categories_add, {"collection_id": collection_id, "body": body})

    def categories_list(self, collection_id: int) -> builtins.list[Category]:
        """List collection categories.

        ``GET /account/collections/{collection_id}/categories`` (operation
            ``private_collection_categories_list``).

        Args:
            collection_id: Collection unique identifier.

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
        return self._requester.call(_private_collection_categories_list, {"collection_id": collection_id})

    def categories_replace(self, collection_id: int, *, body: CategoriesCreator) -> None:
        """Replace collection categories.

        Associate new categories with the collection. This will remove all already associated categories and add
            these new ones

        ``PUT /account/collections/{collection_id}/categories`` (operation
            ``private_collection_categories_replace``).

        Args:
            collection_id: Collection unique identifier.
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
        return self._requester.call(
            _private_collection_categories_replace, {"collection_id": collection_id, "body": body}
        )

    def category_delete(self, collection_id: int, category_id: int) -> None:
        """Delete collection category.

        De-associate category from collection

        ``DELETE /account/collections/{collection_id}/categories/{category_id}`` (operation
            ``private_collection_category_delete``).

        Args:
            collection_id: Collection unique identifier.
            category_id: Collection category unique identifier.

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
            _private_collection_category_delete, {"collection_id": collection_id, "category_id": category_id}
        )

    def create(self, *, body: CollectionCreate) -> LocationWarnings:
        """Create collection.

        Create a new collection. All metadata is wrapped in a `fields` object (`title` is required); `group_id`
            is the only other top-level key. Legacy flat-payload top-level metadata is rejected with 422.
            `categories` entries accept `id` (int) or `source_id` (string), mixed allowed; unresolved `source_id`
            values are reported in the response `warnings` array. Unrecognised field names inside `fields` are
            rejected with 422.

        ``POST /account/collections`` (operation ``private_collection_create``).

        Args:
            body: v3 collection creation payload. All metadata goes inside 'fields'; only group_id stays
                top-level.

        Returns:
            LocationWarnings: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_create, {"body": body})

    def delete(self, collection_id: int) -> None:
        """Delete collection.

        Delete a collection. Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``DELETE /account/collections/{collection_id}`` (operation ``private_collection_delete``).

        Args:
            collection_id: Collection Unique identifier.

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
        return self._requester.call(_private_collection_delete, {"collection_id": collection_id})

    def details(self, collection_id: int) -> CollectionCompletePrivate:
        """Collection details.

        View a private collection. Metadata is returned under the `fields` object with relational fields
            hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type
            based metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_details, {"collection_id": collection_id})

    def fields_configuration_details(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Collection Field Configuration.

        Returns the fields configured for collections, including per-type overrides (display_name, hint_text,
            is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``GET /account/collections/fields/configuration`` (operation ``collections_fields_configuration``).

        Args:
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
        return self._requester.call(_collections_fields_configuration, {"group_id": group_id})

    def fields_list(self) -> builtins.list[UnderlyingField]:
        """Collection Field Definitions.

        Returns the catalog of underlying field definitions for collections. Requires item-type based metadata
            to be enabled for the institution; returns 403 otherwise.

        ``GET /account/collections/fields`` (operation ``collections_fields_catalog``).

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
        return self._requester.call(_collections_fields_catalog, {})

    def item_delete(self, collection_id: int, item_id: int) -> None:
        """Delete collection item.

        De-associate item from collection

        ``DELETE /account/collections/{collection_id}/items/{item_id}`` (operation
            ``private_collection_item_delete``).

        Args:
            collection_id: Collection unique identifier.
            item_id: Collection item unique identifier.

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
            _private_collection_item_delete, {"collection_id": collection_id, "item_id": item_id}
        )

    def items_add(self, collection_id: int, *, body: ItemsCreator) -> Location:
        """Add collection items.

        Associate new items with the collection. This will add new items to the list of already associated items

        ``POST /account/collections/{collection_id}/items`` (operation ``private_collection_items_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ItemsCreator`.

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
        return self._requester.call(_private_collection_items_add, {"collection_id": collection_id, "body": body})

    def items_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """List collection items.

        List collection items Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``GET /account/collections/{collection_id}/items`` (operation ``private_collection_items_list``).

        Args:
            collection_id: Collection unique identifier.
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
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_collection_items_list,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def items_replace(self, collection_id: int, *, body: ItemsCreator) -> None:
        """Replace collection items.

        Associate new items with the collection. This will remove all already associated items and add these new
            ones

        ``PUT /account/collections/{collection_id}/items`` (operation ``private_collection_items_replace``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ItemsCreator`.

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
        return self._requester.call(_private_collection_items_replace, {"collection_id": collection_id, "body": body})

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateCollectionsListOrder | Unset = UNSET,
        order_direction: PrivateCollectionsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Private Collections.

        List the caller's own collections (light list shape). 403 when item-type based metadata is not enabled
            for the caller's institution; fetch `/v3/account/collections/{collection_id}` for the full detail.

        ``GET /account/collections`` (operation ``private_collections_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Collection date keys.
            order_direction: Order direction: ``asc`` or ``desc``.
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
            _private_collections_list,
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

    def partial_update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection.

        Partially update a collection by sending only the keys to change. For collections with item-type based
            metadata, send the keys to update inside `fields:{}` — keys not present are preserved. `categories`
            entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers rejected). Unresolved
            `source_id` values are reported in the response `warnings` array. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).

        Args:
            collection_id: Collection Unique identifier.
            body: v3 collection update payload. Send only the metadata that changes inside 'fields'.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_patch, {"collection_id": collection_id, "body": body})

    def private_link_create(
        self, collection_id: int, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create collection private link.

        Create new private link

        ``POST /account/collections/{collection_id}/private_links`` (operation
            ``private_collection_private_link_create``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `CollectionPrivateLinkCreator`.

        Returns:
            PrivateLinkResponse: the parsed response body.

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
            _private_collection_private_link_create, {"collection_id": collection_id, "body": body}
        )

    def private_link_delete(self, collection_id: int, link_id: str) -> None:
        """Disable private link.

        Disable/delete private link for this collection

        ``DELETE /account/collections/{collection_id}/private_links/{link_id}`` (operation
            ``private_collection_private_link_delete``).

        Args:
            collection_id: Collection unique identifier.
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
        return self._requester.call(
            _private_collection_private_link_delete, {"collection_id": collection_id, "link_id": link_id}
        )

    def private_link_details(self, collection_id: int, link_id: str) -> PrivateLink:
        """View collection private link.

        View existing private link for this collection

        ``GET /account/collections/{collection_id}/private_links/{link_id}`` (operation
            ``private_collection_private_link_details``).

        Args:
            collection_id: Collection unique identifier.
            link_id: Private link token.

        Returns:
            PrivateLink: the parsed response body.

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
            _private_collection_private_link_details, {"collection_id": collection_id, "link_id": link_id}
        )

    def private_link_update(
        self, collection_id: int, link_id: str, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update collection private link.

        Update existing private link for this collection

        ``PUT /account/collections/{collection_id}/private_links/{link_id}`` (operation
            ``private_collection_private_link_update``).

        Args:
            collection_id: Collection unique identifier.
            link_id: Private link token.
            body: The request body: an `CollectionPrivateLinkCreator`.

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
            _private_collection_private_link_update, {"collection_id": collection_id, "link_id": link_id, "body": body}
        )

    def private_links_list(self, collection_id: int) -> builtins.list[PrivateLink]:
        """List collection private links.

        List article private links

        ``GET /account/collections/{collection_id}/private_links`` (operation
            ``private_collection_private_links_list``).

        Args:
            collection_id: Collection unique identifier.

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
        return self._requester.call(_private_collection_private_links_list, {"collection_id": collection_id})

    def publish(self, collection_id: int) -> Location:
        """Private Collection Publish.

        When a collection is published, a new public version will be generated. Any further updates to the
            collection will affect the private collection data. In order to make these changes publicly visible, an
            explicit publish operation is needed.

        ``POST /account/collections/{collection_id}/publish`` (operation ``private_collection_publish``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_publish, {"collection_id": collection_id})

    def reserve_doi(self, collection_id: int) -> CollectionDOI:
        """Private Collection Reserve DOI.

        Reserve DOI for collection

        ``POST /account/collections/{collection_id}/reserve_doi`` (operation
            ``private_collection_reserve_doi``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionDOI: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_reserve_doi, {"collection_id": collection_id})

    def reserve_handle(self, collection_id: int) -> CollectionHandle:
        """Private Collection Reserve Handle.

        Reserve Handle for collection

        ``POST /account/collections/{collection_id}/reserve_handle`` (operation
            ``private_collection_reserve_handle``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionHandle: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_reserve_handle, {"collection_id": collection_id})

    def resource_create(self, collection_id: int, *, body: Resource) -> Location:
        """Private Collection Resource.

        Edit collection resource data.

        ``POST /account/collections/{collection_id}/resource`` (operation ``private_collection_resource``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `Resource`.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_resource, {"collection_id": collection_id, "body": body})

    def search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Private Collections Search.

        Search the caller's own collections. Same light list shape as `/v3/account/collections`.

        ``POST /account/collections/search`` (operation ``private_collections_search``).

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
        return self._requester.call(_private_collections_search, {"body": body})

    def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection.

        Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
            `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers rejected).
            Unresolved `source_id` values are reported in the response `warnings` array. Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).

        Args:
            collection_id: Collection Unique identifier.
            body: v3 collection update payload. Send only the metadata that changes inside 'fields'.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_update, {"collection_id": collection_id, "body": body})


class AsyncAccountCollectionsResource:
    """Operations on ``account.collections`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def author_delete(self, collection_id: int, author_id: int) -> None:
        """Delete collection author.

        ``DELETE /account/collections/{collection_id}/authors/{author_id}`` (operation
            ``private_collection_author_delete``).

        Args:
            collection_id: Collection unique identifier.
            author_id: Collection Author unique identifier.

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
            _private_collection_author_delete, {"collection_id": collection_id, "author_id": author_id}
        )

    async def authors_add(self, collection_id: int, *, body: AuthorsCreator) -> Location:
        """Add collection authors.

        Associate new authors with the collection. This will add new authors to the list of already associated
            authors

        ``POST /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `AuthorsCreator`.

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
        return await self._requester.call(
            _private_collection_authors_add, {"collection_id": collection_id, "body": body}
        )

    async def authors_list(self, collection_id: int) -> builtins.list[Author]:
        """List collection authors.

        ``GET /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_list``).

        Args:
            collection_id: Collection unique identifier.

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
        return await self._requester.call(_private_collection_authors_list, {"collection_id": collection_id})

    async def authors_replace(self, collection_id: int, *, body: AuthorsCreator) -> None:
        """Replace collection authors.

        Associate new authors with the collection. This will remove all already associated authors and add these
            new ones

        ``PUT /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_replace``).

        Args:
            collection_id: Collection unique identifier.
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
        return await self._requester.call(
            _private_collection_authors_replace, {"collection_id": collection_id, "body": body}
        )

    async def categories_add(self, collection_id: int, *, body: CategoriesCreator) -> Location:
        """Add collection categories.

        Associate new categories with the collection. This will add new categories to the list of already
            associated categories

        ``POST /account/collections/{collection_id}/categories`` (operation
            ``private_collection_categories_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `CategoriesCreator`.

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
        return await self._requester.call(
            _private_collection_categories_add, {"collection_id": collection_id, "body": body}
        )

    async def categories_list(self, collection_id: int) -> builtins.list[Category]:
        """List collection categories.

        ``GET /account/collections/{collection_id}/categories`` (operation
            ``private_collection_categories_list``).

        Args:
            collection_id: Collection unique identifier.

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
        return await self._requester.call(_private_collection_categories_list, {"collection_id": collection_id})

    async def categories_replace(self, collection_id: int, *, body: CategoriesCreator) -> None:
        """Replace collection categories.

        Associate new categories with the collection. This will remove all already associated categories and add
            these new ones

        ``PUT /account/collections/{collection_id}/categories`` (operation
            ``private_collection_categories_replace``).

        Args:
            collection_id: Collection unique identifier.
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
        return await self._requester.call(
            _private_collection_categories_replace, {"collection_id": collection_id, "body": body}
        )

    async def category_delete(self, collection_id: int, category_id: int) -> None:
        """Delete collection category.

        De-associate category from collection

        ``DELETE /account/collections/{collection_id}/categories/{category_id}`` (operation
            ``private_collection_category_delete``).

        Args:
            collection_id: Collection unique identifier.
            category_id: Collection category unique identifier.

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
            _private_collection_category_delete, {"collection_id": collection_id, "category_id": category_id}
        )

    async def create(self, *, body: CollectionCreate) -> LocationWarnings:
        """Create collection.

        Create a new collection. All metadata is wrapped in a `fields` object (`title` is required); `group_id`
            is the only other top-level key. Legacy flat-payload top-level metadata is rejected with 422.
            `categories` entries accept `id` (int) or `source_id` (string), mixed allowed; unresolved `source_id`
            values are reported in the response `warnings` array. Unrecognised field names inside `fields` are
            rejected with 422.

        ``POST /account/collections`` (operation ``private_collection_create``).

        Args:
            body: v3 collection creation payload. All metadata goes inside 'fields'; only group_id stays
                top-level.

        Returns:
            LocationWarnings: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_create, {"body": body})

    async def delete(self, collection_id: int) -> None:
        """Delete collection.

        Delete a collection. Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``DELETE /account/collections/{collection_id}`` (operation ``private_collection_delete``).

        Args:
            collection_id: Collection Unique identifier.

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
        return await self._requester.call(_private_collection_delete, {"collection_id": collection_id})

    async def details(self, collection_id: int) -> CollectionCompletePrivate:
        """Collection details.

        View a private collection. Metadata is returned under the `fields` object with relational fields
            hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type
            based metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_details, {"collection_id": collection_id})

    async def fields_configuration_details(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Collection Field Configuration.

        Returns the fields configured for collections, including per-type overrides (display_name, hint_text,
            is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``GET /account/collections/fields/configuration`` (operation ``collections_fields_configuration``).

        Args:
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
        return await self._requester.call(_collections_fields_configuration, {"group_id": group_id})

    async def fields_list(self) -> builtins.list[UnderlyingField]:
        """Collection Field Definitions.

        Returns the catalog of underlying field definitions for collections. Requires item-type based metadata
            to be enabled for the institution; returns 403 otherwise.

        ``GET /account/collections/fields`` (operation ``collections_fields_catalog``).

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
        return await self._requester.call(_collections_fields_catalog, {})

    async def item_delete(self, collection_id: int, item_id: int) -> None:
        """Delete collection item.

        De-associate item from collection

        ``DELETE /account/collections/{collection_id}/items/{item_id}`` (operation
            ``private_collection_item_delete``).

        Args:
            collection_id: Collection unique identifier.
            item_id: Collection item unique identifier.

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
            _private_collection_item_delete, {"collection_id": collection_id, "item_id": item_id}
        )

    async def items_add(self, collection_id: int, *, body: ItemsCreator) -> Location:
        """Add collection items.

        Associate new items with the collection. This will add new items to the list of already associated items

        ``POST /account/collections/{collection_id}/items`` (operation ``private_collection_items_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ItemsCreator`.

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
        return await self._requester.call(_private_collection_items_add, {"collection_id": collection_id, "body": body})

    async def items_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """List collection items.

        List collection items Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``GET /account/collections/{collection_id}/items`` (operation ``private_collection_items_list``).

        Args:
            collection_id: Collection unique identifier.
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
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_collection_items_list,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def items_replace(self, collection_id: int, *, body: ItemsCreator) -> None:
        """Replace collection items.

        Associate new items with the collection. This will remove all already associated items and add these new
            ones

        ``PUT /account/collections/{collection_id}/items`` (operation ``private_collection_items_replace``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ItemsCreator`.

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
        return await self._requester.call(
            _private_collection_items_replace, {"collection_id": collection_id, "body": body}
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateCollectionsListOrder | Unset = UNSET,
        order_direction: PrivateCollectionsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Private Collections.

        List the caller's own collections (light list shape). 403 when item-type based metadata is not enabled
            for the caller's institution; fetch `/v3/account/collections/{collection_id}` for the full detail.

        ``GET /account/collections`` (operation ``private_collections_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Collection date keys.
            order_direction: Order direction: ``asc`` or ``desc``.
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
            _private_collections_list,
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

    async def partial_update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection.

        Partially update a collection by sending only the keys to change. For collections with item-type based
            metadata, send the keys to update inside `fields:{}` — keys not present are preserved. `categories`
            entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers rejected). Unresolved
            `source_id` values are reported in the response `warnings` array. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).

        Args:
            collection_id: Collection Unique identifier.
            body: v3 collection update payload. Send only the metadata that changes inside 'fields'.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_patch, {"collection_id": collection_id, "body": body})

    async def private_link_create(
        self, collection_id: int, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create collection private link.

        Create new private link

        ``POST /account/collections/{collection_id}/private_links`` (operation
            ``private_collection_private_link_create``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `CollectionPrivateLinkCreator`.

        Returns:
            PrivateLinkResponse: the parsed response body.

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
            _private_collection_private_link_create, {"collection_id": collection_id, "body": body}
        )

    async def private_link_delete(self, collection_id: int, link_id: str) -> None:
        """Disable private link.

        Disable/delete private link for this collection

        ``DELETE /account/collections/{collection_id}/private_links/{link_id}`` (operation
            ``private_collection_private_link_delete``).

        Args:
            collection_id: Collection unique identifier.
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
        return await self._requester.call(
            _private_collection_private_link_delete, {"collection_id": collection_id, "link_id": link_id}
        )

    async def private_link_details(self, collection_id: int, link_id: str) -> PrivateLink:
        """View collection private link.

        View existing private link for this collection

        ``GET /account/collections/{collection_id}/private_links/{link_id}`` (operation
            ``private_collection_private_link_details``).

        Args:
            collection_id: Collection unique identifier.
            link_id: Private link token.

        Returns:
            PrivateLink: the parsed response body.

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
            _private_collection_private_link_details, {"collection_id": collection_id, "link_id": link_id}
        )

    async def private_link_update(
        self, collection_id: int, link_id: str, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update collection private link.

        Update existing private link for this collection

        ``PUT /account/collections/{collection_id}/private_links/{link_id}`` (operation
            ``private_collection_private_link_update``).

        Args:
            collection_id: Collection unique identifier.
            link_id: Private link token.
            body: The request body: an `CollectionPrivateLinkCreator`.

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
            _private_collection_private_link_update, {"collection_id": collection_id, "link_id": link_id, "body": body}
        )

    async def private_links_list(self, collection_id: int) -> builtins.list[PrivateLink]:
        """List collection private links.

        List article private links

        ``GET /account/collections/{collection_id}/private_links`` (operation
            ``private_collection_private_links_list``).

        Args:
            collection_id: Collection unique identifier.

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
        return await self._requester.call(_private_collection_private_links_list, {"collection_id": collection_id})

    async def publish(self, collection_id: int) -> Location:
        """Private Collection Publish.

        When a collection is published, a new public version will be generated. Any further updates to the
            collection will affect the private collection data. In order to make these changes publicly visible, an
            explicit publish operation is needed.

        ``POST /account/collections/{collection_id}/publish`` (operation ``private_collection_publish``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_publish, {"collection_id": collection_id})

    async def reserve_doi(self, collection_id: int) -> CollectionDOI:
        """Private Collection Reserve DOI.

        Reserve DOI for collection

        ``POST /account/collections/{collection_id}/reserve_doi`` (operation
            ``private_collection_reserve_doi``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionDOI: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_reserve_doi, {"collection_id": collection_id})

    async def reserve_handle(self, collection_id: int) -> CollectionHandle:
        """Private Collection Reserve Handle.

        Reserve Handle for collection

        ``POST /account/collections/{collection_id}/reserve_handle`` (operation
            ``private_collection_reserve_handle``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionHandle: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_reserve_handle, {"collection_id": collection_id})

    async def resource_create(self, collection_id: int, *, body: Resource) -> Location:
        """Private Collection Resource.

        Edit collection resource data.

        ``POST /account/collections/{collection_id}/resource`` (operation ``private_collection_resource``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `Resource`.

        Returns:
            Location: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_resource, {"collection_id": collection_id, "body": body})

    async def search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Private Collections Search.

        Search the caller's own collections. Same light list shape as `/v3/account/collections`.

        ``POST /account/collections/search`` (operation ``private_collections_search``).

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
        return await self._requester.call(_private_collections_search, {"body": body})

    async def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection.

        Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
            `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers rejected).
            Unresolved `source_id` values are reported in the response `warnings` array. Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).

        Args:
            collection_id: Collection Unique identifier.
            body: v3 collection update payload. Send only the metadata that changes inside 'fields'.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_update, {"collection_id": collection_id, "body": body})
