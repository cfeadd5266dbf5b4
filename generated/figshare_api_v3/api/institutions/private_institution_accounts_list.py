from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.short_account import ShortAccount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_active: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    id_gte: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["limit"] = limit

    params["offset"] = offset

    params["is_active"] = is_active

    params["institution_user_id"] = institution_user_id

    params["email"] = email

    params["id_lte"] = id_lte

    params["id_gte"] = id_gte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/institution/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[ShortAccount] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ShortAccount.from_dict(response_200_item_data)

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
) -> Response[ErrorMessage | list[ShortAccount]]:
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
    is_active: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    id_gte: int | Unset = UNSET,
) -> Response[ErrorMessage | list[ShortAccount]]:
    """Private Account Institution Accounts

     Returns the accounts for which the account has administrative privileges (assigned and inherited).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        is_active (int | Unset):
        institution_user_id (str | Unset):
        email (str | Unset):
        id_lte (int | Unset):
        id_gte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ShortAccount]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        is_active=is_active,
        institution_user_id=institution_user_id,
        email=email,
        id_lte=id_lte,
        id_gte=id_gte,
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
    is_active: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    id_gte: int | Unset = UNSET,
) -> ErrorMessage | list[ShortAccount] | None:
    """Private Account Institution Accounts

     Returns the accounts for which the account has administrative privileges (assigned and inherited).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        is_active (int | Unset):
        institution_user_id (str | Unset):
        email (str | Unset):
        id_lte (int | Unset):
        id_gte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ShortAccount]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        is_active=is_active,
        institution_user_id=institution_user_id,
        email=email,
        id_lte=id_lte,
        id_gte=id_gte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_active: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    id_gte: int | Unset = UNSET,
) -> Response[ErrorMessage | list[ShortAccount]]:
    """Private Account Institution Accounts

     Returns the accounts for which the account has administrative privileges (assigned and inherited).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        is_active (int | Unset):
        institution_user_id (str | Unset):
        email (str | Unset):
        id_lte (int | Unset):
        id_gte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[ShortAccount]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
        is_active=is_active,
        institution_user_id=institution_user_id,
        email=email,
        id_lte=id_lte,
        id_gte=id_gte,
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
    is_active: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    id_gte: int | Unset = UNSET,
) -> ErrorMessage | list[ShortAccount] | None:
    """Private Account Institution Accounts

     Returns the accounts for which the account has administrative privileges (assigned and inherited).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        is_active (int | Unset):
        institution_user_id (str | Unset):
        email (str | Unset):
        id_lte (int | Unset):
        id_gte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[ShortAccount]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            limit=limit,
            offset=offset,
            is_active=is_active,
            institution_user_id=institution_user_id,
            email=email,
            id_lte=id_lte,
            id_gte=id_gte,
        )
    ).parsed
