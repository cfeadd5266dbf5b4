"""vcrpy settings for the client's recorded workflows.

Cassettes replay in CI (``record_mode="none"``: a request that is not in the cassette fails the test). They are
matched on method, API path (without a leading ``/v2``), query and body - not on the host - so one recording
serves any base URL (Prism serves the API at its root, Figshare under ``/v2``).

Re-recording, by a maintainer:

- against a local Prism mock (what the committed cassettes are): ``make mock`` in one terminal, then
  ``FIGSHARE_RECORD=1 FIGSHARE_BASE_URL=http://127.0.0.1:4010 FIGSHARE_TOKEN=anything make pytest``;
- against the live API, with your own personal token, only for read-only workflows and rarely (Figshare asks
  clients not to run test suites against it): ``FIGSHARE_RECORD=1 FIGSHARE_BASE_URL=https://api.figshare.com/v2
  FIGSHARE_TOKEN=<token> python -m pytest tests/client/test_cassettes.py``, then review the YAML before committing.

Secrets never reach a cassette: the Authorization header, ``access_token``/``token`` query parameters and any
``token``-named JSON field are replaced before anything is written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import vcr

CASSETTES = Path(__file__).resolve().parent / "cassettes"
REDACTED = "REDACTED"
SECRET_FIELDS = {"access_token", "refresh_token", "token", "client_secret", "password"}


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: REDACTED if key in SECRET_FIELDS else _scrub_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub_json(item) for item in value]
    return value


def _scrub_body(body: Any) -> Any:
    if not body:
        return body
    try:
        document = json.loads(body)
    except (ValueError, TypeError, UnicodeDecodeError):
        return body
    scrubbed = json.dumps(_scrub_json(document))
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def _before_record_request(request: Any) -> Any:
    request.body = _scrub_body(request.body)
    return request


def _before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response.get("body", {})
    if "string" in body:
        body["string"] = _scrub_body(body["string"])
    return response


def _api_path(path: str) -> str:
    return path[len("/v2") :] if path.startswith("/v2/") else path


def _same_api_path(first: Any, second: Any) -> None:
    assert _api_path(first.path) == _api_path(second.path), f"{first.path} != {second.path}"


def recorder(cassette_dir: Path = CASSETTES) -> vcr.VCR:
    """The project's vcrpy configuration (see the module docstring)."""
    configured = vcr.VCR(
        cassette_library_dir=str(cassette_dir),
        record_mode="once" if os.environ.get("FIGSHARE_RECORD") == "1" else "none",
        match_on=["method", "api_path", "query", "body"],
        filter_headers=[("authorization", REDACTED), ("cookie", REDACTED), ("set-cookie", REDACTED)],
        filter_query_parameters=[("access_token", REDACTED), ("token", REDACTED)],
        before_record_request=_before_record_request,
        before_record_response=_before_record_response,
        decode_compressed_response=True,
    )
    configured.register_matcher("api_path", _same_api_path)
    return configured
