from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.item_with_project import ItemWithProject
from ...models.private_institution_items_order import PrivateInstitutionItemsOrder
from ...models.private_institution_items_order_direction import PrivateInstitutionItemsOrderDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: PrivateInstitutionItemsOrder | Unset = UNSET,
    order_direction: PrivateInstitutionItemsOrderDirection | Unset = UNSET,
    published_since: str | Unset = UNSET,
    modified_since: str | Unset = UNSET,
    status: int | Unset = UNSET,
    resource_doi: str | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
    group: int | Unset = UNSET,
    category: int | Unset = UNSET,
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

    params["published_since"] = published_since

    params["modified_since"] = modified_since

    params["status"] = status

    params["resource_doi"] = resource_doi

    params["item_type_id"] = item_type_id

    params["group"] = group

    params["category"] = category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/institution/items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[ItemWithProject] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ItemWithProject.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[ErrorMessage | list[ItemWithProject]]:
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
    order: PrivateInstitutionItemsOrder | Unset = UNSET,
    order_direction: PrivateInstitutionItemsOrderDirection | Unset = UNSET,
    published_since: str | Unset = UNSET,
    modified_since: str | Unset = UNSET,
    status: int | Unset = UNSET,
    resource_doi: str | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
    group: int | Unset = UNSET,
    category: int | Unset = UNSET,
) -> Response[ErrorMessage | list[ItemWithProject]]:
    """Private Institution Items

     Get Items from own institution. User must be administrator of the institution Requires item-type
    based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateInstitutionItemsOrder | Unset):
        order_direction (PrivateInstitutionItemsOrderDirection | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        status (int | Unset):
        resource_doi (str | Unset):
        item_type_id (int | Unset):
        group (int | Unset):
        category (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ItemWithProject]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        published_since=published_since,
        modified_since=modified_since,
        status=status,
        resource_doi=resource_doi,
        item_type_id=item_type_id,
        group=group,
        category=category,
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
    order: PrivateInstitutionItemsOrder | Unset = UNSET,
    order_direction: PrivateInstitutionItemsOrderDirection | Unset = UNSET,
    published_since: str | Unset = UNSET,
    modified_since: str | Unset = UNSET,
    status: int | Unset = UNSET,
    resource_doi: str | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
    group: int | Unset = UNSET,
    category: int | Unset = UNSET,
) -> ErrorMessage | list[ItemWithProject] | None:
    """Private Institution Items

     Get Items from own institution. User must be administrator of the institution Requires item-type
    based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateInstitutionItemsOrder | Unset):
        order_direction (PrivateInstitutionItemsOrderDirection | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        status (int | Unset):
        resource_doi (str | Unset):
        item_type_id (int | Unset):
        group (int | Unset):
        category (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ItemWithProject]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        published_since=published_since,
        modified_since=modified_since,
        status=status,
        resource_doi=resource_doi,
        item_type_id=item_type_id,
        group=group,
        category=category,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: PrivateInstitutionItemsOrder | Unset = UNSET,
    order_direction: PrivateInstitutionItemsOrderDirection | Unset = UNSET,
    published_since: str | Unset = UNSET,
    modified_since: str | Unset = UNSET,
    status: int | Unset = UNSET,
    resource_doi: str | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
    group: int | Unset = UNSET,
    category: int | Unset = UNSET,
) -> Response[ErrorMessage | list[ItemWithProject]]:
    """Private Institution Items

     Get Items from own institution. User must be administrator of the institution Requires item-type
    based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateInstitutionItemsOrder | Unset):
        order_direction (PrivateInstitutionItemsOrderDirection | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        status (int | Unset):
        resource_doi (str | Unset):
        item_type_id (int | Unset):
        group (int | Unset):
        category (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ItemWithProject]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        published_since=published_since,
        modified_since=modified_since,
        status=status,
        resource_doi=resource_doi,
        item_type_id=item_type_id,
        group=group,
        category=category,
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
    order: PrivateInstitutionItemsOrder | Unset = UNSET,
    order_direction: PrivateInstitutionItemsOrderDirection | Unset = UNSET,
    published_since: str | Unset = UNSET,
    modified_since: str | Unset = UNSET,
    status: int | Unset = UNSET,
    resource_doi: str | Unset = UNSET,
    item_type_id: int | Unset = UNSET,
    group: int | Unset = UNSET,
    category: int | Unset = UNSET,
) -> ErrorMessage | list[ItemWithProject] | None:
    """Private Institution Items

     Get Items from own institution. User must be administrator of the institution Requires item-type
    based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (PrivateInstitutionItemsOrder | Unset):
        order_direction (PrivateInstitutionItemsOrderDirection | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        status (int | Unset):
        resource_doi (str | Unset):
        item_type_id (int | Unset):
        group (int | Unset):
        category (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ItemWithProject]
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
            published_since=published_since,
            modified_since=modified_since,
            status=status,
            resource_doi=resource_doi,
            item_type_id=item_type_id,
            group=group,
            category=category,
        )
    ).parsed
