"""Send one generated operation through the HTTP core and return its parsed success model.

The generated resources (``figshare_api.resources``) call a *requester* with the operation's module name, its
documented success statuses and the arguments. The requester builds the request with the module's
``_get_kwargs``, sends it through `HTTPCore` (rate limit, retries, auth, error mapping), and parses the body
with the module's ``_parse_response``. The generated ``sync()`` functions are never used: they return ``None``
for documented error statuses, which must never reach users.

Arguments are checked first (`figshare._operation_arguments`): an id of -5, "abc", True or 2**70, a page size
of 0, a title with a lone surrogate never leave the machine; they raise `InvalidArgumentError` naming the
argument. Whatever a success body holds, parsing it raises at most `ResponseParseError`.
"""

from __future__ import annotations

import contextvars
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import httpx

from figshare._http import AsyncHTTPCore, HTTPCore, parse_json
from figshare._impersonation import apply_impersonation
from figshare._operation_arguments import OperationArguments, describe_unsendable_body
from figshare._secrets import redact_text
from figshare.errors import FigshareError, InvalidArgumentError, ResponseParseError
from figshare_api.client import Client

__all__ = ["AsyncOperationRequester", "OperationRequester", "capture_responses"]

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


class _RequesterBase:
    def __init__(self, http_client: httpx.Client | httpx.AsyncClient, base_url: str, impersonate: int | None) -> None:
        self._http_client = http_client
        self._base_url = base_url.rstrip("/")
        self._impersonate = impersonate
        # Only `raise_on_unexpected_status` is read from it, while parsing.
        self._parse_client = Client(base_url=self._base_url)

    def _build(self, module: ModuleType, arguments: dict[str, Any]) -> httpx.Request:
        arguments = _checks(module).check(arguments)
        try:
            kwargs: dict[str, Any] = module._get_kwargs(**arguments)
            method = kwargs.pop("method").upper()
            url = self._base_url + kwargs.pop("url")
            params = kwargs.pop("params", None)
            json_body = kwargs.pop("json", None)
            if self._impersonate is not None:
                params, json_body = apply_impersonation(
                    method, httpx.QueryParams(params or {}), json_body, self._impersonate
                )
            return self._http_client.build_request(method, url, params=params, json=json_body, **kwargs)
        except FigshareError:
            raise
        except Exception as error:  # a value with no JSON or UTF-8 form, a model field of the wrong type
            raise _unsendable(arguments, error) from None

    def _parse(self, module: ModuleType, success_statuses: tuple[int, ...], response: httpx.Response) -> Any:
        if response.status_code not in success_statuses:
            # A success status the spec does not document (e.g. 200 for a documented 201) is parsed as the
            # documented one rather than dropped as None.
            response = httpx.Response(
                success_statuses[0], content=response.content, headers=response.headers, request=response.request
            )
        try:
            return module._parse_response(client=self._parse_client, response=response)
        except FigshareError:
            raise
        except Exception as error:  # whatever the body holds, parsing it fails with ResponseParseError
            parse_json(response)  # raises ResponseParseError for empty, HTML, malformed and too deep bodies
            detail = "nested too deeply" if isinstance(error, RecursionError) else f"{type(error).__name__}: {error}"
            raise ResponseParseError.from_response(
                response, f"the JSON body does not have the documented shape ({detail})"
            ) from None

    @staticmethod
    def _record(response: httpx.Response) -> None:
        captured = _captured.get()
        if captured is not None:
            captured.append(response)


_modules: dict[str, ModuleType] = {}
_arguments: dict[str, OperationArguments] = {}


def _checks(module: ModuleType) -> OperationArguments:
    """The argument checks of a generated operation module (made on first use, then looked up)."""
    checks = _arguments.get(module.__name__)
    if checks is None:
        checks = _arguments[module.__name__] = OperationArguments(module._get_kwargs)
    return checks


def _unsendable(arguments: dict[str, Any], error: Exception) -> InvalidArgumentError:
    body = arguments.get("body")
    if body is not None and type(body).__name__ != "Unset":
        described = describe_unsendable_body(body)
        if described is not None:
            return described
    detail = redact_text(str(error)) or type(error).__name__
    return InvalidArgumentError(f"the request cannot be built from these arguments ({type(error).__name__}: {detail})")


def _module(name: str) -> ModuleType:
    """The generated operation module ``name`` (imported on first use, then looked up)."""
    module = _modules.get(name)
    if module is None:
        module = _modules[name] = importlib.import_module(name)
    return module


class OperationRequester(_RequesterBase):
    """The requester of `Figshare`: sends operations with an `HTTPCore`."""

    def __init__(self, core: HTTPCore, base_url: str, impersonate: int | None = None) -> None:
        super().__init__(core.http_client, base_url, impersonate)
        self._core = core

    def call(self, module: str, success_statuses: tuple[int, ...], arguments: dict[str, Any]) -> Any:
        """Send the operation of generated module ``module`` and return its parsed success body."""
        operation = _module(module)
        response = self._core.send(self._build(operation, arguments))
        self._record(response)
        return self._parse(operation, success_statuses, response)


class AsyncOperationRequester(_RequesterBase):
    """The requester of `AsyncFigshare`: sends operations with an `AsyncHTTPCore`."""

    def __init__(self, core: AsyncHTTPCore, base_url: str, impersonate: int | None = None) -> None:
        super().__init__(core.http_client, base_url, impersonate)
        self._core = core

    async def call(self, module: str, success_statuses: tuple[int, ...], arguments: dict[str, Any]) -> Any:
        """Send the operation of generated module ``module`` and return its parsed success body."""
        operation = _module(module)
        response = await self._core.send(self._build(operation, arguments))
        self._record(response)
        return self._parse(operation, success_statuses, response)
