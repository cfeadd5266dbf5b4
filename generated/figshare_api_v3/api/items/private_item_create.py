from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.item_create import ItemCreate
from ...models.location_warnings import LocationWarnings
from ...types import Response


def _get_kwargs(
    *,
    body: ItemCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/items",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | LocationWarnings | None:
    if response.status_code == 201:
        response_201 = LocationWarnings.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

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
) -> Response[ErrorMessage | LocationWarnings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ItemCreate,
) -> Response[ErrorMessage | LocationWarnings]:
    """Create new Item

     Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside
    the `fields` object. Requires item-type based metadata to be enabled for the institution; returns
    403 otherwise. `categories` input is a list of objects, each identified by either `id` (int) or
    `source_id` (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
    `source_id` values are reported in the response `warnings` array. `licence` input is a single object
    with an `id` key (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names
    inside `fields` (e.g. a typo) are rejected with 422.

    Args:
        body (ItemCreate): v3 item creation payload. Structural inputs stay top-level; all
            metadata goes inside 'fields'. Example: {'item_type_id': 1, 'fields': {'title': 'My
            item'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LocationWarnings]
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
    body: ItemCreate,
) -> ErrorMessage | LocationWarnings | None:
    """Create new Item

     Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside
    the `fields` object. Requires item-type based metadata to be enabled for the institution; returns
    403 otherwise. `categories` input is a list of objects, each identified by either `id` (int) or
    `source_id` (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
    `source_id` values are reported in the response `warnings` array. `licence` input is a single object
    with an `id` key (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names
    inside `fields` (e.g. a typo) are rejected with 422.

    Args:
        body (ItemCreate): v3 item creation payload. Structural inputs stay top-level; all
            metadata goes inside 'fields'. Example: {'item_type_id': 1, 'fields': {'title': 'My
            item'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LocationWarnings
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ItemCreate,
) -> Response[ErrorMessage | LocationWarnings]:
    """Create new Item

     Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside
    the `fields` object. Requires item-type based metadata to be enabled for the institution; returns
    403 otherwise. `categories` input is a list of objects, each identified by either `id` (int) or
    `source_id` (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
    `source_id` values are reported in the response `warnings` array. `licence` input is a single object
    with an `id` key (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names
    inside `fields` (e.g. a typo) are rejected with 422.

    Args:
        body (ItemCreate): v3 item creation payload. Structural inputs stay top-level; all
            metadata goes inside 'fields'. Example: {'item_type_id': 1, 'fields': {'title': 'My
            item'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LocationWarnings]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ItemCreate,
) -> ErrorMessage | LocationWarnings | None:
    """Create new Item

     Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside
    the `fields` object. Requires item-type based metadata to be enabled for the institution; returns
    403 otherwise. `categories` input is a list of objects, each identified by either `id` (int) or
    `source_id` (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
    `source_id` values are reported in the response `warnings` array. `licence` input is a single object
    with an `id` key (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names
    inside `fields` (e.g. a typo) are rejected with 422.

    Args:
        body (ItemCreate): v3 item creation payload. Structural inputs stay top-level; all
            metadata goes inside 'fields'. Example: {'item_type_id': 1, 'fields': {'title': 'My
            item'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LocationWarnings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
