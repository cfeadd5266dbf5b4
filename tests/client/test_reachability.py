"""Every operation id of the patched spec is reachable from `Figshare` and `AsyncFigshare` as a typed method,
and calling it sends that operation's method and path."""

from __future__ import annotations

import contextlib
import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from figshare import AsyncFigshare, Figshare, ResponseParseError
from figshare_api.resources import OPERATIONS
from generator.schema_walk import operations

# Building calls from the spec uses openapi-python-client's naming rules (generation tooling, Python 3.11+).
pytest.importorskip("openapi_python_client", reason="openapi-python-client 0.29 needs Python 3.11+")

from tests.client.client_fakes import RecordingAPI
from tests.support.requests_from_spec import build_call


@pytest.fixture(scope="module")
def spec(patched_spec_path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(patched_spec_path.read_text(encoding="utf-8"))
    return document


def resolve(client: object, operation_id: str) -> Any:
    resource_path, method_name = OPERATIONS[operation_id]
    target = client
    for part in filter(None, resource_path.split(".")):
        target = getattr(target, part)
    return getattr(target, method_name)


def empty_success(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def path_pattern(template: str) -> re.Pattern[str]:
    return re.compile("^/v2" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")


def test_every_operation_id_is_a_method(spec: dict[str, Any]) -> None:
    ids = {operation["operationId"] for _path, _method, operation in operations(spec)}
    assert ids == set(OPERATIONS)
    with Figshare(token="t", http_client=httpx.Client(transport=httpx.MockTransport(empty_success))) as client:
        for operation_id in ids:
            method = resolve(client, operation_id)
            assert callable(method) and method.__doc__, operation_id
            assert inspect.signature(method).return_annotation != inspect.Signature.empty


def test_each_method_sends_its_operation(spec: dict[str, Any]) -> None:
    api = RecordingAPI(empty_success)
    with Figshare(token="t", rate_limit=None, http_client=httpx.Client(transport=api.transport())) as client:
        for path, method, operation in operations(spec):
            call = build_call(spec, operation)
            # `{}` does not parse as a list; only the request matters here.
            with contextlib.suppress(ResponseParseError):
                resolve(client, operation["operationId"])(**call.kwargs)
            sent = api.requests[-1]
            assert sent.method == method.upper(), operation["operationId"]
            assert path_pattern(path).match(sent.url.path), (operation["operationId"], sent.url.path)


async def test_async_client_has_the_same_operations(spec: dict[str, Any]) -> None:
    api = RecordingAPI(empty_success)
    async with AsyncFigshare(
        token="t", rate_limit=None, http_client=httpx.AsyncClient(transport=api.transport())
    ) as client:
        for operation_id in OPERATIONS:
            assert inspect.iscoroutinefunction(resolve(client, operation_id)), operation_id
        article = await client.articles.details(1)
        assert type(article).__name__ == "ArticleComplete"
    assert api.requests[0].url.path == "/v2/articles/1"


def test_every_v3_operation_is_reachable_and_sends_its_path(patched_v3_spec_path: Path) -> None:
    from figshare_api_v3.resources import OPERATIONS as V3_OPERATIONS

    spec_v3: dict[str, Any] = json.loads(patched_v3_spec_path.read_text(encoding="utf-8"))
    assert {operation["operationId"] for _p, _m, operation in operations(spec_v3)} == set(V3_OPERATIONS)
    api = RecordingAPI(empty_success)
    with Figshare(token="t", rate_limit=None, http_client=httpx.Client(transport=api.transport())) as client:
        for path, method, operation in operations(spec_v3):
            resource_path, method_name = V3_OPERATIONS[operation["operationId"]]
            target: Any = client.v3
            for part in filter(None, resource_path.split(".")):
                target = getattr(target, part)
            call = build_call(spec_v3, operation, "figshare_api_v3")
            with contextlib.suppress(ResponseParseError):
                getattr(target, method_name)(**call.kwargs)
            sent = api.requests[-1]
            assert sent.method == method.upper(), operation["operationId"]
            assert re.match("^/v3" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$", sent.url.path), sent.url.path
            assert sent.headers["authorization"] == "token t"
