"""Operations on ``account.articles``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        AccountReport,
        Article,
        ArticleCompletePrivate,
        ArticleConfidentiality,
        ArticleCreate,
        ArticleDOI,
        ArticleEmbargo,
        ArticleEmbargoUpdater,
        ArticleHandle,
        ArticleUnpublishData,
        ArticleUpdate,
        ArticleVersionUpdate,
        ArticleWithProject,
        Author,
        AuthorsCreator,
        CategoriesCreator,
        Category,
        ConfidentialityCreator,
        FileCreator,
        FileId,
        Location,
        LocationWarnings,
        LocationWarningsUpdate,
        PrivateArticleSearch,
        PrivateFile,
        PrivateLink,
        PrivateLinkCreator,
        PrivateLinkResponse,
        Resource,
    )

_account_article_publish: Operation[Location] = Operation(
    "account_article_publish",
    "POST",
    "/account/articles/{article_id}/publish",
    (201,),
    result="Location",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_account_article_report: Operation[builtins.list[AccountReport]] = Operation(
    "account_article_report",
    "GET",
    "/account/articles/export",
    (200,),
    query=(("group_id", "group_id"),),
    result="AccountReport",
    models="figshare_api.models",
    many=True,
    parameters=(("group_id", int),),
)
_account_article_report_generate: Operation[AccountReport] = Operation(
    "account_article_report_generate",
    "POST",
    "/account/articles/export",
    (200,),
    result="AccountReport",
    models="figshare_api.models",
)
_account_article_unpublish: Operation[None] = Operation(
    "account_article_unpublish",
    "POST",
    "/account/articles/{article_id}/unpublish",
    (204,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="ArticleUnpublishData",
)
_article_version_partial_update: Operation[LocationWarningsUpdate] = Operation(
    "article_version_partial_update",
    "PATCH",
    "/account/articles/{article_id}/versions/{version_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api.models",
    parameters=(("article_id", int), ("version_id", int)),
    required=("article_id", "version_id", "body"),
    request="ArticleVersionUpdate",
)
_article_version_update: Operation[LocationWarningsUpdate] = Operation(
    "article_version_update",
    "PUT",
    "/account/articles/{article_id}/versions/{version_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api.models",
    parameters=(("article_id", int), ("version_id", int)),
    required=("article_id", "version_id", "body"),
    request="ArticleVersionUpdate",
)
_article_version_update_thumb: Operation[None] = Operation(
    "article_version_update_thumb",
    "PUT",
    "/account/articles/{article_id}/versions/{version_id}/update_thumb",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int), ("version_id", int)),
    required=("article_id", "version_id", "body"),
    request="FileId",
)
_private_article_author_delete: Operation[None] = Operation(
    "private_article_author_delete",
    "DELETE",
    "/account/articles/{article_id}/authors/{author_id}",
    (204,),
    parameters=(("article_id", int), ("author_id", int)),
    required=("article_id", "author_id"),
)
_private_article_authors_add: Operation[None] = Operation(
    "private_article_authors_add",
    "POST",
    "/account/articles/{article_id}/authors",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="AuthorsCreator",
)
_private_article_authors_list: Operation[builtins.list[Author]] = Operation(
    "private_article_authors_list",
    "GET",
    "/account/articles/{article_id}/authors",
    (200,),
    result="Author",
    models="figshare_api.models",
    many=True,
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_authors_replace: Operation[None] = Operation(
    "private_article_authors_replace",
    "PUT",
    "/account/articles/{article_id}/authors",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="AuthorsCreator",
)
_private_article_categories_add: Operation[None] = Operation(
    "private_article_categories_add",
    "POST",
    "/account/articles/{article_id}/categories",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="CategoriesCreator",
)
_private_article_categories_list: Operation[builtins.list[Category]] = Operation(
    "private_article_categories_list",
    "GET",
    "/account/articles/{article_id}/categories",
    (200,),
    result="Category",
    models="figshare_api.models",
    many=True,
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_categories_replace: Operation[None] = Operation(
    "private_article_categories_replace",
    "PUT",
    "/account/articles/{article_id}/categories",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="CategoriesCreator",
)
_private_article_category_delete: Operation[None] = Operation(
    "private_article_category_delete",
    "DELETE",
    "/account/articles/{article_id}/categories/{category_id}",
    (204,),
    parameters=(("article_id", int), ("category_id", int)),
    required=("article_id", "category_id"),
)
_private_article_confidentiality_delete: Operation[None] = Operation(
    "private_article_confidentiality_delete",
    "DELETE",
    "/account/articles/{article_id}/confidentiality",
    (204,),
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_confidentiality_details: Operation[ArticleConfidentiality] = Operation(
    "private_article_confidentiality_details",
    "GET",
    "/account/articles/{article_id}/confidentiality",
    (200,),
    result="ArticleConfidentiality",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_confidentiality_update: Operation[None] = Operation(
    "private_article_confidentiality_update",
    "PUT",
    "/account/articles/{article_id}/confidentiality",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="ConfidentialityCreator",
)
_private_article_create: Operation[LocationWarnings] = Operation(
    "private_article_create",
    "POST",
    "/account/articles",
    (201,),
    body="json",
    result="LocationWarnings",
    models="figshare_api.models",
    required=("body",),
    request="ArticleCreate",
)
_private_article_delete: Operation[None] = Operation(
    "private_article_delete",
    "DELETE",
    "/account/articles/{article_id}",
    (204,),
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_details: Operation[ArticleCompletePrivate] = Operation(
    "private_article_details",
    "GET",
    "/account/articles/{article_id}",
    (200,),
    result="ArticleCompletePrivate",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_download: Operation[None] = Operation(
    "private_article_download",
    "GET",
    "/account/articles/{article_id}/download",
    (200,),
    query=(("folder_path", "folder_path"),),
    parameters=(("article_id", int), ("folder_path", str)),
    required=("article_id",),
)
_private_article_embargo_delete: Operation[None] = Operation(
    "private_article_embargo_delete",
    "DELETE",
    "/account/articles/{article_id}/embargo",
    (204,),
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_embargo_details: Operation[ArticleEmbargo] = Operation(
    "private_article_embargo_details",
    "GET",
    "/account/articles/{article_id}/embargo",
    (200,),
    result="ArticleEmbargo",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_embargo_update: Operation[None] = Operation(
    "private_article_embargo_update",
    "PUT",
    "/account/articles/{article_id}/embargo",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="ArticleEmbargoUpdater",
)
_private_article_file: Operation[PrivateFile] = Operation(
    "private_article_file",
    "GET",
    "/account/articles/{article_id}/files/{file_id}",
    (200,),
    result="PrivateFile",
    models="figshare_api.models",
    parameters=(("article_id", int), ("file_id", int)),
    required=("article_id", "file_id"),
)
_private_article_file_delete: Operation[None] = Operation(
    "private_article_file_delete",
    "DELETE",
    "/account/articles/{article_id}/files/{file_id}",
    (204,),
    parameters=(("article_id", int), ("file_id", int)),
    required=("article_id", "file_id"),
)
_private_article_files_list: Operation[builtins.list[PrivateFile]] = Operation(
    "private_article_files_list",
    "GET",
    "/account/articles/{article_id}/files",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="PrivateFile",
    models="figshare_api.models",
    many=True,
    parameters=(("article_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("article_id",),
)
_private_article_partial_update: Operation[LocationWarningsUpdate] = Operation(
    "private_article_partial_update",
    "PATCH",
    "/account/articles/{article_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="ArticleUpdate",
)
_private_article_private_link: Operation[builtins.list[PrivateLink]] = Operation(
    "private_article_private_link",
    "GET",
    "/account/articles/{article_id}/private_links",
    (200,),
    result="PrivateLink",
    models="figshare_api.models",
    many=True,
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_private_link_create: Operation[PrivateLinkResponse] = Operation(
    "private_article_private_link_create",
    "POST",
    "/account/articles/{article_id}/private_links",
    (201,),
    body="json",
    result="PrivateLinkResponse",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
    request="PrivateLinkCreator",
)
_private_article_private_link_delete: Operation[None] = Operation(
    "private_article_private_link_delete",
    "DELETE",
    "/account/articles/{article_id}/private_links/{link_id}",
    (204,),
    parameters=(("article_id", int), ("link_id", str)),
    required=("article_id", "link_id"),
)
_private_article_private_link_update: Operation[None] = Operation(
    "private_article_private_link_update",
    "PUT",
    "/account/articles/{article_id}/private_links/{link_id}",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("article_id", int), ("link_id", str)),
    required=("article_id", "link_id"),
    request="PrivateLinkCreator",
)
_private_article_reserve_doi: Operation[ArticleDOI] = Operation(
    "private_article_reserve_doi",
    "POST",
    "/account/articles/{article_id}/reserve_doi",
    (200,),
    result="ArticleDOI",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_reserve_handle: Operation[ArticleHandle] = Operation(
    "private_article_reserve_handle",
    "POST",
    "/account/articles/{article_id}/reserve_handle",
    (200,),
    result="ArticleHandle",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_private_article_resource: Operation[Location] = Operation(
    "private_article_resource",
    "POST",
    "/account/articles/{article_id}/resource",
    (205,),
    body="json",
    result="Location",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="Resource",
)
_private_article_update: Operation[LocationWarningsUpdate] = Operation(
    "private_article_update",
    "PUT",
    "/account/articles/{article_id}",
    (205,),
    body="json",
    result="LocationWarningsUpdate",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id", "body"),
    request="ArticleUpdate",
)
_private_article_upload_complete: Operation[None] = Operation(
    "private_article_upload_complete",
    "POST",
    "/account/articles/{article_id}/files/{file_id}",
    (202,),
    parameters=(("article_id", int), ("file_id", int)),
    required=("article_id", "file_id"),
)
_private_article_upload_initiate: Operation[Location] = Operation(
    "private_article_upload_initiate",
    "POST",
    "/account/articles/{article_id}/files",
    (201,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    body="json",
    result="Location",
    models="figshare_api.models",
    parameters=(("article_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("article_id", "body"),
    request="FileCreator",
)
_private_articles_list: Operation[builtins.list[Article]] = Operation(
    "private_articles_list",
    "GET",
    "/account/articles",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="Article",
    models="figshare_api.models",
    many=True,
    parameters=(("page", int), ("page_size", int), ("limit", int), ("offset", int)),
)
_private_articles_search: Operation[builtins.list[ArticleWithProject]] = Operation(
    "private_articles_search",
    "POST",
    "/account/articles/search",
    (200,),
    body="json",
    result="ArticleWithProject",
    models="figshare_api.models",
    many=True,
    required=("body",),
    request="PrivateArticleSearch",
)


class AccountArticlesResource:
    """Operations on ``account.articles`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def author_delete(self, article_id: int, author_id: int) -> None:
        """Delete article author.

        De-associate author from article

        ``DELETE /account/articles/{article_id}/authors/{author_id}`` (operation
            ``private_article_author_delete``).

        Args:
            article_id: Article unique identifier.
            author_id: Article Author unique identifier.

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
        return self._requester.call(_private_article_author_delete, {"article_id": article_id, "author_id": author_id})

    def authors_add(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Add article authors.

        Associate new authors with the article. This will add new authors to the list of already associated
            authors

        ``POST /account/articles/{article_id}/authors`` (operation ``private_article_authors_add``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_authors_add, {"article_id": article_id, "body": body})

    def authors_list(self, article_id: int) -> builtins.list[Author]:
        """List article authors.

        ``GET /account/articles/{article_id}/authors`` (operation ``private_article_authors_list``).

        Args:
            article_id: Article unique identifier.

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
        return self._requester.call(_private_article_authors_list, {"article_id": article_id})

    def authors_replace(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Replace article authors.

        Associate new authors with the article. This will remove all already associated authors and add these
            new ones

        ``PUT /account/articles/{article_id}/authors`` (operation ``private_article_authors_replace``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_authors_replace, {"article_id": article_id, "body": body})

    def categories_add(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Add article categories.

        Associate new categories with the article. This will add new categories to the list of already
            associated categories

        ``POST /account/articles/{article_id}/categories`` (operation ``private_article_categories_add``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_categories_add, {"article_id": article_id, "body": body})

    def categories_list(self, article_id: int) -> builtins.list[Category]:
        """List article categories.

        ``GET /account/articles/{article_id}/categories`` (operation ``private_article_categories_list``).

        Args:
            article_id: Article unique identifier.

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
        return self._requester.call(_private_article_categories_list, {"article_id": article_id})

    def categories_replace(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Replace article categories.

        Associate new categories with the article. This will remove all already associated categories and add
            these new ones

        ``PUT /account/articles/{article_id}/categories`` (operation ``private_article_categories_replace``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_categories_replace, {"article_id": article_id, "body": body})

    def category_delete(self, article_id: int, category_id: int) -> None:
        """Delete article category.

        De-associate category from article

        ``DELETE /account/articles/{article_id}/categories/{category_id}`` (operation
            ``private_article_category_delete``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(
            _private_article_category_delete, {"article_id": article_id, "category_id": category_id}
        )

    def confidentiality_delete(self, article_id: int) -> None:
        """Delete article confidentiality.

        Delete confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``DELETE /account/articles/{article_id}/confidentiality`` (operation
            ``private_article_confidentiality_delete``).

        Args:
            article_id: Article unique identifier.

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
        return self._requester.call(_private_article_confidentiality_delete, {"article_id": article_id})

    def confidentiality_details(self, article_id: int) -> ArticleConfidentiality:
        """Article confidentiality details.

        View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced by
            the new extended embargo functionality and all items that used to be confidential have now been migrated
            to items with a permanent embargo on files. All API endpoints related to this functionality will remain
            for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``GET /account/articles/{article_id}/confidentiality`` (operation
            ``private_article_confidentiality_details``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_confidentiality_details, {"article_id": article_id})

    def confidentiality_update(self, article_id: int, *, body: ConfidentialityCreator) -> None:
        """Update article confidentiality.

        Update confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``PUT /account/articles/{article_id}/confidentiality`` (operation
            ``private_article_confidentiality_update``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_confidentiality_update, {"article_id": article_id, "body": body})

    def create(self, *, body: ArticleCreate) -> LocationWarnings:
        """Create new Article.

        Create a new Article by sending article information

        ``POST /account/articles`` (operation ``private_article_create``).

        Args:
            body: The request body: an `ArticleCreate`.

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
        return self._requester.call(_private_article_create, {"body": body})

    def delete(self, article_id: int) -> None:
        """Delete article.

        Delete an article

        ``DELETE /account/articles/{article_id}`` (operation ``private_article_delete``).

        Args:
            article_id: Article unique identifier.

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
        return self._requester.call(_private_article_delete, {"article_id": article_id})

    def details(self, article_id: int) -> ArticleCompletePrivate:
        """Article details.

        View a private article

        ``GET /account/articles/{article_id}`` (operation ``private_article_details``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_details, {"article_id": article_id})

    def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Article Download.

        Download files from a private article preserving the folder structure

        ``GET /account/articles/{article_id}/download`` (operation ``private_article_download``).

        Args:
            article_id: Article unique identifier.
            folder_path: Folder path to download. If not provided, all files from the article will be
                downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_download, {"article_id": article_id, "folder_path": folder_path})

    def embargo_delete(self, article_id: int) -> None:
        """Delete Article Embargo.

        Will lift the embargo for the specified article

        ``DELETE /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_delete``).

        Args:
            article_id: Article unique identifier.

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
        return self._requester.call(_private_article_embargo_delete, {"article_id": article_id})

    def embargo_details(self, article_id: int) -> ArticleEmbargo:
        """Article Embargo Details.

        View a private article embargo details

        ``GET /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_details``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_embargo_details, {"article_id": article_id})

    def embargo_update(self, article_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Article Embargo.

        Note: setting an article under whole embargo does not imply that the article will be published when the
            embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        ``PUT /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_update``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_embargo_update, {"article_id": article_id, "body": body})

    def file_delete(self, article_id: int, file_id: int) -> None:
        """File Delete.

        Complete file upload

        ``DELETE /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file_delete``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_file_delete, {"article_id": article_id, "file_id": file_id})

    def file_details(self, article_id: int, file_id: int) -> PrivateFile:
        """Single File.

        View details of file for specified article

        ``GET /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_file, {"article_id": article_id, "file_id": file_id})

    def files_list(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List article files.

        List private files

        ``GET /account/articles/{article_id}/files`` (operation ``private_article_files_list``).

        Args:
            article_id: Article unique identifier.
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
            _private_article_files_list,
            {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Private Articles.

        Get Own Articles

        ``GET /account/articles`` (operation ``private_articles_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_articles_list, {"page": page, "page_size": page_size, "limit": limit, "offset": offset}
        )

    def partial_update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Partially update article.

        Partially update an article by sending only the fields to change.

        ``PATCH /account/articles/{article_id}`` (operation ``private_article_partial_update``).

        Args:
            article_id: Article unique identifier.
            body: The request body: an `ArticleUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_partial_update, {"article_id": article_id, "body": body})

    def private_link_create(self, article_id: int, *, body: PrivateLinkCreator | Unset = UNSET) -> PrivateLinkResponse:
        """Create private link.

        Create new private link for this article

        ``POST /account/articles/{article_id}/private_links`` (operation
            ``private_article_private_link_create``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_private_link_create, {"article_id": article_id, "body": body})

    def private_link_delete(self, article_id: int, link_id: str) -> None:
        """Disable private link.

        Disable/delete private link for this article

        ``DELETE /account/articles/{article_id}/private_links/{link_id}`` (operation
            ``private_article_private_link_delete``).

        Args:
            article_id: Article unique identifier.
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
            _private_article_private_link_delete, {"article_id": article_id, "link_id": link_id}
        )

    def private_link_update(self, article_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET) -> None:
        """Update private link.

        Update existing private link for this article

        ``PUT /account/articles/{article_id}/private_links/{link_id}`` (operation
            ``private_article_private_link_update``).

        Args:
            article_id: Article unique identifier.
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
            _private_article_private_link_update, {"article_id": article_id, "link_id": link_id, "body": body}
        )

    def private_links_list(self, article_id: int) -> builtins.list[PrivateLink]:
        """List private links.

        ``GET /account/articles/{article_id}/private_links`` (operation ``private_article_private_link``).

        Args:
            article_id: Article unique identifier.

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
        return self._requester.call(_private_article_private_link, {"article_id": article_id})

    def publish(self, article_id: int) -> Location:
        """Private Article Publish.

        - If the whole article is under embargo, it will not be published immediately, but when the embargo
            expires or is lifted. - When an article is published, a new public version will be generated. Any
            further updates to the article will affect the private article data. In order to make these changes
            publicly visible, an explicit publish operation is needed.

        ``POST /account/articles/{article_id}/publish`` (operation ``account_article_publish``).

        Args:
            article_id: Article unique identifier.

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
        return self._requester.call(_account_article_publish, {"article_id": article_id})

    def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Article Report.

        Return status on all reports generated for the account from the oauth credentials

        ``GET /account/articles/export`` (operation ``account_article_report``).

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
        return self._requester.call(_account_article_report, {"group_id": group_id})

    def report_generate(self) -> AccountReport:
        """Initiate a new Report.

        Initiate a new Article Report for this Account. There is a limit of 1 report per day.

        ``POST /account/articles/export`` (operation ``account_article_report_generate``).

        Returns:
            AccountReport: the parsed response body.

        Raises:
            figshare.RateLimitError: too many requests, after the retries (429).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_account_article_report_generate, {})

    def reserve_doi(self, article_id: int) -> ArticleDOI:
        """Private Article Reserve DOI.

        Reserve DOI for article

        ``POST /account/articles/{article_id}/reserve_doi`` (operation ``private_article_reserve_doi``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleDOI: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_reserve_doi, {"article_id": article_id})

    def reserve_handle(self, article_id: int) -> ArticleHandle:
        """Private Article Reserve Handle.

        Reserve Handle for article

        ``POST /account/articles/{article_id}/reserve_handle`` (operation ``private_article_reserve_handle``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleHandle: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_reserve_handle, {"article_id": article_id})

    def resource_create(self, article_id: int, *, body: Resource) -> Location:
        """Private Article Resource.

        Edit article resource data.

        ``POST /account/articles/{article_id}/resource`` (operation ``private_article_resource``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_resource, {"article_id": article_id, "body": body})

    def search(self, *, body: PrivateArticleSearch) -> builtins.list[ArticleWithProject]:
        """Private Articles search.

        Returns a list of private articles filtered by the search parameters

        ``POST /account/articles/search`` (operation ``private_articles_search``).

        Args:
            body: The request body: an `PrivateArticleSearch`.

        Returns:
            list[ArticleWithProject]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_articles_search, {"body": body})

    def unpublish(self, article_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Article Unpublish.

        Allows authorized users to unpublish an article.

        ``POST /account/articles/{article_id}/unpublish`` (operation ``account_article_unpublish``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_account_article_unpublish, {"article_id": article_id, "body": body})

    def update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Update article.

        Update an article by passing full body parameters.

        ``PUT /account/articles/{article_id}`` (operation ``private_article_update``).

        Args:
            article_id: Article unique identifier.
            body: The request body: an `ArticleUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_article_update, {"article_id": article_id, "body": body})

    def upload_complete(self, article_id: int, file_id: int) -> None:
        """Complete Upload.

        Complete file upload

        ``POST /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_upload_complete``).

        Args:
            article_id: Article unique identifier.
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
        return self._requester.call(_private_article_upload_complete, {"article_id": article_id, "file_id": file_id})

    def upload_initiate(
        self,
        article_id: int,
        *,
        body: FileCreator,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Location:
        """Initiate Upload.

        Initiate a new file upload within the article. Either use the link property to point to an existing file
            that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5, name,
            size).

        ``POST /account/articles/{article_id}/files`` (operation ``private_article_upload_initiate``).

        Args:
            article_id: Article unique identifier.
            body: The request body: an `FileCreator`.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

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
        return self._requester.call(
            _private_article_upload_initiate,
            {
                "article_id": article_id,
                "body": body,
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
            },
        )

    def version_partial_update(
        self, article_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update article version.

        Partially updating an article version by passing only the fields to change.

        ``PATCH /account/articles/{article_id}/versions/{version_id}`` (operation
            ``article_version_partial_update``).

        Args:
            article_id: Article unique identifier.
            version_id: Article version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _article_version_partial_update, {"article_id": article_id, "version_id": version_id, "body": body}
        )

    def version_update(self, article_id: int, version_id: int, *, body: ArticleVersionUpdate) -> LocationWarningsUpdate:
        """Update article version.

        Updating an article version by passing body parameters.

        ``PUT /account/articles/{article_id}/versions/{version_id}`` (operation ``article_version_update``).

        Args:
            article_id: Article unique identifier.
            version_id: Article version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _article_version_update, {"article_id": article_id, "version_id": version_id, "body": body}
        )

    def version_update_thumb(self, article_id: int, version_id: int, *, body: FileId) -> None:
        """Update article version thumbnail.

        For a given public article version update the article thumbnail by choosing one of the associated files

        ``PUT /account/articles/{article_id}/versions/{version_id}/update_thumb`` (operation
            ``article_version_update_thumb``).

        Args:
            article_id: Article unique identifier.
            version_id: Article version identifier.
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
            _article_version_update_thumb, {"article_id": article_id, "version_id": version_id, "body": body}
        )


class AsyncAccountArticlesResource:
    """Operations on ``account.articles`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def author_delete(self, article_id: int, author_id: int) -> None:
        """Delete article author.

        De-associate author from article

        ``DELETE /account/articles/{article_id}/authors/{author_id}`` (operation
            ``private_article_author_delete``).

        Args:
            article_id: Article unique identifier.
            author_id: Article Author unique identifier.

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
            _private_article_author_delete, {"article_id": article_id, "author_id": author_id}
        )

    async def authors_add(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Add article authors.

        Associate new authors with the article. This will add new authors to the list of already associated
            authors

        ``POST /account/articles/{article_id}/authors`` (operation ``private_article_authors_add``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_authors_add, {"article_id": article_id, "body": body})

    async def authors_list(self, article_id: int) -> builtins.list[Author]:
        """List article authors.

        ``GET /account/articles/{article_id}/authors`` (operation ``private_article_authors_list``).

        Args:
            article_id: Article unique identifier.

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
        return await self._requester.call(_private_article_authors_list, {"article_id": article_id})

    async def authors_replace(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Replace article authors.

        Associate new authors with the article. This will remove all already associated authors and add these
            new ones

        ``PUT /account/articles/{article_id}/authors`` (operation ``private_article_authors_replace``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_authors_replace, {"article_id": article_id, "body": body})

    async def categories_add(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Add article categories.

        Associate new categories with the article. This will add new categories to the list of already
            associated categories

        ``POST /account/articles/{article_id}/categories`` (operation ``private_article_categories_add``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_categories_add, {"article_id": article_id, "body": body})

    async def categories_list(self, article_id: int) -> builtins.list[Category]:
        """List article categories.

        ``GET /account/articles/{article_id}/categories`` (operation ``private_article_categories_list``).

        Args:
            article_id: Article unique identifier.

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
        return await self._requester.call(_private_article_categories_list, {"article_id": article_id})

    async def categories_replace(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Replace article categories.

        Associate new categories with the article. This will remove all already associated categories and add
            these new ones

        ``PUT /account/articles/{article_id}/categories`` (operation ``private_article_categories_replace``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_categories_replace, {"article_id": article_id, "body": body})

    async def category_delete(self, article_id: int, category_id: int) -> None:
        """Delete article category.

        De-associate category from article

        ``DELETE /account/articles/{article_id}/categories/{category_id}`` (operation
            ``private_article_category_delete``).

        Args:
            article_id: Article unique identifier.
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
            _private_article_category_delete, {"article_id": article_id, "category_id": category_id}
        )

    async def confidentiality_delete(self, article_id: int) -> None:
        """Delete article confidentiality.

        Delete confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``DELETE /account/articles/{article_id}/confidentiality`` (operation
            ``private_article_confidentiality_delete``).

        Args:
            article_id: Article unique identifier.

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
        return await self._requester.call(_private_article_confidentiality_delete, {"article_id": article_id})

    async def confidentiality_details(self, article_id: int) -> ArticleConfidentiality:
        """Article confidentiality details.

        View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced by
            the new extended embargo functionality and all items that used to be confidential have now been migrated
            to items with a permanent embargo on files. All API endpoints related to this functionality will remain
            for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``GET /account/articles/{article_id}/confidentiality`` (operation
            ``private_article_confidentiality_details``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_article_confidentiality_details, {"article_id": article_id})

    async def confidentiality_update(self, article_id: int, *, body: ConfidentialityCreator) -> None:
        """Update article confidentiality.

        Update confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
            by the new extended embargo functionality and all items that used to be confidential have now been
            migrated to items with a permanent embargo on files. All API endpoints related to this functionality
            will remain for backwards compatibility, but will now be attached to the new extended embargo workflows.

        ``PUT /account/articles/{article_id}/confidentiality`` (operation
            ``private_article_confidentiality_update``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(
            _private_article_confidentiality_update, {"article_id": article_id, "body": body}
        )

    async def create(self, *, body: ArticleCreate) -> LocationWarnings:
        """Create new Article.

        Create a new Article by sending article information

        ``POST /account/articles`` (operation ``private_article_create``).

        Args:
            body: The request body: an `ArticleCreate`.

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
        return await self._requester.call(_private_article_create, {"body": body})

    async def delete(self, article_id: int) -> None:
        """Delete article.

        Delete an article

        ``DELETE /account/articles/{article_id}`` (operation ``private_article_delete``).

        Args:
            article_id: Article unique identifier.

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
        return await self._requester.call(_private_article_delete, {"article_id": article_id})

    async def details(self, article_id: int) -> ArticleCompletePrivate:
        """Article details.

        View a private article

        ``GET /account/articles/{article_id}`` (operation ``private_article_details``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_article_details, {"article_id": article_id})

    async def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Article Download.

        Download files from a private article preserving the folder structure

        ``GET /account/articles/{article_id}/download`` (operation ``private_article_download``).

        Args:
            article_id: Article unique identifier.
            folder_path: Folder path to download. If not provided, all files from the article will be
                downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_article_download, {"article_id": article_id, "folder_path": folder_path}
        )

    async def embargo_delete(self, article_id: int) -> None:
        """Delete Article Embargo.

        Will lift the embargo for the specified article

        ``DELETE /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_delete``).

        Args:
            article_id: Article unique identifier.

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
        return await self._requester.call(_private_article_embargo_delete, {"article_id": article_id})

    async def embargo_details(self, article_id: int) -> ArticleEmbargo:
        """Article Embargo Details.

        View a private article embargo details

        ``GET /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_details``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_article_embargo_details, {"article_id": article_id})

    async def embargo_update(self, article_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Article Embargo.

        Note: setting an article under whole embargo does not imply that the article will be published when the
            embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        ``PUT /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_update``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_embargo_update, {"article_id": article_id, "body": body})

    async def file_delete(self, article_id: int, file_id: int) -> None:
        """File Delete.

        Complete file upload

        ``DELETE /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file_delete``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_file_delete, {"article_id": article_id, "file_id": file_id})

    async def file_details(self, article_id: int, file_id: int) -> PrivateFile:
        """Single File.

        View details of file for specified article

        ``GET /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_file, {"article_id": article_id, "file_id": file_id})

    async def files_list(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List article files.

        List private files

        ``GET /account/articles/{article_id}/files`` (operation ``private_article_files_list``).

        Args:
            article_id: Article unique identifier.
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
            _private_article_files_list,
            {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Private Articles.

        Get Own Articles

        ``GET /account/articles`` (operation ``private_articles_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_articles_list, {"page": page, "page_size": page_size, "limit": limit, "offset": offset}
        )

    async def partial_update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Partially update article.

        Partially update an article by sending only the fields to change.

        ``PATCH /account/articles/{article_id}`` (operation ``private_article_partial_update``).

        Args:
            article_id: Article unique identifier.
            body: The request body: an `ArticleUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_article_partial_update, {"article_id": article_id, "body": body})

    async def private_link_create(
        self, article_id: int, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create private link.

        Create new private link for this article

        ``POST /account/articles/{article_id}/private_links`` (operation
            ``private_article_private_link_create``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(
            _private_article_private_link_create, {"article_id": article_id, "body": body}
        )

    async def private_link_delete(self, article_id: int, link_id: str) -> None:
        """Disable private link.

        Disable/delete private link for this article

        ``DELETE /account/articles/{article_id}/private_links/{link_id}`` (operation
            ``private_article_private_link_delete``).

        Args:
            article_id: Article unique identifier.
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
            _private_article_private_link_delete, {"article_id": article_id, "link_id": link_id}
        )

    async def private_link_update(
        self, article_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update private link.

        Update existing private link for this article

        ``PUT /account/articles/{article_id}/private_links/{link_id}`` (operation
            ``private_article_private_link_update``).

        Args:
            article_id: Article unique identifier.
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
            _private_article_private_link_update, {"article_id": article_id, "link_id": link_id, "body": body}
        )

    async def private_links_list(self, article_id: int) -> builtins.list[PrivateLink]:
        """List private links.

        ``GET /account/articles/{article_id}/private_links`` (operation ``private_article_private_link``).

        Args:
            article_id: Article unique identifier.

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
        return await self._requester.call(_private_article_private_link, {"article_id": article_id})

    async def publish(self, article_id: int) -> Location:
        """Private Article Publish.

        - If the whole article is under embargo, it will not be published immediately, but when the embargo
            expires or is lifted. - When an article is published, a new public version will be generated. Any
            further updates to the article will affect the private article data. In order to make these changes
            publicly visible, an explicit publish operation is needed.

        ``POST /account/articles/{article_id}/publish`` (operation ``account_article_publish``).

        Args:
            article_id: Article unique identifier.

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
        return await self._requester.call(_account_article_publish, {"article_id": article_id})

    async def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Article Report.

        Return status on all reports generated for the account from the oauth credentials

        ``GET /account/articles/export`` (operation ``account_article_report``).

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
        return await self._requester.call(_account_article_report, {"group_id": group_id})

    async def report_generate(self) -> AccountReport:
        """Initiate a new Report.

        Initiate a new Article Report for this Account. There is a limit of 1 report per day.

        ``POST /account/articles/export`` (operation ``account_article_report_generate``).

        Returns:
            AccountReport: the parsed response body.

        Raises:
            figshare.RateLimitError: too many requests, after the retries (429).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_account_article_report_generate, {})

    async def reserve_doi(self, article_id: int) -> ArticleDOI:
        """Private Article Reserve DOI.

        Reserve DOI for article

        ``POST /account/articles/{article_id}/reserve_doi`` (operation ``private_article_reserve_doi``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleDOI: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_article_reserve_doi, {"article_id": article_id})

    async def reserve_handle(self, article_id: int) -> ArticleHandle:
        """Private Article Reserve Handle.

        Reserve Handle for article

        ``POST /account/articles/{article_id}/reserve_handle`` (operation ``private_article_reserve_handle``).

        Args:
            article_id: Article unique identifier.

        Returns:
            ArticleHandle: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_article_reserve_handle, {"article_id": article_id})

    async def resource_create(self, article_id: int, *, body: Resource) -> Location:
        """Private Article Resource.

        Edit article resource data.

        ``POST /account/articles/{article_id}/resource`` (operation ``private_article_resource``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_private_article_resource, {"article_id": article_id, "body": body})

    async def search(self, *, body: PrivateArticleSearch) -> builtins.list[ArticleWithProject]:
        """Private Articles search.

        Returns a list of private articles filtered by the search parameters

        ``POST /account/articles/search`` (operation ``private_articles_search``).

        Args:
            body: The request body: an `PrivateArticleSearch`.

        Returns:
            list[ArticleWithProject]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_articles_search, {"body": body})

    async def unpublish(self, article_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Article Unpublish.

        Allows authorized users to unpublish an article.

        ``POST /account/articles/{article_id}/unpublish`` (operation ``account_article_unpublish``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(_account_article_unpublish, {"article_id": article_id, "body": body})

    async def update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Update article.

        Update an article by passing full body parameters.

        ``PUT /account/articles/{article_id}`` (operation ``private_article_update``).

        Args:
            article_id: Article unique identifier.
            body: The request body: an `ArticleUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_article_update, {"article_id": article_id, "body": body})

    async def upload_complete(self, article_id: int, file_id: int) -> None:
        """Complete Upload.

        Complete file upload

        ``POST /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_upload_complete``).

        Args:
            article_id: Article unique identifier.
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
        return await self._requester.call(
            _private_article_upload_complete, {"article_id": article_id, "file_id": file_id}
        )

    async def upload_initiate(
        self,
        article_id: int,
        *,
        body: FileCreator,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Location:
        """Initiate Upload.

        Initiate a new file upload within the article. Either use the link property to point to an existing file
            that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5, name,
            size).

        ``POST /account/articles/{article_id}/files`` (operation ``private_article_upload_initiate``).

        Args:
            article_id: Article unique identifier.
            body: The request body: an `FileCreator`.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

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
        return await self._requester.call(
            _private_article_upload_initiate,
            {
                "article_id": article_id,
                "body": body,
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
            },
        )

    async def version_partial_update(
        self, article_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update article version.

        Partially updating an article version by passing only the fields to change.

        ``PATCH /account/articles/{article_id}/versions/{version_id}`` (operation
            ``article_version_partial_update``).

        Args:
            article_id: Article unique identifier.
            version_id: Article version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _article_version_partial_update, {"article_id": article_id, "version_id": version_id, "body": body}
        )

    async def version_update(
        self, article_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Update article version.

        Updating an article version by passing body parameters.

        ``PUT /account/articles/{article_id}/versions/{version_id}`` (operation ``article_version_update``).

        Args:
            article_id: Article unique identifier.
            version_id: Article version identifier.
            body: The request body: an `ArticleVersionUpdate`.

        Returns:
            LocationWarningsUpdate: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _article_version_update, {"article_id": article_id, "version_id": version_id, "body": body}
        )

    async def version_update_thumb(self, article_id: int, version_id: int, *, body: FileId) -> None:
        """Update article version thumbnail.

        For a given public article version update the article thumbnail by choosing one of the associated files

        ``PUT /account/articles/{article_id}/versions/{version_id}/update_thumb`` (operation
            ``article_version_update_thumb``).

        Args:
            article_id: Article unique identifier.
            version_id: Article version identifier.
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
            _article_version_update_thumb, {"article_id": article_id, "version_id": version_id, "body": body}
        )
