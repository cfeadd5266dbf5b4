"""Operations on ``account.projects``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import (
        CreateProjectResponse,
        Item,
        ItemCompletePrivate,
        ItemTypeField,
        Location,
        PrivateFile,
        PrivateProjectItemsCreateBody,
        PrivateProjectsListOrder,
        PrivateProjectsListOrderDirection,
        PrivateProjectsListStorage,
        ProjectCollaborator,
        ProjectCollaboratorInvite,
        ProjectCompletePrivate,
        ProjectCreate,
        ProjectNote,
        ProjectNoteCreate,
        ProjectNotePrivate,
        ProjectPrivate,
        ProjectsSearch,
        ProjectUpdate,
        ResponseMessage,
        UnderlyingField,
    )

_private_project_collaborator__Delete: Operation[None] = Operation(
    "private_project_collaborator__Delete",
    "DELETE",
    "/account/projects/{project_id}/collaborators/{user_id}",
    (204,),
    parameters=(("project_id", int), ("user_id", int)),
    required=("project_id", "user_id"),
)
_private_project_collaborators_invite: Operation[ResponseMessage] = Operation(
    "private_project_collaborators_invite",
    "POST",
    "/account/projects/{project_id}/collaborators",
    (201,),
    body="json",
    result="ResponseMessage",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id", "body"),
    request="ProjectCollaboratorInvite",
)
_private_project_collaborators_list: Operation[builtins.list[ProjectCollaborator]] = Operation(
    "private_project_collaborators_list",
    "GET",
    "/account/projects/{project_id}/collaborators",
    (200,),
    result="ProjectCollaborator",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("project_id", int),),
    required=("project_id",),
)
_private_project_create: Operation[CreateProjectResponse] = Operation(
    "private_project_create",
    "POST",
    "/account/projects",
    (201,),
    body="json",
    result="CreateProjectResponse",
    models="figshare_api_v3.models",
    required=("body",),
    request="ProjectCreate",
)
_private_project_delete: Operation[None] = Operation(
    "private_project_delete",
    "DELETE",
    "/account/projects/{project_id}",
    (204,),
    parameters=(("project_id", int),),
    required=("project_id",),
)
_private_project_details: Operation[ProjectCompletePrivate] = Operation(
    "private_project_details",
    "GET",
    "/account/projects/{project_id}",
    (200,),
    result="ProjectCompletePrivate",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id",),
)
_private_project_item_delete: Operation[None] = Operation(
    "private_project_item_delete",
    "DELETE",
    "/account/projects/{project_id}/items/{item_id}",
    (204,),
    parameters=(("project_id", int), ("item_id", int)),
    required=("project_id", "item_id"),
)
_private_project_item_details: Operation[ItemCompletePrivate] = Operation(
    "private_project_item_details",
    "GET",
    "/account/projects/{project_id}/items/{item_id}",
    (200,),
    result="ItemCompletePrivate",
    models="figshare_api_v3.models",
    parameters=(("project_id", int), ("item_id", int)),
    required=("project_id", "item_id"),
)
_private_project_item_file: Operation[PrivateFile] = Operation(
    "private_project_item_file",
    "GET",
    "/account/projects/{project_id}/items/{item_id}/files/{file_id}",
    (200,),
    result="PrivateFile",
    models="figshare_api_v3.models",
    parameters=(("project_id", int), ("item_id", int), ("file_id", int)),
    required=("project_id", "item_id", "file_id"),
)
_private_project_item_files: Operation[builtins.list[PrivateFile]] = Operation(
    "private_project_item_files",
    "GET",
    "/account/projects/{project_id}/items/{item_id}/files",
    (200,),
    result="PrivateFile",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("project_id", int), ("item_id", int)),
    required=("project_id", "item_id"),
)
_private_project_items_create: Operation[Location] = Operation(
    "private_project_items_create",
    "POST",
    "/account/projects/{project_id}/items",
    (201,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id", "body"),
    request="PrivateProjectItemsCreateBody",
)
_private_project_items_list: Operation[builtins.list[Item]] = Operation(
    "private_project_items_list",
    "GET",
    "/account/projects/{project_id}/items",
    (200,),
    query=(("limit", "limit"), ("offset", "offset")),
    result="Item",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("project_id", int), ("limit", int), ("offset", int)),
    required=("project_id",),
)
_private_project_leave: Operation[None] = Operation(
    "private_project_leave",
    "POST",
    "/account/projects/{project_id}/leave",
    (204,),
    parameters=(("project_id", int),),
    required=("project_id",),
)
_private_project_note: Operation[ProjectNotePrivate] = Operation(
    "private_project_note",
    "GET",
    "/account/projects/{project_id}/notes/{note_id}",
    (200,),
    result="ProjectNotePrivate",
    models="figshare_api_v3.models",
    parameters=(("project_id", int), ("note_id", int)),
    required=("project_id", "note_id"),
)
_private_project_note_delete: Operation[None] = Operation(
    "private_project_note_delete",
    "DELETE",
    "/account/projects/{project_id}/notes/{note_id}",
    (204,),
    parameters=(("project_id", int), ("note_id", int)),
    required=("project_id", "note_id"),
)
_private_project_note_update: Operation[None] = Operation(
    "private_project_note_update",
    "PUT",
    "/account/projects/{project_id}/notes/{note_id}",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("project_id", int), ("note_id", int)),
    required=("project_id", "note_id", "body"),
    request="ProjectNoteCreate",
)
_private_project_notes_create: Operation[Location] = Operation(
    "private_project_notes_create",
    "POST",
    "/account/projects/{project_id}/notes",
    (201,),
    body="json",
    result="Location",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id", "body"),
    request="ProjectNoteCreate",
)
_private_project_notes_list: Operation[builtins.list[ProjectNote]] = Operation(
    "private_project_notes_list",
    "GET",
    "/account/projects/{project_id}/notes",
    (200,),
    query=(("page", "page"), ("page_size", "page_size"), ("limit", "limit"), ("offset", "offset")),
    result="ProjectNote",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("project_id", int), ("page", int), ("page_size", int), ("limit", int), ("offset", int)),
    required=("project_id",),
)
_private_project_partial_update: Operation[None] = Operation(
    "private_project_partial_update",
    "PATCH",
    "/account/projects/{project_id}",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id",),
    request="ProjectUpdate",
)
_private_project_publish: Operation[ResponseMessage] = Operation(
    "private_project_publish",
    "POST",
    "/account/projects/{project_id}/publish",
    (200,),
    result="ResponseMessage",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id",),
)
_private_project_update: Operation[None] = Operation(
    "private_project_update",
    "PUT",
    "/account/projects/{project_id}",
    (205,),
    body="json",
    models="figshare_api_v3.models",
    parameters=(("project_id", int),),
    required=("project_id", "body"),
    request="ProjectUpdate",
)
_private_projects_list: Operation[builtins.list[ProjectPrivate]] = Operation(
    "private_projects_list",
    "GET",
    "/account/projects",
    (200,),
    query=(
        ("page", "page"),
        ("page_size", "page_size"),
        ("limit", "limit"),
        ("offset", "offset"),
        ("order", "order"),
        ("order_direction", "order_direction"),
        ("storage", "storage"),
        ("roles", "roles"),
    ),
    result="ProjectPrivate",
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
        ("storage", frozenset(("group", "individual"))),
        ("roles", str),
    ),
)
_private_projects_search: Operation[builtins.list[ProjectPrivate]] = Operation(
    "private_projects_search",
    "POST",
    "/account/projects/search",
    (200,),
    body="json",
    result="ProjectPrivate",
    models="figshare_api_v3.models",
    many=True,
    request="ProjectsSearch",
)
_projects_fields_catalog: Operation[builtins.list[UnderlyingField]] = Operation(
    "projects_fields_catalog",
    "GET",
    "/account/projects/fields",
    (200,),
    result="UnderlyingField",
    models="figshare_api_v3.models",
    many=True,
)
_projects_fields_configuration: Operation[builtins.list[ItemTypeField]] = Operation(
    "projects_fields_configuration",
    "GET",
    "/account/projects/fields/configuration",
    (200,),
    query=(("group_id", "group_id"),),
    result="ItemTypeField",
    models="figshare_api_v3.models",
    many=True,
    parameters=(("group_id", int),),
)


class AccountProjectsResource:
    """Operations on ``account.projects`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def collaborator_delete(self, project_id: int, user_id: int) -> None:
        """Remove project collaborator.

        ``DELETE /account/projects/{project_id}/collaborators/{user_id}`` (operation
            ``private_project_collaborator__Delete``).

        Args:
            project_id: Project unique identifier.
            user_id: User unique identifier.

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
            _private_project_collaborator__Delete, {"project_id": project_id, "user_id": user_id}
        )

    def collaborators_invite(self, project_id: int, *, body: ProjectCollaboratorInvite) -> ResponseMessage:
        """Invite project collaborators.

        Invite users to collaborate on project or view the project

        ``POST /account/projects/{project_id}/collaborators`` (operation
            ``private_project_collaborators_invite``).

        Args:
            project_id: Project unique identifier.
            body: The request body: an `ProjectCollaboratorInvite`.

        Returns:
            ResponseMessage: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_project_collaborators_invite, {"project_id": project_id, "body": body})

    def collaborators_list(self, project_id: int) -> builtins.list[ProjectCollaborator]:
        """List project collaborators.

        List Project collaborators and invited users

        ``GET /account/projects/{project_id}/collaborators`` (operation ``private_project_collaborators_list``).

        Args:
            project_id: Project unique identifier.

        Returns:
            list[ProjectCollaborator]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_project_collaborators_list, {"project_id": project_id})

    def create(self, *, body: ProjectCreate) -> CreateProjectResponse:
        """Create project.

        Create a new project. All metadata is wrapped in a `fields` object (`title` is required; `description`,
            `funding_list`, and any configured custom fields are optional); `group_id` is the only top-level key.
            Legacy flat-payload top-level metadata is rejected with 422. `funding_list` entries accept either
            `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a new user-defined entry).
            Unrecognised field names inside `fields` (e.g. a typo) are rejected with 422.

        ``POST /account/projects`` (operation ``private_project_create``).

        Args:
            body: v3 project creation payload. All metadata goes inside 'fields'; only group_id stays top-level.

        Returns:
            CreateProjectResponse: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_project_create, {"body": body})

    def delete(self, project_id: int) -> None:
        """Delete project.

        A project can be deleted only if: - it is not public - it does not have public articles. When an
            individual project is deleted, all the articles are moved to my data of each owner. When a group project
            is deleted, all the articles and files are deleted as well. Only project owner, group admin and above
            can delete a project. Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``DELETE /account/projects/{project_id}`` (operation ``private_project_delete``).

        Args:
            project_id: Project unique identifier.

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
        return self._requester.call(_private_project_delete, {"project_id": project_id})

    def details(self, project_id: int) -> ProjectCompletePrivate:
        """View project details.

        View a private project. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/projects/{project_id}`` (operation ``private_project_details``).

        Args:
            project_id: Project unique identifier.

        Returns:
            ProjectCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_project_details, {"project_id": project_id})

    def fields_configuration_details(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Project Field Configuration.

        Returns the fields configured for projects, including per-type overrides (display_name, hint_text,
            is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``GET /account/projects/fields/configuration`` (operation ``projects_fields_configuration``).

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
        return self._requester.call(_projects_fields_configuration, {"group_id": group_id})

    def fields_list(self) -> builtins.list[UnderlyingField]:
        """Project Field Definitions.

        Returns the catalog of underlying field definitions for projects. Requires item-type based metadata to
            be enabled for the institution; returns 403 otherwise.

        ``GET /account/projects/fields`` (operation ``projects_fields_catalog``).

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
        return self._requester.call(_projects_fields_catalog, {})

    def item_create(self, project_id: int, *, body: PrivateProjectItemsCreateBody) -> Location:
        """Create project item.

        Create a new Item and associate it with this project

        ``POST /account/projects/{project_id}/items`` (operation ``private_project_items_create``).

        Args:
            project_id: Project unique identifier.
            body: The request body: an `PrivateProjectItemsCreateBody`.

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
        return self._requester.call(_private_project_items_create, {"project_id": project_id, "body": body})

    def item_delete(self, project_id: int, item_id: int) -> None:
        """Delete project item.

        ``DELETE /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_delete``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.

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
        return self._requester.call(_private_project_item_delete, {"project_id": project_id, "item_id": item_id})

    def item_details(self, project_id: int, item_id: int) -> ItemCompletePrivate:
        """Project item details.

        ``GET /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_details``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.

        Returns:
            ItemCompletePrivate: Full item representation including item-type based metadata fields (private).
                Same as ArticleCompletePrivate plus optional fields property.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_project_item_details, {"project_id": project_id, "item_id": item_id})

    def item_file_details(self, project_id: int, item_id: int, file_id: int) -> PrivateFile:
        """Project item file details.

        ``GET /account/projects/{project_id}/items/{item_id}/files/{file_id}`` (operation
            ``private_project_item_file``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.
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
        return self._requester.call(
            _private_project_item_file, {"project_id": project_id, "item_id": item_id, "file_id": file_id}
        )

    def item_files_list(self, project_id: int, item_id: int) -> builtins.list[PrivateFile]:
        """Project item list files.

        List item files

        ``GET /account/projects/{project_id}/items/{item_id}/files`` (operation ``private_project_item_files``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.

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
        return self._requester.call(_private_project_item_files, {"project_id": project_id, "item_id": item_id})

    def items_list(
        self, project_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> builtins.list[Item]:
        """List project items.

        List project items Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``GET /account/projects/{project_id}/items`` (operation ``private_project_items_list``).

        Args:
            project_id: Project unique identifier.
            limit: Number of results included on a page. Used for pagination with offset.
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
            _private_project_items_list, {"project_id": project_id, "limit": limit, "offset": offset}
        )

    def leave(self, project_id: int) -> None:
        """Private Project Leave.

        Please note: project's owner cannot leave the project.

        ``POST /account/projects/{project_id}/leave`` (operation ``private_project_leave``).

        Args:
            project_id: Project unique identifier.

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
        return self._requester.call(_private_project_leave, {"project_id": project_id})

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateProjectsListOrder | Unset = UNSET,
        order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
        storage: PrivateProjectsListStorage | Unset = UNSET,
        roles: str | Unset = UNSET,
    ) -> builtins.list[ProjectPrivate]:
        """Private Projects.

        List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled for
            the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

        ``GET /account/projects`` (operation ``private_projects_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Date keys. Legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.
            order_direction: Order direction: ``asc`` or ``desc``.
            storage: Only return projects with this storage type.
            roles: Any combination of owner, collaborator, viewer separated by comma.

        Returns:
            list[ProjectPrivate]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_projects_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "storage": storage,
                "roles": roles,
            },
        )

    def note_create(self, project_id: int, *, body: ProjectNoteCreate) -> Location:
        """Create project note.

        Create a new project note

        ``POST /account/projects/{project_id}/notes`` (operation ``private_project_notes_create``).

        Args:
            project_id: Project unique identifier.
            body: The request body: an `ProjectNoteCreate`.

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
        return self._requester.call(_private_project_notes_create, {"project_id": project_id, "body": body})

    def note_delete(self, project_id: int, note_id: int) -> None:
        """Delete project note.

        ``DELETE /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_delete``).

        Args:
            project_id: Project unique identifier.
            note_id: Note unique identifier.

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
        return self._requester.call(_private_project_note_delete, {"project_id": project_id, "note_id": note_id})

    def note_details(self, project_id: int, note_id: int) -> ProjectNotePrivate:
        """Project note details.

        ``GET /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note``).

        Args:
            project_id: Project unique identifier.
            note_id: Note unique identifier.

        Returns:
            ProjectNotePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_project_note, {"project_id": project_id, "note_id": note_id})

    def note_update(self, project_id: int, note_id: int, *, body: ProjectNoteCreate) -> None:
        """Update project note.

        ``PUT /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_update``).

        Args:
            project_id: Project unique identifier.
            note_id: Note unique identifier.
            body: The request body: an `ProjectNoteCreate`.

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
            _private_project_note_update, {"project_id": project_id, "note_id": note_id, "body": body}
        )

    def notes_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ProjectNote]:
        """List project notes.

        ``GET /account/projects/{project_id}/notes`` (operation ``private_project_notes_list``).

        Args:
            project_id: Project unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[ProjectNote]: the parsed response body.

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
            _private_project_notes_list,
            {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    def partial_update(self, project_id: int, *, body: ProjectUpdate | Unset = UNSET) -> None:
        """Partially update project.

        Partially update a project; only provided keys will be changed. For institutions with item-type based
            metadata enabled, send the keys to update inside `fields:{}` — keys not present are preserved.
            `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``PATCH /account/projects/{project_id}`` (operation ``private_project_partial_update``).

        Args:
            project_id: Project unique identifier.
            body: v3 project update payload. Send only the metadata that changes inside 'fields'. The project
                group cannot be changed.

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
        return self._requester.call(_private_project_partial_update, {"project_id": project_id, "body": body})

    def publish(self, project_id: int) -> ResponseMessage:
        """Private Project Publish.

        Publish a project. Possible after all items inside it are public

        ``POST /account/projects/{project_id}/publish`` (operation ``private_project_publish``).

        Args:
            project_id: Project unique identifier.

        Returns:
            ResponseMessage: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_project_publish, {"project_id": project_id})

    def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[ProjectPrivate]:
        """Private Projects Search.

        Search the caller's own projects. Same light list shape as `/v3/account/projects`.

        ``POST /account/projects/search`` (operation ``private_projects_search``).

        Args:
            body: v3 project search payload. `order` accepts the current date keys; legacy keys
                (`published_date`, `modified_date`, `views`) are rejected for institutions with item-type based
                metadata enabled.

        Returns:
            list[ProjectPrivate]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_projects_search, {"body": body})

    def update(self, project_id: int, *, body: ProjectUpdate) -> None:
        """Update project.

        Update a project by passing full body parameters. Metadata is wrapped in a `fields` object.
            `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Requires item-type based metadata
            to be enabled for the institution; returns 403 otherwise.

        ``PUT /account/projects/{project_id}`` (operation ``private_project_update``).

        Args:
            project_id: Project unique identifier.
            body: v3 project update payload. Send only the metadata that changes inside 'fields'. The project
                group cannot be changed.

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
        return self._requester.call(_private_project_update, {"project_id": project_id, "body": body})


class AsyncAccountProjectsResource:
    """Operations on ``account.projects`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def collaborator_delete(self, project_id: int, user_id: int) -> None:
        """Remove project collaborator.

        ``DELETE /account/projects/{project_id}/collaborators/{user_id}`` (operation
            ``private_project_collaborator__Delete``).

        Args:
            project_id: Project unique identifier.
            user_id: User unique identifier.

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
            _private_project_collaborator__Delete, {"project_id": project_id, "user_id": user_id}
        )

    async def collaborators_invite(self, project_id: int, *, body: ProjectCollaboratorInvite) -> ResponseMessage:
        """Invite project collaborators.

        Invite users to collaborate on project or view the project

        ``POST /account/projects/{project_id}/collaborators`` (operation
            ``private_project_collaborators_invite``).

        Args:
            project_id: Project unique identifier.
            body: The request body: an `ProjectCollaboratorInvite`.

        Returns:
            ResponseMessage: the parsed response body.

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
            _private_project_collaborators_invite, {"project_id": project_id, "body": body}
        )

    async def collaborators_list(self, project_id: int) -> builtins.list[ProjectCollaborator]:
        """List project collaborators.

        List Project collaborators and invited users

        ``GET /account/projects/{project_id}/collaborators`` (operation ``private_project_collaborators_list``).

        Args:
            project_id: Project unique identifier.

        Returns:
            list[ProjectCollaborator]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_project_collaborators_list, {"project_id": project_id})

    async def create(self, *, body: ProjectCreate) -> CreateProjectResponse:
        """Create project.

        Create a new project. All metadata is wrapped in a `fields` object (`title` is required; `description`,
            `funding_list`, and any configured custom fields are optional); `group_id` is the only top-level key.
            Legacy flat-payload top-level metadata is rejected with 422. `funding_list` entries accept either
            `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a new user-defined entry).
            Unrecognised field names inside `fields` (e.g. a typo) are rejected with 422.

        ``POST /account/projects`` (operation ``private_project_create``).

        Args:
            body: v3 project creation payload. All metadata goes inside 'fields'; only group_id stays top-level.

        Returns:
            CreateProjectResponse: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_project_create, {"body": body})

    async def delete(self, project_id: int) -> None:
        """Delete project.

        A project can be deleted only if: - it is not public - it does not have public articles. When an
            individual project is deleted, all the articles are moved to my data of each owner. When a group project
            is deleted, all the articles and files are deleted as well. Only project owner, group admin and above
            can delete a project. Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``DELETE /account/projects/{project_id}`` (operation ``private_project_delete``).

        Args:
            project_id: Project unique identifier.

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
        return await self._requester.call(_private_project_delete, {"project_id": project_id})

    async def details(self, project_id: int) -> ProjectCompletePrivate:
        """View project details.

        View a private project. Metadata is returned under the `fields` object with relational fields hydrated
            (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
            metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/projects/{project_id}`` (operation ``private_project_details``).

        Args:
            project_id: Project unique identifier.

        Returns:
            ProjectCompletePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_project_details, {"project_id": project_id})

    async def fields_configuration_details(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Project Field Configuration.

        Returns the fields configured for projects, including per-type overrides (display_name, hint_text,
            is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``GET /account/projects/fields/configuration`` (operation ``projects_fields_configuration``).

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
        return await self._requester.call(_projects_fields_configuration, {"group_id": group_id})

    async def fields_list(self) -> builtins.list[UnderlyingField]:
        """Project Field Definitions.

        Returns the catalog of underlying field definitions for projects. Requires item-type based metadata to
            be enabled for the institution; returns 403 otherwise.

        ``GET /account/projects/fields`` (operation ``projects_fields_catalog``).

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
        return await self._requester.call(_projects_fields_catalog, {})

    async def item_create(self, project_id: int, *, body: PrivateProjectItemsCreateBody) -> Location:
        """Create project item.

        Create a new Item and associate it with this project

        ``POST /account/projects/{project_id}/items`` (operation ``private_project_items_create``).

        Args:
            project_id: Project unique identifier.
            body: The request body: an `PrivateProjectItemsCreateBody`.

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
        return await self._requester.call(_private_project_items_create, {"project_id": project_id, "body": body})

    async def item_delete(self, project_id: int, item_id: int) -> None:
        """Delete project item.

        ``DELETE /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_delete``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.

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
        return await self._requester.call(_private_project_item_delete, {"project_id": project_id, "item_id": item_id})

    async def item_details(self, project_id: int, item_id: int) -> ItemCompletePrivate:
        """Project item details.

        ``GET /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_details``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.

        Returns:
            ItemCompletePrivate: Full item representation including item-type based metadata fields (private).
                Same as ArticleCompletePrivate plus optional fields property.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_project_item_details, {"project_id": project_id, "item_id": item_id})

    async def item_file_details(self, project_id: int, item_id: int, file_id: int) -> PrivateFile:
        """Project item file details.

        ``GET /account/projects/{project_id}/items/{item_id}/files/{file_id}`` (operation
            ``private_project_item_file``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.
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
        return await self._requester.call(
            _private_project_item_file, {"project_id": project_id, "item_id": item_id, "file_id": file_id}
        )

    async def item_files_list(self, project_id: int, item_id: int) -> builtins.list[PrivateFile]:
        """Project item list files.

        List item files

        ``GET /account/projects/{project_id}/items/{item_id}/files`` (operation ``private_project_item_files``).

        Args:
            project_id: Project unique identifier.
            item_id: Project Item unique identifier.

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
        return await self._requester.call(_private_project_item_files, {"project_id": project_id, "item_id": item_id})

    async def items_list(
        self, project_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> builtins.list[Item]:
        """List project items.

        List project items Requires item-type based metadata to be enabled for the institution; returns 403
            otherwise.

        ``GET /account/projects/{project_id}/items`` (operation ``private_project_items_list``).

        Args:
            project_id: Project unique identifier.
            limit: Number of results included on a page. Used for pagination with offset.
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
            _private_project_items_list, {"project_id": project_id, "limit": limit, "offset": offset}
        )

    async def leave(self, project_id: int) -> None:
        """Private Project Leave.

        Please note: project's owner cannot leave the project.

        ``POST /account/projects/{project_id}/leave`` (operation ``private_project_leave``).

        Args:
            project_id: Project unique identifier.

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
        return await self._requester.call(_private_project_leave, {"project_id": project_id})

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateProjectsListOrder | Unset = UNSET,
        order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
        storage: PrivateProjectsListStorage | Unset = UNSET,
        roles: str | Unset = UNSET,
    ) -> builtins.list[ProjectPrivate]:
        """Private Projects.

        List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled for
            the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

        ``GET /account/projects`` (operation ``private_projects_list``).

        Args:
            page: Page number, from 1 (page with ``page``/``page_size`` or with ``limit``/``offset``, not both).
            page_size: Results per page (at most 1000; Figshare's default is 10).
            limit: Number of results to return (at most 1000; with ``offset``).
            offset: Number of results to skip (with ``limit``).
            order: Date keys. Legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.
            order_direction: Order direction: ``asc`` or ``desc``.
            storage: Only return projects with this storage type.
            roles: Any combination of owner, collaborator, viewer separated by comma.

        Returns:
            list[ProjectPrivate]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_projects_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "storage": storage,
                "roles": roles,
            },
        )

    async def note_create(self, project_id: int, *, body: ProjectNoteCreate) -> Location:
        """Create project note.

        Create a new project note

        ``POST /account/projects/{project_id}/notes`` (operation ``private_project_notes_create``).

        Args:
            project_id: Project unique identifier.
            body: The request body: an `ProjectNoteCreate`.

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
        return await self._requester.call(_private_project_notes_create, {"project_id": project_id, "body": body})

    async def note_delete(self, project_id: int, note_id: int) -> None:
        """Delete project note.

        ``DELETE /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_delete``).

        Args:
            project_id: Project unique identifier.
            note_id: Note unique identifier.

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
        return await self._requester.call(_private_project_note_delete, {"project_id": project_id, "note_id": note_id})

    async def note_details(self, project_id: int, note_id: int) -> ProjectNotePrivate:
        """Project note details.

        ``GET /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note``).

        Args:
            project_id: Project unique identifier.
            note_id: Note unique identifier.

        Returns:
            ProjectNotePrivate: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_project_note, {"project_id": project_id, "note_id": note_id})

    async def note_update(self, project_id: int, note_id: int, *, body: ProjectNoteCreate) -> None:
        """Update project note.

        ``PUT /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_update``).

        Args:
            project_id: Project unique identifier.
            note_id: Note unique identifier.
            body: The request body: an `ProjectNoteCreate`.

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
            _private_project_note_update, {"project_id": project_id, "note_id": note_id, "body": body}
        )

    async def notes_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ProjectNote]:
        """List project notes.

        ``GET /account/projects/{project_id}/notes`` (operation ``private_project_notes_list``).

        Args:
            project_id: Project unique identifier.
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            list[ProjectNote]: the parsed response body.

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
            _private_project_notes_list,
            {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
        )

    async def partial_update(self, project_id: int, *, body: ProjectUpdate | Unset = UNSET) -> None:
        """Partially update project.

        Partially update a project; only provided keys will be changed. For institutions with item-type based
            metadata enabled, send the keys to update inside `fields:{}` — keys not present are preserved.
            `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Unrecognised field names inside
            `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata to be enabled for the
            institution; returns 403 otherwise.

        ``PATCH /account/projects/{project_id}`` (operation ``private_project_partial_update``).

        Args:
            project_id: Project unique identifier.
            body: v3 project update payload. Send only the metadata that changes inside 'fields'. The project
                group cannot be changed.

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
        return await self._requester.call(_private_project_partial_update, {"project_id": project_id, "body": body})

    async def publish(self, project_id: int) -> ResponseMessage:
        """Private Project Publish.

        Publish a project. Possible after all items inside it are public

        ``POST /account/projects/{project_id}/publish`` (operation ``private_project_publish``).

        Args:
            project_id: Project unique identifier.

        Returns:
            ResponseMessage: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_project_publish, {"project_id": project_id})

    async def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[ProjectPrivate]:
        """Private Projects Search.

        Search the caller's own projects. Same light list shape as `/v3/account/projects`.

        ``POST /account/projects/search`` (operation ``private_projects_search``).

        Args:
            body: v3 project search payload. `order` accepts the current date keys; legacy keys
                (`published_date`, `modified_date`, `views`) are rejected for institutions with item-type based
                metadata enabled.

        Returns:
            list[ProjectPrivate]: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.UnprocessableEntityError: the values were refused (422).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_projects_search, {"body": body})

    async def update(self, project_id: int, *, body: ProjectUpdate) -> None:
        """Update project.

        Update a project by passing full body parameters. Metadata is wrapped in a `fields` object.
            `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Requires item-type based metadata
            to be enabled for the institution; returns 403 otherwise.

        ``PUT /account/projects/{project_id}`` (operation ``private_project_update``).

        Args:
            project_id: Project unique identifier.
            body: v3 project update payload. Send only the metadata that changes inside 'fields'. The project
                group cannot be changed.

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
        return await self._requester.call(_private_project_update, {"project_id": project_id, "body": body})
