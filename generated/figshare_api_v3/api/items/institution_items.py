from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.item import Item
from ...types import UNSET, Response


def _get_kwargs(
    institution_string_id: str,
    *,
    resource_id: str,
    filename: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resource_id"] = resource_id

    params["filename"] = filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/institutions/{institution_string_id}/items/filter-by".format(
            institution_string_id=quote(str(institution_string_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[ErrorMessage | list[Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_string_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource_id: str,
    filename: str,
) -> Response[ErrorMessage | list[Item]]:
    """Public Institution Items

     Returns a list of items belonging to the institution Requires item-type based metadata to be enabled
    for the institution; returns 403 otherwise.

    Args:
        institution_string_id (str):
        resource_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Item]]
    """

    kwargs = _get_kwargs(
        institution_string_id=institution_string_id,
        resource_id=resource_id,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_string_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource_id: str,
    filename: str,
) -> ErrorMessage | list[Item] | None:
    """Public Institution Items

     Returns a list of items belonging to the institution Requires item-type based metadata to be enabled
    for the institution; returns 403 otherwise.

    Args:
        institution_string_id (str):
        resource_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Item]
    """

    return sync_detailed(
        institution_string_id=institution_string_id,
        client=client,
        resource_id=resource_id,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    institution_string_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource_id: str,
    filename: str,
) -> Response[ErrorMessage | list[Item]]:
    """Public Institution Items

     Returns a list of items belonging to the institution Requires item-type based metadata to be enabled
    for the institution; returns 403 otherwise.

    Args:
        institution_string_id (str):
        resource_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Item]]
    """

    kwargs = _get_kwargs(
        institution_string_id=institution_string_id,
        resource_id=resource_id,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_string_id: str,
    *,
    client: AuthenticatedClient | Client,
    resource_id: str,
    filename: str,
) -> ErrorMessage | list[Item] | None:
    """Public Institution Items

     Returns a list of items belonging to the institution Requires item-type based metadata to be enabled
    for the institution; returns 403 otherwise.

    Args:
        institution_string_id (str):
        resource_id (str):
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Item]
    """

    return (
        await asyncio_detailed(
            institution_string_id=institution_string_id,
            client=client,
            resource_id=resource_id,
            filename=filename,
        )
    ).parsed
