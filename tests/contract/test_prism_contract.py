"""Contract tests: every operation, called through the generated client with its required parameters, is
accepted by Stoplight Prism serving the patched spec (no validation error), and the client parses the answer.

Authentication uses the documented `Authorization: token <TOKEN>` header, which the patched spec describes
(overlays/02-auth.yaml); nothing here sends `Bearer`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from figshare_api.client import AuthenticatedClient
from generator.schema_walk import operations
from tests.support.requests_from_spec import build_call

pytestmark = pytest.mark.prism


@pytest.fixture(scope="module")
def spec(patched_spec_path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(patched_spec_path.read_text(encoding="utf-8"))
    return document


def request_violations(header: str | None) -> list[Any]:
    """Prism's findings about the request (its findings about its own mocked response are not the client's)."""
    if not header:
        return []
    return [item for item in json.loads(header) if item.get("location", [""])[0] == "request"]


def test_every_operation_is_accepted_and_parsed(spec: dict[str, Any], prism_url: str) -> None:
    failures: list[str] = []
    count = 0
    with AuthenticatedClient(base_url=prism_url, token="contract-test-token", prefix="token") as client:
        for path, method, operation in operations(spec):
            count += 1
            call = build_call(spec, operation)
            response = call.module.sync_detailed(client=client, **call.kwargs)
            where = f"{method.upper()} {path} ({operation['operationId']})"
            violations = request_violations(response.headers.get("sl-violations"))
            if response.status_code != call.success_status or violations:
                failures.append(f"{where}: {response.status_code} {violations or response.content[:300]!r}")
                continue
            has_body = bool(operation["responses"][str(call.success_status)].get("content"))
            if has_body and response.parsed is None:
                failures.append(f"{where}: the client did not parse the {response.status_code} body")
    assert count >= 158
    assert not failures, f"{len(failures)} of {count} operations failed:\n" + "\n".join(failures)
