"""Operations on ``account.collections``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        Article,
        ArticlesCreator,
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
        CollectionUpdate,
        Location,
        LocationWarnings,
        LocationWarningsUpdate,
        PrivateCollectionSearch,
        PrivateCollectionsListOrder,
        PrivateCollectionsListOrderDirection,
        PrivateLink,
        PrivateLinkResponse,
        Resource,
    )

_private_collection_article_delete: Operation[None] = Operation(
    "private_collection_article_delete",
    "DELETE",
    "/account/collections/{collection_id}/articles/{article_id}",
    (204,),
    parameters=(("collection_id", int), ("article_id", int)),
    required=("collection_id", "article_id"),
)
_private_collection_articles_add: Operation[Location] = Operation(
    "private_collection_articles_add",
    "POST",
    "/account/collections/{collection_id}/articles",
    (201,),
    body="json",
    result="Location",
    models="figshare_api.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="ArticlesCreator",
)
_private_collection_articles_list: Operation[builtins.list[Article]] = Operation(
    "private_collection_articles_list",
    "GET",
    "/account/collections/{collection_id}/articles",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="Article",
    models="figshare_api.models",
    many=True,
    parameters=(("collection_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("collection_id",),
)
_private_collection_articles_replace: Operation[None] = Operation(
    "private_collection_articles_replace",
    "PUT",
    "/account/collections/{collection_id}/articles",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("collection_id", int),),
    required=("collection_id", "body"),
    request="ArticlesCreator",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_patch: Operation[LocationWarningsUpdate] = Operation(
    "private_collection_patch",
    "PATCH",
    "/account/collections/{collection_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
    parameters=(("collection_id", int), ("link_id", str)),
    required=("collection_id", "link_id"),
)
_private_collection_private_link_update: Operation[None] = Operation(
    "private_collection_private_link_update",
    "PUT",
    "/account/collections/{collection_id}/private_links/{link_id}",
    (205,),
    body="json",
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_reserve_doi: Operation[CollectionDOI] = Operation(
    "private_collection_reserve_doi",
    "POST",
    "/account/collections/{collection_id}/reserve_doi",
    (200,),
    result="CollectionDOI",
    models="figshare_api.models",
    parameters=(("collection_id", int),),
    required=("collection_id",),
)
_private_collection_reserve_handle: Operation[CollectionHandle] = Operation(
    "private_collection_reserve_handle",
    "POST",
    "/account/collections/{collection_id}/reserve_handle",
    (200,),
    result="CollectionHandle",
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    models="figshare_api.models",
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
    ),
    result="Collection",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        ("order", frozenset(("cites", "modified_date", "published_date", "shares", "views"))),
        ("order_direction", frozenset(("asc", "desc"))),
    ),
)
_private_collections_search: Operation[builtins.list[Collection]] = Operation(
    "private_collections_search",
    "POST",
    "/account/collections/search",
    (200,),
    body="json",
    result="Collection",
    models="figshare_api.models",
    many=True,
    required=("body",),
    request="PrivateCollectionSearch",
)


class AccountCollectionsResource:
    """Operations on ``account.collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def article_delete(self, collection_id: int, article_id: int) -> None:
        """Delete collection article.

        De-associate article from collection

        ``DELETE /account/collections/{collection_id}/articles/{article_id}`` (operation
            ``private_collection_article_delete``).

        Args:
            collection_id: Collection unique identifier.
            article_id: Collection article unique identifier.

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
            _private_collection_article_delete, {"collection_id": collection_id, "article_id": article_id}
        )

    def articles_add(self, collection_id: int, *, body: ArticlesCreator) -> Location:
        """Add collection articles.

        Associate new articles with the collection. This will add new articles to the list of already associated
            articles

        ``POST /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ArticlesCreator`.

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
        return self._requester.call(_private_collection_articles_add, {"collection_id": collection_id, "body": body})

    def articles_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """List collection articles.

        ``GET /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_list``).

        Args:
            collection_id: Collection unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

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
            _private_collection_articles_list,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def articles_replace(self, collection_id: int, *, body: ArticlesCreator) -> None:
        """Replace collection articles.

        Associate new articles with the collection. This will remove all already associated articles and add
            these new ones

        ``PUT /account/collections/{collection_id}/articles`` (operation
            ``private_collection_articles_replace``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ArticlesCreator`.

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
            _private_collection_articles_replace, {"collection_id": collection_id, "body": body}
        )

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

        Create a new collection. Institutions with item-type based metadata enabled wrap metadata in a `fields`
            object; stock fields are `categories`, `funding_list`, `related_materials`, and `publisher`.
            `categories` input is a list of objects, each identified by either `id` (int) or `source_id` (string);
            mixed entries allowed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved `source_id` values are
            reported in the response `warnings` array. Bare integers are rejected. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422. `licence` is no longer accepted on collections (removed
            Apr 2026). Institutions without item-type based metadata can use the legacy flat-payload form.

        ``POST /account/collections`` (operation ``private_collection_create``).

        Args:
            body: The request body: an `CollectionCreate`.

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

        Delete n collection

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

        View a collection. For collections with item-type based metadata, all core and stock metadata (including
            `title`) is returned under a `fields` object and suppressed at the top level, with relational fields
            hydrated: `authors → [{id, name, first_name, last_name, is_active, url_name, orcid_id, affiliations}]`,
            `categories → [{id, title, parent_id, path, source_id, taxonomy_id}]`, `funding_list → [{id, title,
            grant_code, funder_name, is_user_defined, url}]` (`url` only when a dimensions id is present),
            `related_materials → [{id, title, relation, identifier, identifier_type}]`, `publisher` returned as-is
            (string). Collections without item-type based metadata keep the legacy flat shape.

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collection_details, {"collection_id": collection_id})

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateCollectionsListOrder | Unset = UNSET,
        order_direction: PrivateCollectionsListOrderDirection | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Private Collections List.

        List private collections

        ``GET /account/collections`` (operation ``private_collections_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
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
            },
        )

    def partial_update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection.

        Partially update a collection by sending only the keys to change. For collections with item-type based
            metadata, send the keys to update inside `fields:{}` — keys not present are preserved. `categories`
            entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers rejected). Unresolved
            `source_id` values are reported in the response `warnings` array. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422.

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).

        Args:
            collection_id: Collection Unique identifier.
            body: The request body: an `CollectionUpdate`.

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

    def search(self, *, body: PrivateCollectionSearch) -> builtins.list[Collection]:
        """Private Collections Search.

        Returns a list of private Collections

        ``POST /account/collections/search`` (operation ``private_collections_search``).

        Args:
            body: The request body: an `PrivateCollectionSearch`.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_collections_search, {"body": body})

    def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection.

        Update a collection by passing full body parameters. Institutions with item-type based metadata enabled
            wrap metadata in a `fields` object; `categories` entries accept `id` (int) or `source_id` (string),
            mixed allowed (bare integers rejected). Unresolved `source_id` values are reported in the response
            `warnings` array. The legacy flat-payload form is also accepted for institutions without item-type based
            metadata.

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).

        Args:
            collection_id: Collection Unique identifier.
            body: The request body: an `CollectionUpdate`.

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

    async def article_delete(self, collection_id: int, article_id: int) -> None:
        """Delete collection article.

        De-associate article from collection

        ``DELETE /account/collections/{collection_id}/articles/{article_id}`` (operation
            ``private_collection_article_delete``).

        Args:
            collection_id: Collection unique identifier.
            article_id: Collection article unique identifier.

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
            _private_collection_article_delete, {"collection_id": collection_id, "article_id": article_id}
        )

    async def articles_add(self, collection_id: int, *, body: ArticlesCreator) -> Location:
        """Add collection articles.

        Associate new articles with the collection. This will add new articles to the list of already associated
            articles

        ``POST /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_add``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ArticlesCreator`.

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
            _private_collection_articles_add, {"collection_id": collection_id, "body": body}
        )

    async def articles_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """List collection articles.

        ``GET /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_list``).

        Args:
            collection_id: Collection unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

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
            _private_collection_articles_list,
            {"collection_id": collection_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def articles_replace(self, collection_id: int, *, body: ArticlesCreator) -> None:
        """Replace collection articles.

        Associate new articles with the collection. This will remove all already associated articles and add
            these new ones

        ``PUT /account/collections/{collection_id}/articles`` (operation
            ``private_collection_articles_replace``).

        Args:
            collection_id: Collection unique identifier.
            body: The request body: an `ArticlesCreator`.

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
            _private_collection_articles_replace, {"collection_id": collection_id, "body": body}
        )

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

        Create a new collection. Institutions with item-type based metadata enabled wrap metadata in a `fields`
            object; stock fields are `categories`, `funding_list`, `related_materials`, and `publisher`.
            `categories` input is a list of objects, each identified by either `id` (int) or `source_id` (string);
            mixed entries allowed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved `source_id` values are
            reported in the response `warnings` array. Bare integers are rejected. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422. `licence` is no longer accepted on collections (removed
            Apr 2026). Institutions without item-type based metadata can use the legacy flat-payload form.

        ``POST /account/collections`` (operation ``private_collection_create``).

        Args:
            body: The request body: an `CollectionCreate`.

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

        Delete n collection

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

        View a collection. For collections with item-type based metadata, all core and stock metadata (including
            `title`) is returned under a `fields` object and suppressed at the top level, with relational fields
            hydrated: `authors → [{id, name, first_name, last_name, is_active, url_name, orcid_id, affiliations}]`,
            `categories → [{id, title, parent_id, path, source_id, taxonomy_id}]`, `funding_list → [{id, title,
            grant_code, funder_name, is_user_defined, url}]` (`url` only when a dimensions id is present),
            `related_materials → [{id, title, relation, identifier, identifier_type}]`, `publisher` returned as-is
            (string). Collections without item-type based metadata keep the legacy flat shape.

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).

        Args:
            collection_id: Collection Unique identifier.

        Returns:
            CollectionCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collection_details, {"collection_id": collection_id})

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateCollectionsListOrder | Unset = UNSET,
        order_direction: PrivateCollectionsListOrderDirection | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Private Collections List.

        List private collections

        ``GET /account/collections`` (operation ``private_collections_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
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
            },
        )

    async def partial_update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection.

        Partially update a collection by sending only the keys to change. For collections with item-type based
            metadata, send the keys to update inside `fields:{}` — keys not present are preserved. `categories`
            entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers rejected). Unresolved
            `source_id` values are reported in the response `warnings` array. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422.

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).

        Args:
            collection_id: Collection Unique identifier.
            body: The request body: an `CollectionUpdate`.

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

    async def search(self, *, body: PrivateCollectionSearch) -> builtins.list[Collection]:
        """Private Collections Search.

        Returns a list of private Collections

        ``POST /account/collections/search`` (operation ``private_collections_search``).

        Args:
            body: The request body: an `PrivateCollectionSearch`.

        Returns:
            list[Collection]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_collections_search, {"body": body})

    async def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection.

        Update a collection by passing full body parameters. Institutions with item-type based metadata enabled
            wrap metadata in a `fields` object; `categories` entries accept `id` (int) or `source_id` (string),
            mixed allowed (bare integers rejected). Unresolved `source_id` values are reported in the response
            `warnings` array. The legacy flat-payload form is also accepted for institutions without item-type based
            metadata.

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).

        Args:
            collection_id: Collection Unique identifier.
            body: The request body: an `CollectionUpdate`.

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
