from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_private_link_creator import CollectionPrivateLinkCreator
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collection_id: int,
    link_id: str,
    *,
    body: CollectionPrivateLinkCreator | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/account/collections/{collection_id}/private_links/{link_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            link_id=quote(str(link_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorMessage | None:
    if response.status_code == 205:
        response_205 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: int,
    link_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionPrivateLinkCreator | Unset = UNSET,
) -> Response[Any | ErrorMessage]:
    """Update collection private link

     Update existing private link for this collection

    Args:
        collection_id (int):
        link_id (str):
        body (CollectionPrivateLinkCreator | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        link_id=link_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: int,
    link_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionPrivateLinkCreator | Unset = UNSET,
) -> Any | ErrorMessage | None:
    """Update collection private link

     Update existing private link for this collection

    Args:
        collection_id (int):
        link_id (str):
        body (CollectionPrivateLinkCreator | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return sync_detailed(
        collection_id=collection_id,
        link_id=link_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: int,
    link_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionPrivateLinkCreator | Unset = UNSET,
) -> Response[Any | ErrorMessage]:
    """Update collection private link

     Update existing private link for this collection

    Args:
        collection_id (int):
        link_id (str):
        body (CollectionPrivateLinkCreator | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        link_id=link_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: int,
    link_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionPrivateLinkCreator | Unset = UNSET,
) -> Any | ErrorMessage | None:
    """Update collection private link

     Update existing private link for this collection

    Args:
        collection_id (int):
        link_id (str):
        body (CollectionPrivateLinkCreator | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            link_id=link_id,
            client=client,
            body=body,
        )
    ).parsed
