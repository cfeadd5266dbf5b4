"""Contract tests: every operation, called through the client's typed method with its required parameters, is
accepted by Stoplight Prism serving the patched spec (no validation error), and the client parses the answer.

Authentication uses the documented `Authorization: token <TOKEN>` header, which the patched spec describes
(overlays/02-auth.yaml); nothing here sends `Bearer`.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from figshare import Figshare, FigshareError
from figshare._operations import capture_responses
from generator.schema_walk import operations
from tests.support.requests_from_spec import build_call, resolve

pytestmark = pytest.mark.prism


APIS = {
    "v2": ("figshare_api", "patched_spec_path", "prism_url", 158),
    "v3": ("figshare_api_v3", "patched_v3_spec_path", "prism_v3_url", 163),
}


def request_violations(header: str | None) -> list[Any]:
    """Prism's findings about the request (its findings about its own mocked response are not the client's)."""
    if not header:
        return []
    return [item for item in json.loads(header) if item.get("location", [""])[0] == "request"]


@pytest.mark.parametrize("api", sorted(APIS))
def test_every_operation_is_accepted_and_parsed(api: str, request: pytest.FixtureRequest) -> None:
    package, spec_fixture, prism_fixture, expected = APIS[api]
    spec_path: Path = request.getfixturevalue(spec_fixture)
    spec: dict[str, Any] = json.loads(spec_path.read_text(encoding="utf-8"))
    prism_url: str = request.getfixturevalue(prism_fixture)
    table = importlib.import_module(f"{package}.resources").OPERATIONS
    failures: list[str] = []
    count = 0
    with Figshare(
        token="contract-test-token", base_url=prism_url, v3_base_url=prism_url, rate_limit=None, max_retries=0
    ) as client:
        root: Any = client.v3 if api == "v3" else client
        for path, method, operation in operations(spec):
            count += 1
            call = build_call(spec, operation, package)
            resource_path, name = table[operation["operationId"]]
            target = root
            for part in filter(None, resource_path.split(".")):
                target = getattr(target, part)
            where = f"{method.upper()} {path} ({operation['operationId']})"
            with capture_responses() as responses:
                try:
                    parsed = getattr(target, name)(**call.kwargs)
                except FigshareError as error:
                    failures.append(f"{where}: {error}")
                    continue
            response = responses[-1]
            violations = request_violations(response.headers.get("sl-violations"))
            if response.status_code != call.success_status or violations:
                failures.append(f"{where}: {response.status_code} {violations or response.content[:300]!r}")
                continue
            has_body = bool(operation["responses"][str(call.success_status)].get("content"))
            if has_body and parsed is None:
                failures.append(f"{where}: the client did not parse the {response.status_code} body")
    assert count >= expected
    assert not failures, f"{len(failures)} of {count} operations failed:\n" + "\n".join(failures)


@pytest.mark.parametrize("api", sorted(APIS))
def test_prism_really_validates_request_bodies(api: str, request: pytest.FixtureRequest) -> None:
    """The positive test above means something only if Prism checks bodies: an empty body for an operation whose
    body has required properties must be refused, for every such operation (Prism 5.16 silently skips the
    check when a schema confuses it - see overlays/common/07-request-types.yaml)."""
    _package, spec_fixture, prism_fixture, _expected = APIS[api]
    spec_path: Path = request.getfixturevalue(spec_fixture)
    spec: dict[str, Any] = json.loads(spec_path.read_text(encoding="utf-8"))
    prism_url: str = request.getfixturevalue(prism_fixture)
    unchecked: list[str] = []
    checked = 0
    with httpx.Client(base_url=prism_url, headers={"Authorization": "token contract-test-token"}) as client:
        for path, method, operation in operations(spec):
            media = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
            if not media or not resolve(spec, media["schema"]).get("required"):
                continue
            call = build_call(spec, operation, APIS[api][0])
            url = call.operation.path.format_map(call.kwargs)
            response = client.request(method.upper(), url, json={})
            checked += 1
            if response.status_code not in (400, 422):
                unchecked.append(f"{method.upper()} {path}: {response.status_code}")
    assert checked >= 10
    assert not unchecked, "Prism accepted an empty body for:\n" + "\n".join(unchecked)
