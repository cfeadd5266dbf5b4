from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.private_projects_list_order import PrivateProjectsListOrder
from ...models.private_projects_list_order_direction import PrivateProjectsListOrderDirection
from ...models.private_projects_list_storage import PrivateProjectsListStorage
from ...models.project_private import ProjectPrivate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: PrivateProjectsListOrder | Unset = UNSET,
    order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
    storage: PrivateProjectsListStorage | Unset = UNSET,
    roles: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["order_direction"] = json_order_direction

    json_storage: str | Unset = UNSET
    if not isinstance(storage, Unset):
        json_storage = storage.value

    params["storage"] = json_storage

    params["roles"] = roles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[ProjectPrivate] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectPrivate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorMessage.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | list[ProjectPrivate]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: PrivateProjectsListOrder | Unset = UNSET,
    order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
    storage: PrivateProjectsListStorage | Unset = UNSET,
    roles: str | Unset = UNSET,
) -> Response[ErrorMessage | list[ProjectPrivate]]:
    """Private Projects

     List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled
    for the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateProjectsListOrder | Unset):
        order_direction (PrivateProjectsListOrderDirection | Unset):
        storage (PrivateProjectsListStorage | Unset):
        roles (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ProjectPrivate]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        storage=storage,
        roles=roles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: PrivateProjectsListOrder | Unset = UNSET,
    order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
    storage: PrivateProjectsListStorage | Unset = UNSET,
    roles: str | Unset = UNSET,
) -> ErrorMessage | list[ProjectPrivate] | None:
    """Private Projects

     List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled
    for the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateProjectsListOrder | Unset):
        order_direction (PrivateProjectsListOrderDirection | Unset):
        storage (PrivateProjectsListStorage | Unset):
        roles (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ProjectPrivate]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        storage=storage,
        roles=roles,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: PrivateProjectsListOrder | Unset = UNSET,
    order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
    storage: PrivateProjectsListStorage | Unset = UNSET,
    roles: str | Unset = UNSET,
) -> Response[ErrorMessage | list[ProjectPrivate]]:
    """Private Projects

     List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled
    for the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateProjectsListOrder | Unset):
        order_direction (PrivateProjectsListOrderDirection | Unset):
        storage (PrivateProjectsListStorage | Unset):
        roles (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ProjectPrivate]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        storage=storage,
        roles=roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: PrivateProjectsListOrder | Unset = UNSET,
    order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
    storage: PrivateProjectsListStorage | Unset = UNSET,
    roles: str | Unset = UNSET,
) -> ErrorMessage | list[ProjectPrivate] | None:
    """Private Projects

     List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled
    for the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateProjectsListOrder | Unset):
        order_direction (PrivateProjectsListOrderDirection | Unset):
        storage (PrivateProjectsListStorage | Unset):
        roles (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ProjectPrivate]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            limit=limit,
            offset=offset,
            order=order,
            order_direction=order_direction,
            storage=storage,
            roles=roles,
        )
    ).parsed
