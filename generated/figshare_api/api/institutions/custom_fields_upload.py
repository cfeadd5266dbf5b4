from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_upload_body import CustomFieldsUploadBody
from ...models.custom_fields_upload_response_200 import CustomFieldsUploadResponse200
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    custom_field_id: int,
    *,
    body: CustomFieldsUploadBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/institution/custom_fields/{custom_field_id}/items/upload".format(
            custom_field_id=quote(str(custom_field_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsUploadResponse200 | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = CustomFieldsUploadResponse200.from_dict(response.json())

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
) -> Response[CustomFieldsUploadResponse200 | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_field_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomFieldsUploadBody | Unset = UNSET,
) -> Response[CustomFieldsUploadResponse200 | ErrorMessage]:
    """Custom fields values files upload

     Uploads a CSV containing values for a specific custom field of type <b>dropdown_large_list</b>. The
    <code>custom_field_id</code> path parameter accepts both classic custom field IDs (legacy) and
    underlying field IDs (v2). The lookup is performed automatically — no additional parameter is
    required. More details in the <a href="#custom_fields">Custom Fields section</a>

    Args:
        custom_field_id (int):
        body (CustomFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsUploadResponse200 | ErrorMessage]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_field_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomFieldsUploadBody | Unset = UNSET,
) -> CustomFieldsUploadResponse200 | ErrorMessage | None:
    """Custom fields values files upload

     Uploads a CSV containing values for a specific custom field of type <b>dropdown_large_list</b>. The
    <code>custom_field_id</code> path parameter accepts both classic custom field IDs (legacy) and
    underlying field IDs (v2). The lookup is performed automatically — no additional parameter is
    required. More details in the <a href="#custom_fields">Custom Fields section</a>

    Args:
        custom_field_id (int):
        body (CustomFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsUploadResponse200 | ErrorMessage
    """

    return sync_detailed(
        custom_field_id=custom_field_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    custom_field_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomFieldsUploadBody | Unset = UNSET,
) -> Response[CustomFieldsUploadResponse200 | ErrorMessage]:
    """Custom fields values files upload

     Uploads a CSV containing values for a specific custom field of type <b>dropdown_large_list</b>. The
    <code>custom_field_id</code> path parameter accepts both classic custom field IDs (legacy) and
    underlying field IDs (v2). The lookup is performed automatically — no additional parameter is
    required. More details in the <a href="#custom_fields">Custom Fields section</a>

    Args:
        custom_field_id (int):
        body (CustomFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsUploadResponse200 | ErrorMessage]
    """

    kwargs = _get_kwargs(
        custom_field_id=custom_field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_field_id: int,
    *,
    client: AuthenticatedClient,
    body: CustomFieldsUploadBody | Unset = UNSET,
) -> CustomFieldsUploadResponse200 | ErrorMessage | None:
    """Custom fields values files upload

     Uploads a CSV containing values for a specific custom field of type <b>dropdown_large_list</b>. The
    <code>custom_field_id</code> path parameter accepts both classic custom field IDs (legacy) and
    underlying field IDs (v2). The lookup is performed automatically — no additional parameter is
    required. More details in the <a href="#custom_fields">Custom Fields section</a>

    Args:
        custom_field_id (int):
        body (CustomFieldsUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsUploadResponse200 | ErrorMessage
    """

    return (
        await asyncio_detailed(
            custom_field_id=custom_field_id,
            client=client,
            body=body,
        )
    ).parsed
