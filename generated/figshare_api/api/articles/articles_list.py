from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article import Article
from ...models.articles_list_order import ArticlesListOrder
from ...models.articles_list_order_direction import ArticlesListOrderDirection
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_cursor, Unset):
        headers["X-Cursor"] = x_cursor

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

    params["published_since"] = published_since

    params["modified_since"] = modified_since

    params["group"] = group

    params["resource_doi"] = resource_doi

    params["item_type"] = item_type

    params["doi"] = doi

    params["handle"] = handle

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/articles",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[Article] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Article.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

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
) -> Response[ErrorMessage | list[Article]]:
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
) -> Response[ErrorMessage | list[Article]]:
    """Public Articles

     Returns a list of public articles

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (ArticlesListOrder | Unset):
        order_direction (ArticlesListOrderDirection | Unset):
        institution (int | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        group (int | Unset):
        resource_doi (str | Unset):
        item_type (int | Unset):
        doi (str | Unset):
        handle (str | Unset):
        x_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Article]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        institution=institution,
        published_since=published_since,
        modified_since=modified_since,
        group=group,
        resource_doi=resource_doi,
        item_type=item_type,
        doi=doi,
        handle=handle,
        x_cursor=x_cursor,
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
) -> ErrorMessage | list[Article] | None:
    """Public Articles

     Returns a list of public articles

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (ArticlesListOrder | Unset):
        order_direction (ArticlesListOrderDirection | Unset):
        institution (int | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        group (int | Unset):
        resource_doi (str | Unset):
        item_type (int | Unset):
        doi (str | Unset):
        handle (str | Unset):
        x_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Article]
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
        published_since=published_since,
        modified_since=modified_since,
        group=group,
        resource_doi=resource_doi,
        item_type=item_type,
        doi=doi,
        handle=handle,
        x_cursor=x_cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ErrorMessage | list[Article]]:
    """Public Articles

     Returns a list of public articles

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (ArticlesListOrder | Unset):
        order_direction (ArticlesListOrderDirection | Unset):
        institution (int | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        group (int | Unset):
        resource_doi (str | Unset):
        item_type (int | Unset):
        doi (str | Unset):
        handle (str | Unset):
        x_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Article]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        order=order,
        order_direction=order_direction,
        institution=institution,
        published_since=published_since,
        modified_since=modified_since,
        group=group,
        resource_doi=resource_doi,
        item_type=item_type,
        doi=doi,
        handle=handle,
        x_cursor=x_cursor,
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
) -> ErrorMessage | list[Article] | None:
    """Public Articles

     Returns a list of public articles

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (ArticlesListOrder | Unset):
        order_direction (ArticlesListOrderDirection | Unset):
        institution (int | Unset):
        published_since (str | Unset):
        modified_since (str | Unset):
        group (int | Unset):
        resource_doi (str | Unset):
        item_type (int | Unset):
        doi (str | Unset):
        handle (str | Unset):
        x_cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Article]
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
            published_since=published_since,
            modified_since=modified_since,
            group=group,
            resource_doi=resource_doi,
            item_type=item_type,
            doi=doi,
            handle=handle,
            x_cursor=x_cursor,
        )
    ).parsed
