from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.symplectic_accounts_ids_response_200_item import SymplecticAccountsIdsResponse200Item
from ...types import UNSET, Response


def _get_kwargs(
    *,
    since: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/symplectic/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[SymplecticAccountsIdsResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SymplecticAccountsIdsResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | list[SymplecticAccountsIdsResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
) -> Response[ErrorMessage | list[SymplecticAccountsIdsResponse200Item]]:
    """Get changed accounts for Symplectic Elements

     Returns a list of accounts that have been modified since the specified date for Symplectic Elements
    integration.

    Args:
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[SymplecticAccountsIdsResponse200Item]]
    """

    kwargs = _get_kwargs(
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: str,
) -> ErrorMessage | list[SymplecticAccountsIdsResponse200Item] | None:
    """Get changed accounts for Symplectic Elements

     Returns a list of accounts that have been modified since the specified date for Symplectic Elements
    integration.

    Args:
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[SymplecticAccountsIdsResponse200Item]
    """

    return sync_detailed(
        client=client,
        since=since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
) -> Response[ErrorMessage | list[SymplecticAccountsIdsResponse200Item]]:
    """Get changed accounts for Symplectic Elements

     Returns a list of accounts that have been modified since the specified date for Symplectic Elements
    integration.

    Args:
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[SymplecticAccountsIdsResponse200Item]]
    """

    kwargs = _get_kwargs(
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: str,
) -> ErrorMessage | list[SymplecticAccountsIdsResponse200Item] | None:
    """Get changed accounts for Symplectic Elements

     Returns a list of accounts that have been modified since the specified date for Symplectic Elements
    integration.

    Args:
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[SymplecticAccountsIdsResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
        )
    ).parsed
