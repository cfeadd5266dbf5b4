"""Operations on ``projects``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import (
        ItemWithProject,
        Project,
        ProjectComplete,
        ProjectsPublicListOrder,
        ProjectsPublicListOrderDirection,
        ProjectsSearch,
    )

_project_details: Operation[ProjectComplete] = Operation(
    "project_details",
    "GET",
    "/projects/{project_id}",
    (200,),
    result="ProjectComplete",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id",),
)
_project_items: Operation[builtins.list[ItemWithProject]] = Operation(
    "project_items",
    "GET",
    "/projects/{project_id}/items",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="ItemWithProject",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("project_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("project_id",),
)
_projects_public_list: Operation[builtins.list[Project]] = Operation(
    "projects_public_list",
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
        ("group", "group"),
    ),
    result="Project",
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
                    "finish_date",
                    "first_online",
                    "modified_date",
                    "posted_date",
                    "publisher_accepted",
                    "publisher_published",
                    "start_date",
                )
            ),
        ),
        ("order_direction", frozenset(("asc", "desc"))),
        ("institution", int),
        ("group", int),
    ),
)
_projects_public_search: Operation[builtins.list[Project]] = Operation(
    "projects_public_search",
    "POST",
    "/projects/search",
    (200,),
    body="json",
    result="Project",
    models="figshare_api_v3.models",
    many=True,
    request="ProjectsSearch",
)


class ProjectsResource:
    """Operations on ``projects`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, project_id: int) -> ProjectComplete:
        """Public Project.

        View a public project. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /projects/{project_id}`` (operation ``project_details``).

        Args:
            project_id: Project Unique identifier.

        Returns:
            ProjectComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_project_details, {"project_id": project_id})

    def items_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Project Items.

        List items in project Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``GET /projects/{project_id}/items`` (operation ``project_items``).

        Args:
            project_id: Project Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[ItemWithProject]: the parsed response body.

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
            _project_items,
            {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsPublicListOrder | Unset = UNSET,
        order_direction: ProjectsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects.

        List public projects from institutions with item-type based metadata enabled. Returns the light list
            shape; fetch `/v3/projects/{project_id}` for the full detail including the `fields` object.

        ``GET /projects`` (operation ``projects_public_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Date keys. Legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: Only return projects from this institution.
            group: Only return projects from this group.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _projects_public_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "group": group,
            },
        )

    def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[Project]:
        """Public Projects Search.

        Search public projects. Same light list shape as `/v3/projects`.

        ``POST /projects/search`` (operation ``projects_public_search``).

        Args:
            body: v3 project search payload. `order` accepts the current date keys; legacy keys
                (`published_date`, `modified_date`, `views`) are rejected for institutions with item-type based
                metadata enabled.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_projects_public_search, {"body": body})


class AsyncProjectsResource:
    """Operations on ``projects`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, project_id: int) -> ProjectComplete:
        """Public Project.

        View a public project. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /projects/{project_id}`` (operation ``project_details``).

        Args:
            project_id: Project Unique identifier.

        Returns:
            ProjectComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_project_details, {"project_id": project_id})

    async def items_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Project Items.

        List items in project Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``GET /projects/{project_id}/items`` (operation ``project_items``).

        Args:
            project_id: Project Unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[ItemWithProject]: the parsed response body.

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
            _project_items,
            {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsPublicListOrder | Unset = UNSET,
        order_direction: ProjectsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects.

        List public projects from institutions with item-type based metadata enabled. Returns the light list
            shape; fetch `/v3/projects/{project_id}` for the full detail including the `fields` object.

        ``GET /projects`` (operation ``projects_public_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Date keys. Legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.
            order_direction: Order direction: ``asc`` or ``desc``.
            institution: Only return projects from this institution.
            group: Only return projects from this group.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _projects_public_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "institution": institution,
                "group": group,
            },
        )

    async def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[Project]:
        """Public Projects Search.

        Search public projects. Same light list shape as `/v3/projects`.

        ``POST /projects/search`` (operation ``projects_public_search``).

        Args:
            body: v3 project search payload. `order` accepts the current date keys; legacy keys
                (`published_date`, `modified_date`, `views`) are rejected for institutions with item-type based
                metadata enabled.

        Returns:
            list[Project]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_projects_public_search, {"body": body})
