from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.institution_create_submission_token_response_200 import InstitutionCreateSubmissionTokenResponse200
from ...types import Response


def _get_kwargs(
    string_id: str,
    group_id: int,
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/institutions/{string_id}/groups/{group_id}/submissions/{token}".format(
            string_id=quote(str(string_id), safe=""),
            group_id=quote(str(group_id), safe=""),
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | InstitutionCreateSubmissionTokenResponse200 | None:
    if response.status_code == 200:
        response_200 = InstitutionCreateSubmissionTokenResponse200.from_dict(response.json())

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
) -> Response[ErrorMessage | InstitutionCreateSubmissionTokenResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    string_id: str,
    group_id: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | InstitutionCreateSubmissionTokenResponse200]:
    """Create institution submission token

     Creates a submission token for a given institution group, used by external submission integrations.

    Args:
        string_id (str):
        group_id (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | InstitutionCreateSubmissionTokenResponse200]
    """

    kwargs = _get_kwargs(
        string_id=string_id,
        group_id=group_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    string_id: str,
    group_id: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | InstitutionCreateSubmissionTokenResponse200 | None:
    """Create institution submission token

     Creates a submission token for a given institution group, used by external submission integrations.

    Args:
        string_id (str):
        group_id (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | InstitutionCreateSubmissionTokenResponse200
    """

    return sync_detailed(
        string_id=string_id,
        group_id=group_id,
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    string_id: str,
    group_id: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | InstitutionCreateSubmissionTokenResponse200]:
    """Create institution submission token

     Creates a submission token for a given institution group, used by external submission integrations.

    Args:
        string_id (str):
        group_id (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | InstitutionCreateSubmissionTokenResponse200]
    """

    kwargs = _get_kwargs(
        string_id=string_id,
        group_id=group_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    string_id: str,
    group_id: int,
    token: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | InstitutionCreateSubmissionTokenResponse200 | None:
    """Create institution submission token

     Creates a submission token for a given institution group, used by external submission integrations.

    Args:
        string_id (str):
        group_id (int):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | InstitutionCreateSubmissionTokenResponse200
    """

    return (
        await asyncio_detailed(
            string_id=string_id,
            group_id=group_id,
            token=token,
            client=client,
        )
    ).parsed
