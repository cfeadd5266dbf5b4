from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.collections_public_list_order import CollectionsPublicListOrder
from ...models.collections_public_list_order_direction import CollectionsPublicListOrderDirection
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: CollectionsPublicListOrder | Unset = UNSET,
    order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
    institution: int | Unset = UNSET,
    group: int | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
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

    params["institution"] = institution

    params["group"] = group

    params["item_type_id"] = item_type_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[Collection] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Collection.from_dict(response_200_item_data)

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
) -> Response[ErrorMessage | list[Collection]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: CollectionsPublicListOrder | Unset = UNSET,
    order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
    institution: int | Unset = UNSET,
    group: int | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
) -> Response[ErrorMessage | list[Collection]]:
    """Public Collections

     List public collections from institutions with item-type based metadata enabled. Returns the light
    list shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields`
    object.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (CollectionsPublicListOrder | Unset):
        order_direction (CollectionsPublicListOrderDirection | Unset):
        institution (int | Unset):
        group (int | Unset):
        item_type_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Collection]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        institution=institution,
        group=group,
        item_type_id=item_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: CollectionsPublicListOrder | Unset = UNSET,
    order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
    institution: int | Unset = UNSET,
    group: int | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
) -> ErrorMessage | list[Collection] | None:
    """Public Collections

     List public collections from institutions with item-type based metadata enabled. Returns the light
    list shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields`
    object.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (CollectionsPublicListOrder | Unset):
        order_direction (CollectionsPublicListOrderDirection | Unset):
        institution (int | Unset):
        group (int | Unset):
        item_type_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Collection]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        institution=institution,
        group=group,
        item_type_id=item_type_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: CollectionsPublicListOrder | Unset = UNSET,
    order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
    institution: int | Unset = UNSET,
    group: int | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
) -> Response[ErrorMessage | list[Collection]]:
    """Public Collections

     List public collections from institutions with item-type based metadata enabled. Returns the light
    list shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields`
    object.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (CollectionsPublicListOrder | Unset):
        order_direction (CollectionsPublicListOrderDirection | Unset):
        institution (int | Unset):
        group (int | Unset):
        item_type_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Collection]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        institution=institution,
        group=group,
        item_type_id=item_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: CollectionsPublicListOrder | Unset = UNSET,
    order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
    institution: int | Unset = UNSET,
    group: int | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
) -> ErrorMessage | list[Collection] | None:
    """Public Collections

     List public collections from institutions with item-type based metadata enabled. Returns the light
    list shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields`
    object.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (CollectionsPublicListOrder | Unset):
        order_direction (CollectionsPublicListOrderDirection | Unset):
        institution (int | Unset):
        group (int | Unset):
        item_type_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Collection]
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
            institution=institution,
            group=group,
            item_type_id=item_type_id,
        )
    ).parsed
