from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.file_creator import FileCreator
from ...models.location import Location
from ...types import UNSET, Response, Unset


def _get_kwargs(
    article_id: int,
    *,
    body: FileCreator,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/articles/{article_id}/files".format(
            article_id=quote(str(article_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | Location | None:
    if response.status_code == 201:
        response_201 = Location.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | Location]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient,
    body: FileCreator,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorMessage | Location]:
    """Initiate Upload

     Initiate a new file upload within the article. Either use the link property to point to an existing
    file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
    name, size).

    Args:
        article_id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        body (FileCreator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Location]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: int,
    *,
    client: AuthenticatedClient,
    body: FileCreator,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorMessage | Location | None:
    """Initiate Upload

     Initiate a new file upload within the article. Either use the link property to point to an existing
    file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
    name, size).

    Args:
        article_id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        body (FileCreator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Location
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        body=body,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient,
    body: FileCreator,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorMessage | Location]:
    """Initiate Upload

     Initiate a new file upload within the article. Either use the link property to point to an existing
    file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
    name, size).

    Args:
        article_id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        body (FileCreator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Location]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
        page=page,
        page_size=page_size,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: int,
    *,
    client: AuthenticatedClient,
    body: FileCreator,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorMessage | Location | None:
    """Initiate Upload

     Initiate a new file upload within the article. Either use the link property to point to an existing
    file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
    name, size).

    Args:
        article_id (int):
        page (int | Unset):
        page_size (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        body (FileCreator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Location
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            body=body,
            page=page,
            page_size=page_size,
            limit=limit,
            offset=offset,
        )
    ).parsed
