"""Send one generated operation through the HTTP core and return its parsed success value.

The generated resources (``figshare_api.resources``) call a *requester* with an `Operation` (method, path,
where each argument goes, how the success body is parsed) and the arguments. The requester checks them
(`figshare._operation_arguments`: a bad one raises `InvalidArgumentError` before anything is sent), builds the
request, sends it through the core (error statuses raise there) and parses the body (at worst
`ResponseParseError`). An impersonating requester adds ``impersonate`` where Figshare expects it (the OpenAPI
description does not say).
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from figshare._http import HTTPCore, parse_json
from figshare._operation_arguments import checks_of, describe_unsendable_body, given
from figshare._secrets import redact_text
from figshare.errors import FigshareError, InvalidArgumentError, ResponseParseError
from figshare_api.types import UNSET, Operation

if TYPE_CHECKING:
    from figshare._async_core import AsyncHTTPCore

T = TypeVar("T")
CoreT = TypeVar("CoreT", HTTPCore, "AsyncHTTPCore")  # a string: the sync path never imports the async core

_captured: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "figshare_captured_responses", default=None
)


@contextmanager
def capture_responses() -> Iterator[list[httpx.Response]]:
    """Collect the raw responses of the operations called inside the block (in this thread or task).

    Pagination uses it to read response headers such as ``X-Cursor`` that the parsed models do not carry.
    """
    responses: list[httpx.Response] = []
    token = _captured.set(responses)
    try:
        yield responses
    finally:
        _captured.reset(token)


BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
"""Methods that carry `impersonate` in the JSON body; all others carry it in the query string."""

IMPERSONATE = "impersonate"


def apply_impersonation(method: str, params: Any, json: Any, account_id: int) -> tuple[Any, Any]:
    """Return `(params, json)` with `impersonate=account_id` added where Figshare expects it.

    `GET`, `DELETE` (and other body-less methods) get it in the query; `POST`, `PUT` and `PATCH` get it in the
    JSON object body (a missing body becomes `{"impersonate": account_id}`). The inputs are not modified;
    `account_id` was checked by `impersonate()`.

    Raises:
        TypeError: the JSON body of a `POST`/`PUT` is not an object, so the field cannot be added.
    """
    if method.upper() in BODY_METHODS:
        if json is None:
            return params, {IMPERSONATE: account_id}
        if not isinstance(json, dict):
            raise TypeError(f"impersonation needs a JSON object body for {method.upper()}, not {type(json).__name__}")
        return params, {**json, IMPERSONATE: account_id}
    query = httpx.QueryParams(params) if params is not None else httpx.QueryParams()
    return query.set(IMPERSONATE, str(account_id)), json


class _RequesterBase(Generic[CoreT]):
    def __init__(self, core: CoreT, base_url: str, impersonate: int | None = None) -> None:
        self._core: CoreT = core
        self._http_client: httpx.Client | httpx.AsyncClient = core.http_client
        self._base_url = base_url.rstrip("/")
        self._impersonate = impersonate

    def _build(self, operation: Operation[Any], arguments: dict[str, Any]) -> httpx.Request:
        arguments = checks_of(operation).check(arguments)
        try:
            return self._request(operation, arguments)
        except FigshareError:
            raise
        except Exception as error:  # a value with no JSON or UTF-8 form deep in a body, a field of the wrong type
            raise _unsendable(arguments, error) from None

    def _request(self, operation: Operation[Any], arguments: dict[str, Any]) -> httpx.Request:
        url = self._base_url + operation.path.format_map(arguments)
        params = _given(operation.query, arguments) if operation.query else None
        headers = (
            {wire: str(value) for wire, value in _given(operation.headers, arguments).items()} or None
            if operation.headers
            else None
        )
        json_body: Any = None
        files: Any = None
        body = arguments.get("body", UNSET)
        if operation.body is not None and given(body):
            if operation.body == "multipart":
                files = body.to_multipart()
            else:
                json_body = body.to_dict() if hasattr(body, "to_dict") else body
        method = operation.method
        if self._impersonate is not None:
            params, json_body = apply_impersonation(method, params, json_body, self._impersonate)
        return self._http_client.build_request(method, url, params=params, json=json_body, files=files, headers=headers)

    @staticmethod
    def _parse(operation: Operation[T], response: httpx.Response) -> T:
        captured = _captured.get()  # capture_responses() (pagination); inline, as every call passes here
        if captured is not None:
            captured.append(response)
        if not operation.has_body:
            return None  # type: ignore[return-value]
        data = parse_json(response)  # ResponseParseError for empty, HTML and malformed bodies
        try:
            return operation.parse(data)
        except FigshareError:
            raise
        except Exception as error:  # whatever the body holds, parsing it fails with ResponseParseError
            detail = "nested too deeply" if isinstance(error, RecursionError) else f"{type(error).__name__}: {error}"
            raise ResponseParseError.from_response(
                response, f"the JSON body does not have the documented shape ({detail})"
            ) from None


def _given(wire_names: Iterable[tuple[str, str]], arguments: dict[str, Any]) -> dict[str, Any]:
    return {wire: value for name, wire in wire_names if (value := arguments[name]) is not UNSET and value is not None}


def _unsendable(arguments: dict[str, Any], error: Exception) -> InvalidArgumentError:
    if given(body := arguments.get("body")) and (described := describe_unsendable_body(body)) is not None:
        return described
    detail = redact_text(str(error)) or type(error).__name__
    return InvalidArgumentError(f"the request cannot be built from these arguments ({type(error).__name__}: {detail})")


class OperationRequester(_RequesterBase[HTTPCore]):
    """The requester of `Figshare`: sends operations with an `HTTPCore`."""

    def call(self, operation: Operation[T], arguments: dict[str, Any]) -> T:
        """Send ``operation`` with ``arguments`` and return its parsed success value."""
        return self._parse(operation, self._core.send(self._build(operation, arguments)))


class AsyncOperationRequester(_RequesterBase["AsyncHTTPCore"]):
    """The requester of `AsyncFigshare`: sends operations with an `AsyncHTTPCore`."""

    async def call(self, operation: Operation[T], arguments: dict[str, Any]) -> T:
        """Send ``operation`` with ``arguments`` and return its parsed success value."""
        return self._parse(operation, await self._core.send(self._build(operation, arguments)))
