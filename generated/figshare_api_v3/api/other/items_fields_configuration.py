from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.item_type_field import ItemTypeField
from ...types import UNSET, Response, Unset


def _get_kwargs(
    item_type_id: int,
    *,
    group_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_id"] = group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/items/fields/configuration/{item_type_id}".format(
            item_type_id=quote(str(item_type_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[ItemTypeField] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ItemTypeField.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[ErrorMessage | list[ItemTypeField]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_type_id: int,
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
) -> Response[ErrorMessage | list[ItemTypeField]]:
    """Item Type Field Configuration

     Returns the fields configured for a specific item type, including per-type overrides (display_name,
    hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
    enabled for the institution; returns 403 otherwise.

    Args:
        item_type_id (int):
        group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ItemTypeField]]
    """

    kwargs = _get_kwargs(
        item_type_id=item_type_id,
        group_id=group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    item_type_id: int,
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
) -> ErrorMessage | list[ItemTypeField] | None:
    """Item Type Field Configuration

     Returns the fields configured for a specific item type, including per-type overrides (display_name,
    hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
    enabled for the institution; returns 403 otherwise.

    Args:
        item_type_id (int):
        group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ItemTypeField]
    """

    return sync_detailed(
        item_type_id=item_type_id,
        client=client,
        group_id=group_id,
    ).parsed


async def asyncio_detailed(
    item_type_id: int,
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
) -> Response[ErrorMessage | list[ItemTypeField]]:
    """Item Type Field Configuration

     Returns the fields configured for a specific item type, including per-type overrides (display_name,
    hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
    enabled for the institution; returns 403 otherwise.

    Args:
        item_type_id (int):
        group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ItemTypeField]]
    """

    kwargs = _get_kwargs(
        item_type_id=item_type_id,
        group_id=group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    item_type_id: int,
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
) -> ErrorMessage | list[ItemTypeField] | None:
    """Item Type Field Configuration

     Returns the fields configured for a specific item type, including per-type overrides (display_name,
    hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
    enabled for the institution; returns 403 otherwise.

    Args:
        item_type_id (int):
        group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ItemTypeField]
    """

    return (
        await asyncio_detailed(
            item_type_id=item_type_id,
            client=client,
            group_id=group_id,
        )
    ).parsed
