from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_institution_curations_status import AccountInstitutionCurationsStatus
from ...models.curation import Curation
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_id: int | Unset = UNSET,
    item_id: int | Unset = UNSET,
    status: AccountInstitutionCurationsStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_id"] = group_id

    params["item_id"] = item_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/institution/reviews",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Curation | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = Curation.from_dict(response.json())

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
) -> Response[Curation | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    item_id: int | Unset = UNSET,
    status: AccountInstitutionCurationsStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Curation | ErrorMessage]:
    """Institution Curation Reviews

     Retrieve a list of curation reviews for this institution

    Args:
        group_id (int | Unset):
        item_id (int | Unset):
        status (AccountInstitutionCurationsStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Curation | ErrorMessage]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        item_id=item_id,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    item_id: int | Unset = UNSET,
    status: AccountInstitutionCurationsStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Curation | ErrorMessage | None:
    """Institution Curation Reviews

     Retrieve a list of curation reviews for this institution

    Args:
        group_id (int | Unset):
        item_id (int | Unset):
        status (AccountInstitutionCurationsStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Curation | ErrorMessage
    """

    return sync_detailed(
        client=client,
        group_id=group_id,
        item_id=item_id,
        status=status,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    item_id: int | Unset = UNSET,
    status: AccountInstitutionCurationsStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Curation | ErrorMessage]:
    """Institution Curation Reviews

     Retrieve a list of curation reviews for this institution

    Args:
        group_id (int | Unset):
        item_id (int | Unset):
        status (AccountInstitutionCurationsStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Curation | ErrorMessage]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        item_id=item_id,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_id: int | Unset = UNSET,
    item_id: int | Unset = UNSET,
    status: AccountInstitutionCurationsStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Curation | ErrorMessage | None:
    """Institution Curation Reviews

     Retrieve a list of curation reviews for this institution

    Args:
        group_id (int | Unset):
        item_id (int | Unset):
        status (AccountInstitutionCurationsStatus | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Curation | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            group_id=group_id,
            item_id=item_id,
            status=status,
            limit=limit,
            offset=offset,
        )
    ).parsed
