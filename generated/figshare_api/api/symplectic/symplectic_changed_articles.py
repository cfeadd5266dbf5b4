from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.symplectic_changed_articles_is_embargoed import SymplecticChangedArticlesIsEmbargoed
from ...models.symplectic_changed_articles_response_200_item import SymplecticChangedArticlesResponse200Item
from ...models.symplectic_changed_articles_status import SymplecticChangedArticlesStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SymplecticChangedArticlesStatus | Unset = UNSET,
    is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["offset"] = offset

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_is_embargoed: str | Unset = UNSET
    if not isinstance(is_embargoed, Unset):
        json_is_embargoed = is_embargoed.value

    params["is_embargoed"] = json_is_embargoed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/symplectic/articles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[SymplecticChangedArticlesResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SymplecticChangedArticlesResponse200Item.from_dict(response_200_item_data)

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
) -> Response[ErrorMessage | list[SymplecticChangedArticlesResponse200Item]]:
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SymplecticChangedArticlesStatus | Unset = UNSET,
    is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
) -> Response[ErrorMessage | list[SymplecticChangedArticlesResponse200Item]]:
    """Get changed articles for Symplectic Elements

     Returns a list of articles for Symplectic Elements integration to synchronize article data.

    Args:
        since (str):
        offset (int | Unset):
        limit (int | Unset):
        status (SymplecticChangedArticlesStatus | Unset):
        is_embargoed (SymplecticChangedArticlesIsEmbargoed | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[SymplecticChangedArticlesResponse200Item]]
    """

    kwargs = _get_kwargs(
        since=since,
        offset=offset,
        limit=limit,
        status=status,
        is_embargoed=is_embargoed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SymplecticChangedArticlesStatus | Unset = UNSET,
    is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
) -> ErrorMessage | list[SymplecticChangedArticlesResponse200Item] | None:
    """Get changed articles for Symplectic Elements

     Returns a list of articles for Symplectic Elements integration to synchronize article data.

    Args:
        since (str):
        offset (int | Unset):
        limit (int | Unset):
        status (SymplecticChangedArticlesStatus | Unset):
        is_embargoed (SymplecticChangedArticlesIsEmbargoed | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[SymplecticChangedArticlesResponse200Item]
    """

    return sync_detailed(
        client=client,
        since=since,
        offset=offset,
        limit=limit,
        status=status,
        is_embargoed=is_embargoed,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SymplecticChangedArticlesStatus | Unset = UNSET,
    is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
) -> Response[ErrorMessage | list[SymplecticChangedArticlesResponse200Item]]:
    """Get changed articles for Symplectic Elements

     Returns a list of articles for Symplectic Elements integration to synchronize article data.

    Args:
        since (str):
        offset (int | Unset):
        limit (int | Unset):
        status (SymplecticChangedArticlesStatus | Unset):
        is_embargoed (SymplecticChangedArticlesIsEmbargoed | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[SymplecticChangedArticlesResponse200Item]]
    """

    kwargs = _get_kwargs(
        since=since,
        offset=offset,
        limit=limit,
        status=status,
        is_embargoed=is_embargoed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: SymplecticChangedArticlesStatus | Unset = UNSET,
    is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
) -> ErrorMessage | list[SymplecticChangedArticlesResponse200Item] | None:
    """Get changed articles for Symplectic Elements

     Returns a list of articles for Symplectic Elements integration to synchronize article data.

    Args:
        since (str):
        offset (int | Unset):
        limit (int | Unset):
        status (SymplecticChangedArticlesStatus | Unset):
        is_embargoed (SymplecticChangedArticlesIsEmbargoed | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[SymplecticChangedArticlesResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            offset=offset,
            limit=limit,
            status=status,
            is_embargoed=is_embargoed,
        )
    ).parsed
