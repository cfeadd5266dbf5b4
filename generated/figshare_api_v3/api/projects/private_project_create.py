from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_project_response import CreateProjectResponse
from ...models.error_message import ErrorMessage
from ...models.project_create import ProjectCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateProjectResponse | ErrorMessage | None:
    if response.status_code == 201:
        response_201 = CreateProjectResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateProjectResponse | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
) -> Response[CreateProjectResponse | ErrorMessage]:
    """Create project

     Create a new project. All metadata is wrapped in a `fields` object (`title` is required;
    `description`, `funding_list`, and any configured custom fields are optional); `group_id` is the
    only top-level key. Legacy flat-payload top-level metadata is rejected with 422. `funding_list`
    entries accept either `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a
    new user-defined entry). Unrecognised field names inside `fields` (e.g. a typo) are rejected with
    422.

    Args:
        body (ProjectCreate): v3 project creation payload. All metadata goes inside 'fields'; only
            group_id stays top-level. Example: {'fields': {'title': 'My project'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProjectResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
) -> CreateProjectResponse | ErrorMessage | None:
    """Create project

     Create a new project. All metadata is wrapped in a `fields` object (`title` is required;
    `description`, `funding_list`, and any configured custom fields are optional); `group_id` is the
    only top-level key. Legacy flat-payload top-level metadata is rejected with 422. `funding_list`
    entries accept either `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a
    new user-defined entry). Unrecognised field names inside `fields` (e.g. a typo) are rejected with
    422.

    Args:
        body (ProjectCreate): v3 project creation payload. All metadata goes inside 'fields'; only
            group_id stays top-level. Example: {'fields': {'title': 'My project'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProjectResponse | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
) -> Response[CreateProjectResponse | ErrorMessage]:
    """Create project

     Create a new project. All metadata is wrapped in a `fields` object (`title` is required;
    `description`, `funding_list`, and any configured custom fields are optional); `group_id` is the
    only top-level key. Legacy flat-payload top-level metadata is rejected with 422. `funding_list`
    entries accept either `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a
    new user-defined entry). Unrecognised field names inside `fields` (e.g. a typo) are rejected with
    422.

    Args:
        body (ProjectCreate): v3 project creation payload. All metadata goes inside 'fields'; only
            group_id stays top-level. Example: {'fields': {'title': 'My project'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProjectResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
) -> CreateProjectResponse | ErrorMessage | None:
    """Create project

     Create a new project. All metadata is wrapped in a `fields` object (`title` is required;
    `description`, `funding_list`, and any configured custom fields are optional); `group_id` is the
    only top-level key. Legacy flat-payload top-level metadata is rejected with 422. `funding_list`
    entries accept either `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a
    new user-defined entry). Unrecognised field names inside `fields` (e.g. a typo) are rejected with
    422.

    Args:
        body (ProjectCreate): v3 project creation payload. All metadata goes inside 'fields'; only
            group_id stays top-level. Example: {'fields': {'title': 'My project'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProjectResponse | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
