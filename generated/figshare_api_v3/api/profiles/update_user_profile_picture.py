from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.update_user_profile_picture_body import UpdateUserProfilePictureBody
from ...models.update_user_profile_picture_response_200 import UpdateUserProfilePictureResponse200
from ...types import Response


def _get_kwargs(
    user_id: int,
    *,
    body: UpdateUserProfilePictureBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/profile/{user_id}/picture".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | UpdateUserProfilePictureResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateUserProfilePictureResponse200.from_dict(response.json())

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
) -> Response[ErrorMessage | UpdateUserProfilePictureResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserProfilePictureBody,
) -> Response[ErrorMessage | UpdateUserProfilePictureResponse200]:
    """Update public profile picture

     Updates the profile picture of the user's public profile.

    Args:
        user_id (int):
        body (UpdateUserProfilePictureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UpdateUserProfilePictureResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserProfilePictureBody,
) -> ErrorMessage | UpdateUserProfilePictureResponse200 | None:
    """Update public profile picture

     Updates the profile picture of the user's public profile.

    Args:
        user_id (int):
        body (UpdateUserProfilePictureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UpdateUserProfilePictureResponse200
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserProfilePictureBody,
) -> Response[ErrorMessage | UpdateUserProfilePictureResponse200]:
    """Update public profile picture

     Updates the profile picture of the user's public profile.

    Args:
        user_id (int):
        body (UpdateUserProfilePictureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UpdateUserProfilePictureResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserProfilePictureBody,
) -> ErrorMessage | UpdateUserProfilePictureResponse200 | None:
    """Update public profile picture

     Updates the profile picture of the user's public profile.

    Args:
        user_id (int):
        body (UpdateUserProfilePictureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UpdateUserProfilePictureResponse200
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
