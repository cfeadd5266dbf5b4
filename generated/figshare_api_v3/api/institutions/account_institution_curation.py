from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.curation_detail import CurationDetail
from ...models.error_message import ErrorMessage
from ...types import Response


def _get_kwargs(
    curation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/institution/review/{curation_id}".format(
            curation_id=quote(str(curation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurationDetail | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = CurationDetail.from_dict(response.json())

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
) -> Response[CurationDetail | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    curation_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CurationDetail | ErrorMessage]:
    """Institution Curation Review

     Retrieve a certain curation review by its ID

    Args:
        curation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurationDetail | ErrorMessage]
    """

    kwargs = _get_kwargs(
        curation_id=curation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    curation_id: int,
    *,
    client: AuthenticatedClient,
) -> CurationDetail | ErrorMessage | None:
    """Institution Curation Review

     Retrieve a certain curation review by its ID

    Args:
        curation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurationDetail | ErrorMessage
    """

    return sync_detailed(
        curation_id=curation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    curation_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CurationDetail | ErrorMessage]:
    """Institution Curation Review

     Retrieve a certain curation review by its ID

    Args:
        curation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurationDetail | ErrorMessage]
    """

    kwargs = _get_kwargs(
        curation_id=curation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    curation_id: int,
    *,
    client: AuthenticatedClient,
) -> CurationDetail | ErrorMessage | None:
    """Institution Curation Review

     Retrieve a certain curation review by its ID

    Args:
        curation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurationDetail | ErrorMessage
    """

    return (
        await asyncio_detailed(
            curation_id=curation_id,
            client=client,
        )
    ).parsed
