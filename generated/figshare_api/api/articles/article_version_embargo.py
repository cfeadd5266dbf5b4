from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_embargo import ArticleEmbargo
from ...models.error_message import ErrorMessage
from ...types import Response


def _get_kwargs(
    article_id: int,
    version_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/articles/{article_id}/versions/{version_id}/embargo".format(
            article_id=quote(str(article_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticleEmbargo | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = ArticleEmbargo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

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
) -> Response[ArticleEmbargo | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    article_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ArticleEmbargo | ErrorMessage]:
    """Public Article Embargo for article version

     Embargo for article version

    Args:
        article_id (int):
        version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleEmbargo | ErrorMessage]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ArticleEmbargo | ErrorMessage | None:
    """Public Article Embargo for article version

     Embargo for article version

    Args:
        article_id (int):
        version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleEmbargo | ErrorMessage
    """

    return sync_detailed(
        article_id=article_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    article_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ArticleEmbargo | ErrorMessage]:
    """Public Article Embargo for article version

     Embargo for article version

    Args:
        article_id (int):
        version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleEmbargo | ErrorMessage]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ArticleEmbargo | ErrorMessage | None:
    """Public Article Embargo for article version

     Embargo for article version

    Args:
        article_id (int):
        version_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleEmbargo | ErrorMessage
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
