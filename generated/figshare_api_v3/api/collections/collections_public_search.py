from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.collections_search import CollectionsSearch
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CollectionsSearch | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: CollectionsSearch | Unset = UNSET,
) -> Response[ErrorMessage | list[Collection]]:
    """Public Collections Search

     Search public collections. Same light list shape as `/v3/collections`.

    Args:
        body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
            collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
            rejected for institutions with item-type based metadata enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Collection]]
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
    client: AuthenticatedClient | Client,
    body: CollectionsSearch | Unset = UNSET,
) -> ErrorMessage | list[Collection] | None:
    """Public Collections Search

     Search public collections. Same light list shape as `/v3/collections`.

    Args:
        body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
            collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
            rejected for institutions with item-type based metadata enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Collection]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CollectionsSearch | Unset = UNSET,
) -> Response[ErrorMessage | list[Collection]]:
    """Public Collections Search

     Search public collections. Same light list shape as `/v3/collections`.

    Args:
        body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
            collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
            rejected for institutions with item-type based metadata enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Collection]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CollectionsSearch | Unset = UNSET,
) -> ErrorMessage | list[Collection] | None:
    """Public Collections Search

     Search public collections. Same light list shape as `/v3/collections`.

    Args:
        body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
            collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
            rejected for institutions with item-type based metadata enabled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Collection]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
