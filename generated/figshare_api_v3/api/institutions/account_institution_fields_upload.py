from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_institution_fields_upload_body import AccountInstitutionFieldsUploadBody
from ...models.account_institution_fields_upload_response_200 import AccountInstitutionFieldsUploadResponse200
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    field_id: int,
    *,
    body: AccountInstitutionFieldsUploadBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/institution/fields/{field_id}/items/upload".format(
            field_id=quote(str(field_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountInstitutionFieldsUploadResponse200 | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = AccountInstitutionFieldsUploadResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorMessage.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountInstitutionFieldsUploadResponse200 | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    field_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountInstitutionFieldsUploadBody | Unset = UNSET,
) -> Response[AccountInstitutionFieldsUploadResponse200 | ErrorMessage]:
    """Fields values files upload

     Uploads a CSV containing values for a specific field of type <b>dropdown_large_list</b>. The
    <code>field_id</code> path parameter accepts both classic custom field IDs (legacy) and underlying
    field IDs. The lookup is performed automatically — no additional parameter is required.

    Args:
        field_id (int):
        body (AccountInstitutionFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountInstitutionFieldsUploadResponse200 | ErrorMessage]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    field_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountInstitutionFieldsUploadBody | Unset = UNSET,
) -> AccountInstitutionFieldsUploadResponse200 | ErrorMessage | None:
    """Fields values files upload

     Uploads a CSV containing values for a specific field of type <b>dropdown_large_list</b>. The
    <code>field_id</code> path parameter accepts both classic custom field IDs (legacy) and underlying
    field IDs. The lookup is performed automatically — no additional parameter is required.

    Args:
        field_id (int):
        body (AccountInstitutionFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountInstitutionFieldsUploadResponse200 | ErrorMessage
    """

    return sync_detailed(
        field_id=field_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    field_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountInstitutionFieldsUploadBody | Unset = UNSET,
) -> Response[AccountInstitutionFieldsUploadResponse200 | ErrorMessage]:
    """Fields values files upload

     Uploads a CSV containing values for a specific field of type <b>dropdown_large_list</b>. The
    <code>field_id</code> path parameter accepts both classic custom field IDs (legacy) and underlying
    field IDs. The lookup is performed automatically — no additional parameter is required.

    Args:
        field_id (int):
        body (AccountInstitutionFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountInstitutionFieldsUploadResponse200 | ErrorMessage]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountInstitutionFieldsUploadBody | Unset = UNSET,
) -> AccountInstitutionFieldsUploadResponse200 | ErrorMessage | None:
    """Fields values files upload

     Uploads a CSV containing values for a specific field of type <b>dropdown_large_list</b>. The
    <code>field_id</code> path parameter accepts both classic custom field IDs (legacy) and underlying
    field IDs. The lookup is performed automatically — no additional parameter is required.

    Args:
        field_id (int):
        body (AccountInstitutionFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountInstitutionFieldsUploadResponse200 | ErrorMessage
    """

    return (
        await asyncio_detailed(
            field_id=field_id,
            client=client,
            body=body,
        )
    ).parsed
