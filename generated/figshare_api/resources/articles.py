"""Operations on ``articles``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        Article,
        ArticleComplete,
        ArticleConfidentiality,
        ArticleEmbargo,
        ArticleSearch,
        ArticlesListOrder,
        ArticlesListOrderDirection,
        ArticleVersions,
        ArticleWithProject,
        PublicFile,
    )

_article_details: Operation[ArticleComplete] = Operation(
    "article_details",
    "GET",
    "/articles/{article_id}",
    (200,),
    result="ArticleComplete",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_article_file_details: Operation[PublicFile] = Operation(
    "article_file_details",
    "GET",
    "/articles/{article_id}/files/{file_id}",
    (200,),
    result="PublicFile",
    models="figshare_api.models",
    parameters=(("article_id", int), ("file_id", int)),
    required=("article_id", "file_id"),
)
_article_files: Operation[builtins.list[PublicFile]] = Operation(
    "article_files",
    "GET",
    "/articles/{article_id}/files",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="PublicFile",
    models="figshare_api.models",
    many=True,
    parameters=(("article_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("article_id",),
)
_article_version_confidentiality: Operation[ArticleConfidentiality] = Operation(
    "article_version_confidentiality",
    "GET",
    "/articles/{article_id}/versions/{version_id}/confidentiality",
    (200,),
    result="ArticleConfidentiality",
    models="figshare_api.models",
    parameters=(("article_id", int), ("version_id", int)),
    required=("article_id", "version_id"),
)
_article_version_details: Operation[ArticleComplete] = Operation(
    "article_version_details",
    "GET",
    "/articles/{article_id}/versions/{version_id}",
    (200,),
    result="ArticleComplete",
    models="figshare_api.models",
    parameters=(("article_id", int), ("version_id", int)),
    required=("article_id", "version_id"),
)
_article_version_embargo: Operation[ArticleEmbargo] = Operation(
    "article_version_embargo",
    "GET",
    "/articles/{article_id}/versions/{version_id}/embargo",
    (200,),
    result="ArticleEmbargo",
    models="figshare_api.models",
    parameters=(("article_id", int), ("version_id", int)),
    required=("article_id", "version_id"),
)
_article_version_files: Operation[builtins.list[PublicFile]] = Operation(
    "article_version_files",
    "GET",
    "/articles/{article_id}/versions/{version_id}/files",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="PublicFile",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("article_id", int),
        ("version_id", int),
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
    ),
    required=("article_id", "version_id"),
)
_article_versions: Operation[builtins.list[ArticleVersions]] = Operation(
    "article_versions",
    "GET",
    "/articles/{article_id}/versions",
    (200,),
    result="ArticleVersions",
    models="figshare_api.models",
    many=True,
    parameters=(("article_id", int),),
    required=("article_id",),
)
_articles_list: Operation[builtins.list[Article]] = Operation(
    "articles_list",
    "GET",
    "/articles",
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
        ("item_type", "item_type"),
        ("doi", "doi"),
        ("handle", "handle"),
    ),
    headers=(("x_cursor", "X-Cursor"),),
    result="Article",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        (
            "order",
            frozenset(("cites", "created_date", "downloads", "modified_date", "published_date", "shares", "views")),
        ),
        ("order_direction", frozenset(("asc", "desc"))),
        ("institution", int),
        ("published_since", str),
        ("modified_since", str),
        ("group", int),
        ("resource_doi", str),
        ("item_type", int),
        ("doi", str),
        ("handle", str),
        ("x_cursor", str),
    ),
)
_articles_search: Operation[builtins.list[ArticleWithProject]] = Operation(
    "articles_search",
    "POST",
    "/articles/search",
    (200,),
    headers=(("x_cursor", "X-Cursor"),),
    body="json",
    result="ArticleWithProject",
    models="figshare_api.models",
    many=True,
    parameters=(("x_cursor", str),),
    request="ArticleSearch",
)
_public_article_download: Operation[None] = Operation(
    "public_article_download",
    "GET",
    "/articles/{article_id}/download",
    (200,),
    query=(("folder_path", "folder_path"),),
    parameters=(("article_id", int), ("folder_path", str)),
    required=("article_id",),
)
_public_article_version_download: Operation[None] = Operation(
    "public_article_version_download",
    "GET",
    "/articles/{article_id}/versions/{version_id}/download",
    (200,),
    query=(("folder_path", "folder_path"),),
    parameters=(("article_id", int), ("version_id", int), ("folder_path", str)),
    required=("article_id", "version_id"),
)


class ArticlesResource:
    """Operations on ``articles`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, article_id: int) -> ArticleComplete:
        """View article details.

        View an article

        ``GET /articles/{article_id}`` (operation ``article_details``).

        Args:
            article_id: Article Unique identifier.

        Returns:
            ArticleComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_article_details, {"article_id": article_id})

    def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Download.

        Download files from a public article preserving the folder structure

        ``GET /articles/{article_id}/download`` (operation ``public_article_download``).

        Args:
            article_id: Article unique identifier.
            folder_path: Folder path to download. If not provided, all files from the article will be
                downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_public_article_download, {"article_id": article_id, "folder_path": folder_path})

    def file_details(self, article_id: int, file_id: int) -> PublicFile:
        """Article file details.

        File by id

        ``GET /articles/{article_id}/files/{file_id}`` (operation ``article_file_details``).

        Args:
            article_id: Article Unique identifier.
            file_id: File Unique identifier.

        Returns:
            PublicFile: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_article_file_details, {"article_id": article_id, "file_id": file_id})

    def files_list(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List article files.

        Files list for article

        ``GET /articles/{article_id}/files`` (operation ``article_files``).

        Args:
            article_id: Article Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _article_files,
            {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ArticlesListOrder | Unset = UNSET,
        order_direction: ArticlesListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type: int | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Articles.

        Returns a list of public articles

        ``GET /articles`` (operation ``articles_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: only return articles from this institution.
            published_since: Filter by article publishing date. Will only return articles published after the
                date. date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            modified_since: Filter by article modified date. Will only return articles modified after the date.
                date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            group: only return articles from this group.
            resource_doi: Deprecated by related materials. Only return articles with this resource_doi.
            item_type: Only return articles with the respective type. Mapping for item_type is: 1 - Figure, 2 -
                Media, 3 - Dataset, 5 - Poster, 6 - Journal contribution, 7 - Presentation, 8 - Thesis, 9 -
                Software, 11 - Online resource, 12 - Preprint, 13 - Book, 14 - Conference contribution, 15 -
                Chapter, 16 - Peer review, 17 - Educational resource, 18 - Report, 19 - Standard, 20 - Composition,
                21 - Funding, 22 - Physical object, 23 - Data management plan, 24 - Workflow, 25 - Monograph, 26 -
                Performance, 27 - Event, 28 - Service, 29 - Model.
            doi: only return articles with this doi.
            handle: only return articles with this handle.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _articles_list,
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
                "item_type": item_type,
                "doi": doi,
                "handle": handle,
                "x_cursor": x_cursor,
            },
        )

    def search(
        self, *, body: ArticleSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[ArticleWithProject]:
        """Public Articles Search.

        Returns a list of public articles, filtered by the search parameters

        ``POST /articles/search`` (operation ``articles_search``).

        Args:
            body: The request body: an `ArticleSearch`.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[ArticleWithProject]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_articles_search, {"body": body, "x_cursor": x_cursor})

    def version_confidentiality_details(self, article_id: int, version_id: int) -> ArticleConfidentiality:
        """Public Article Confidentiality for article version.

        Confidentiality for article version. The confidentiality feature is now deprecated. This has been
            replaced by the new extended embargo functionality and all items that used to be confidential have now
            been migrated to items with a permanent embargo on files. All API endpoints related to this
            functionality will remain for backwards compatibility, but will now be attached to the new extended
            embargo workflows.

        ``GET /articles/{article_id}/versions/{version_id}/confidentiality`` (operation
            ``article_version_confidentiality``).

        Args:
            article_id: Article Unique identifier.
            version_id: Version Number.

        Returns:
            ArticleConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _article_version_confidentiality, {"article_id": article_id, "version_id": version_id}
        )

    def version_details(self, article_id: int, version_id: int) -> ArticleComplete:
        """Article details for version.

        Article with specified version

        ``GET /articles/{article_id}/versions/{version_id}`` (operation ``article_version_details``).

        Args:
            article_id: Article Unique identifier.
            version_id: Article Version Number.

        Returns:
            ArticleComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_article_version_details, {"article_id": article_id, "version_id": version_id})

    def version_download(self, article_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Version Download.

        Download files from a certain version of an public article preserving the folder structure

        ``GET /articles/{article_id}/versions/{version_id}/download`` (operation
            ``public_article_version_download``).

        Args:
            article_id: Article unique identifier.
            version_id: Version Number.
            folder_path: Folder path to download. If not provided, all files from the article will be
                downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _public_article_version_download,
            {"article_id": article_id, "version_id": version_id, "folder_path": folder_path},
        )

    def version_embargo_details(self, article_id: int, version_id: int) -> ArticleEmbargo:
        """Public Article Embargo for article version.

        Embargo for article version

        ``GET /articles/{article_id}/versions/{version_id}/embargo`` (operation ``article_version_embargo``).

        Args:
            article_id: Article Unique identifier.
            version_id: Version Number.

        Returns:
            ArticleEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_article_version_embargo, {"article_id": article_id, "version_id": version_id})

    def version_files_list(
        self,
        article_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Article version files.

        Article version file details

        ``GET /articles/{article_id}/versions/{version_id}/files`` (operation ``article_version_files``).

        Args:
            article_id: Article Unique identifier.
            version_id: Article Version Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _article_version_files,
            {
                "article_id": article_id,
                "version_id": version_id,
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
            },
        )

    def versions_list(self, article_id: int) -> builtins.list[ArticleVersions]:
        """List article versions.

        List public article versions

        ``GET /articles/{article_id}/versions`` (operation ``article_versions``).

        Args:
            article_id: Article Unique identifier.

        Returns:
            list[ArticleVersions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_article_versions, {"article_id": article_id})


class AsyncArticlesResource:
    """Operations on ``articles`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, article_id: int) -> ArticleComplete:
        """View article details.

        View an article

        ``GET /articles/{article_id}`` (operation ``article_details``).

        Args:
            article_id: Article Unique identifier.

        Returns:
            ArticleComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_article_details, {"article_id": article_id})

    async def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Download.

        Download files from a public article preserving the folder structure

        ``GET /articles/{article_id}/download`` (operation ``public_article_download``).

        Args:
            article_id: Article unique identifier.
            folder_path: Folder path to download. If not provided, all files from the article will be
                downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _public_article_download, {"article_id": article_id, "folder_path": folder_path}
        )

    async def file_details(self, article_id: int, file_id: int) -> PublicFile:
        """Article file details.

        File by id

        ``GET /articles/{article_id}/files/{file_id}`` (operation ``article_file_details``).

        Args:
            article_id: Article Unique identifier.
            file_id: File Unique identifier.

        Returns:
            PublicFile: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_article_file_details, {"article_id": article_id, "file_id": file_id})

    async def files_list(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List article files.

        Files list for article

        ``GET /articles/{article_id}/files`` (operation ``article_files``).

        Args:
            article_id: Article Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _article_files,
            {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ArticlesListOrder | Unset = UNSET,
        order_direction: ArticlesListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type: int | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Articles.

        Returns a list of public articles

        ``GET /articles`` (operation ``articles_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: only return articles from this institution.
            published_since: Filter by article publishing date. Will only return articles published after the
                date. date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            modified_since: Filter by article modified date. Will only return articles modified after the date.
                date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            group: only return articles from this group.
            resource_doi: Deprecated by related materials. Only return articles with this resource_doi.
            item_type: Only return articles with the respective type. Mapping for item_type is: 1 - Figure, 2 -
                Media, 3 - Dataset, 5 - Poster, 6 - Journal contribution, 7 - Presentation, 8 - Thesis, 9 -
                Software, 11 - Online resource, 12 - Preprint, 13 - Book, 14 - Conference contribution, 15 -
                Chapter, 16 - Peer review, 17 - Educational resource, 18 - Report, 19 - Standard, 20 - Composition,
                21 - Funding, 22 - Physical object, 23 - Data management plan, 24 - Workflow, 25 - Monograph, 26 -
                Performance, 27 - Event, 28 - Service, 29 - Model.
            doi: only return articles with this doi.
            handle: only return articles with this handle.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _articles_list,
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
                "item_type": item_type,
                "doi": doi,
                "handle": handle,
                "x_cursor": x_cursor,
            },
        )

    async def search(
        self, *, body: ArticleSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[ArticleWithProject]:
        """Public Articles Search.

        Returns a list of public articles, filtered by the search parameters

        ``POST /articles/search`` (operation ``articles_search``).

        Args:
            body: The request body: an `ArticleSearch`.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[ArticleWithProject]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_articles_search, {"body": body, "x_cursor": x_cursor})

    async def version_confidentiality_details(self, article_id: int, version_id: int) -> ArticleConfidentiality:
        """Public Article Confidentiality for article version.

        Confidentiality for article version. The confidentiality feature is now deprecated. This has been
            replaced by the new extended embargo functionality and all items that used to be confidential have now
            been migrated to items with a permanent embargo on files. All API endpoints related to this
            functionality will remain for backwards compatibility, but will now be attached to the new extended
            embargo workflows.

        ``GET /articles/{article_id}/versions/{version_id}/confidentiality`` (operation
            ``article_version_confidentiality``).

        Args:
            article_id: Article Unique identifier.
            version_id: Version Number.

        Returns:
            ArticleConfidentiality: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _article_version_confidentiality, {"article_id": article_id, "version_id": version_id}
        )

    async def version_details(self, article_id: int, version_id: int) -> ArticleComplete:
        """Article details for version.

        Article with specified version

        ``GET /articles/{article_id}/versions/{version_id}`` (operation ``article_version_details``).

        Args:
            article_id: Article Unique identifier.
            version_id: Article Version Number.

        Returns:
            ArticleComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _article_version_details, {"article_id": article_id, "version_id": version_id}
        )

    async def version_download(self, article_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Version Download.

        Download files from a certain version of an public article preserving the folder structure

        ``GET /articles/{article_id}/versions/{version_id}/download`` (operation
            ``public_article_version_download``).

        Args:
            article_id: Article unique identifier.
            version_id: Version Number.
            folder_path: Folder path to download. If not provided, all files from the article will be
                downloaded.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _public_article_version_download,
            {"article_id": article_id, "version_id": version_id, "folder_path": folder_path},
        )

    async def version_embargo_details(self, article_id: int, version_id: int) -> ArticleEmbargo:
        """Public Article Embargo for article version.

        Embargo for article version

        ``GET /articles/{article_id}/versions/{version_id}/embargo`` (operation ``article_version_embargo``).

        Args:
            article_id: Article Unique identifier.
            version_id: Version Number.

        Returns:
            ArticleEmbargo: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _article_version_embargo, {"article_id": article_id, "version_id": version_id}
        )

    async def version_files_list(
        self,
        article_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Article version files.

        Article version file details

        ``GET /articles/{article_id}/versions/{version_id}/files`` (operation ``article_version_files``).

        Args:
            article_id: Article Unique identifier.
            version_id: Article Version Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[PublicFile]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _article_version_files,
            {
                "article_id": article_id,
                "version_id": version_id,
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
            },
        )

    async def versions_list(self, article_id: int) -> builtins.list[ArticleVersions]:
        """List article versions.

        List public article versions

        ``GET /articles/{article_id}/versions`` (operation ``article_versions``).

        Args:
            article_id: Article Unique identifier.

        Returns:
            list[ArticleVersions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_article_versions, {"article_id": article_id})
