"""Operations on ``projects``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        Article,
        Project,
        ProjectComplete,
        ProjectsListOrder,
        ProjectsListOrderDirection,
        ProjectsSearch,
    )

_project_articles: Operation[builtins.list[Article]] = Operation(
    "project_articles",
    "GET",
    "/projects/{project_id}/articles",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="Article",
    models="figshare_api.models",
    many=True,
    parameters=(("project_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("project_id",),
)
_project_details: Operation[ProjectComplete] = Operation(
    "project_details",
    "GET",
    "/projects/{project_id}",
    (200,),
    result="ProjectComplete",
    models="figshare_api.models",
    parameters=(("project_id", int),),
    required=("project_id",),
)
_projects_list: Operation[builtins.list[Project]] = Operation(
    "projects_list",
    "GET",
    "/projects",
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
        ("group", "group"),
    ),
    headers=(("x_cursor", "X-Cursor"),),
    result="Project",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        ("order", frozenset(("modified_date", "published_date", "views"))),
        ("order_direction", frozenset(("asc", "desc"))),
        ("institution", int),
        ("published_since", str),
        ("group", int),
        ("x_cursor", str),
    ),
)
_projects_search: Operation[builtins.list[Project]] = Operation(
    "projects_search",
    "POST",
    "/projects/search",
    (200,),
    headers=(("x_cursor", "X-Cursor"),),
    body="json",
    result="Project",
    models="figshare_api.models",
    many=True,
    parameters=(("x_cursor", str),),
    request="ProjectsSearch",
)


class ProjectsResource:
    """Operations on ``projects`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def articles_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Project Articles.

        List articles in project

        ``GET /projects/{project_id}/articles`` (operation ``project_articles``).

        Args:
            project_id: Project Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _project_articles,
            {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def details(self, project_id: int) -> ProjectComplete:
        """Public Project.

        View a project

        ``GET /projects/{project_id}`` (operation ``project_details``).

        Args:
            project_id: Project Unique identifier.

        Returns:
            ProjectComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_project_details, {"project_id": project_id})

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsListOrder | Unset = UNSET,
        order_direction: ProjectsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects.

        Returns a list of public projects

        ``GET /projects`` (operation ``projects_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: only return collections from this institution.
            published_since: Filter by article publishing date. Will only return articles published after the
                date. date(ISO 8601) YYYY-MM-DD.
            group: only return collections from this group.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _projects_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "published_since": published_since,
                "group": group,
                "x_cursor": x_cursor,
            },
        )

    def search(self, *, body: ProjectsSearch | Unset = UNSET, x_cursor: str | Unset = UNSET) -> builtins.list[Project]:
        """Public Projects Search.

        Returns a list of public articles

        ``POST /projects/search`` (operation ``projects_search``).

        Args:
            body: The request body: an `ProjectsSearch`.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_projects_search, {"body": body, "x_cursor": x_cursor})


class AsyncProjectsResource:
    """Operations on ``projects`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def articles_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Project Articles.

        List articles in project

        ``GET /projects/{project_id}/articles`` (operation ``project_articles``).

        Args:
            project_id: Project Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _project_articles,
            {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def details(self, project_id: int) -> ProjectComplete:
        """Public Project.

        View a project

        ``GET /projects/{project_id}`` (operation ``project_details``).

        Args:
            project_id: Project Unique identifier.

        Returns:
            ProjectComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_project_details, {"project_id": project_id})

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsListOrder | Unset = UNSET,
        order_direction: ProjectsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects.

        Returns a list of public projects

        ``GET /projects`` (operation ``projects_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: only return collections from this institution.
            published_since: Filter by article publishing date. Will only return articles published after the
                date. date(ISO 8601) YYYY-MM-DD.
            group: only return collections from this group.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _projects_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "published_since": published_since,
                "group": group,
                "x_cursor": x_cursor,
            },
        )

    async def search(
        self, *, body: ProjectsSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[Project]:
        """Public Projects Search.

        Returns a list of public articles

        ``POST /projects/search`` (operation ``projects_search``).

        Args:
            body: The request body: an `ProjectsSearch`.
            x_cursor: Unique hash used for bypassing the item retrieval limit of 9,000 entities. When using this
                parameter, please note that the offset parameter will not be available, but the limit parameter will
                still work as expected.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_projects_search, {"body": body, "x_cursor": x_cursor})
