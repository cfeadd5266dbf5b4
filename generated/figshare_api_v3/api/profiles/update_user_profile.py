from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.profile_update_data import ProfileUpdateData
from ...models.update_user_profile_response_200 import UpdateUserProfileResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProfileUpdateData,
    user_id: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["institution_user_id"] = institution_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/account/profile",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | UpdateUserProfileResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateUserProfileResponse200.from_dict(response.json())

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
) -> Response[ErrorMessage | UpdateUserProfileResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateData,
    user_id: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
) -> Response[ErrorMessage | UpdateUserProfileResponse200]:
    """Update public profile

     Updates the fields of the user's public profile.

    Args:
        user_id (int | Unset):
        institution_user_id (str | Unset):
        body (ProfileUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UpdateUserProfileResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        user_id=user_id,
        institution_user_id=institution_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateData,
    user_id: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
) -> ErrorMessage | UpdateUserProfileResponse200 | None:
    """Update public profile

     Updates the fields of the user's public profile.

    Args:
        user_id (int | Unset):
        institution_user_id (str | Unset):
        body (ProfileUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UpdateUserProfileResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
        institution_user_id=institution_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateData,
    user_id: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
) -> Response[ErrorMessage | UpdateUserProfileResponse200]:
    """Update public profile

     Updates the fields of the user's public profile.

    Args:
        user_id (int | Unset):
        institution_user_id (str | Unset):
        body (ProfileUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UpdateUserProfileResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        user_id=user_id,
        institution_user_id=institution_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProfileUpdateData,
    user_id: int | Unset = UNSET,
    institution_user_id: str | Unset = UNSET,
) -> ErrorMessage | UpdateUserProfileResponse200 | None:
    """Update public profile

     Updates the fields of the user's public profile.

    Args:
        user_id (int | Unset):
        institution_user_id (str | Unset):
        body (ProfileUpdateData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UpdateUserProfileResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
            institution_user_id=institution_user_id,
        )
    ).parsed
