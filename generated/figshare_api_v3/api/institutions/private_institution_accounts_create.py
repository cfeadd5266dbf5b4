from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_create import AccountCreate
from ...models.account_create_response import AccountCreateResponse
from ...models.error_message import ErrorMessage
from ...types import Response


def _get_kwargs(
    *,
    body: AccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/institution/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountCreateResponse | ErrorMessage | None:
    if response.status_code == 201:
        response_201 = AccountCreateResponse.from_dict(response.json())

        return response_201

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
) -> Response[AccountCreateResponse | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> Response[AccountCreateResponse | ErrorMessage]:
    """Create new Institution Account

     Create a new Account by sending account information. When the institution_user_id is provided, no
    verification email will be sent. The email_verified flag will automatically be set to true. If the
    institution_user_id is not provided, a verification email will be sent. The email_verified flag will
    be set to true once the account is created.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountCreateResponse | ErrorMessage]
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
    body: AccountCreate,
) -> AccountCreateResponse | ErrorMessage | None:
    """Create new Institution Account

     Create a new Account by sending account information. When the institution_user_id is provided, no
    verification email will be sent. The email_verified flag will automatically be set to true. If the
    institution_user_id is not provided, a verification email will be sent. The email_verified flag will
    be set to true once the account is created.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountCreateResponse | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> Response[AccountCreateResponse | ErrorMessage]:
    """Create new Institution Account

     Create a new Account by sending account information. When the institution_user_id is provided, no
    verification email will be sent. The email_verified flag will automatically be set to true. If the
    institution_user_id is not provided, a verification email will be sent. The email_verified flag will
    be set to true once the account is created.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountCreateResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> AccountCreateResponse | ErrorMessage | None:
    """Create new Institution Account

     Create a new Account by sending account information. When the institution_user_id is provided, no
    verification email will be sent. The email_verified flag will automatically be set to true. If the
    institution_user_id is not provided, a verification email will be sent. The email_verified flag will
    be set to true once the account is created.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountCreateResponse | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
