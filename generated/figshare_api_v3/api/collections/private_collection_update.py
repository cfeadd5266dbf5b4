from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_update import CollectionUpdate
from ...models.error_message import ErrorMessage
from ...models.location_warnings_update import LocationWarningsUpdate
from ...types import Response


def _get_kwargs(
    collection_id: int,
    *,
    body: CollectionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/account/collections/{collection_id}".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | LocationWarningsUpdate | None:
    if response.status_code == 205:
        response_205 = LocationWarningsUpdate.from_dict(response.json())

        return response_205

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | LocationWarningsUpdate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionUpdate,
) -> Response[ErrorMessage | LocationWarningsUpdate]:
    """Update collection

     Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
    `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
    rejected). Unresolved `source_id` values are reported in the response `warnings` array. Requires
    item-type based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        collection_id (int):
        body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
            inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LocationWarningsUpdate]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionUpdate,
) -> ErrorMessage | LocationWarningsUpdate | None:
    """Update collection

     Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
    `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
    rejected). Unresolved `source_id` values are reported in the response `warnings` array. Requires
    item-type based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        collection_id (int):
        body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
            inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LocationWarningsUpdate
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionUpdate,
) -> Response[ErrorMessage | LocationWarningsUpdate]:
    """Update collection

     Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
    `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
    rejected). Unresolved `source_id` values are reported in the response `warnings` array. Requires
    item-type based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        collection_id (int):
        body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
            inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LocationWarningsUpdate]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionUpdate,
) -> ErrorMessage | LocationWarningsUpdate | None:
    """Update collection

     Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
    `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
    rejected). Unresolved `source_id` values are reported in the response `warnings` array. Requires
    item-type based metadata to be enabled for the institution; returns 403 otherwise.

    Args:
        collection_id (int):
        body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
            inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LocationWarningsUpdate
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
