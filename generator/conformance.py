"""Language-neutral conformance fixtures: request/response pairs with what they prove, secrets removed.

Two sources:

- the vcrpy cassettes of ``tests/client/cassettes/``: multi-request workflows recorded against a Prism mock of
  the patched spec. Their requests are what a client sends; their responses are the mock's output, made from the
  document itself, so they prove nothing about Figshare (``source.authority`` ``mock``) and are never evidence;
- the corpus of real Figshare responses (``$FIGSHARE_TEST_CORPUS/rest/``, described by its ``PROVENANCE.tsv``):
  every JSON response that maps to an operation and a status it declares (success bodies, and the error bodies
  the overlays cite). ``source.authority`` is ``recorded`` (from the service) or ``documentation`` (an example
  from documentation). The corpus is never part of the repository; fixtures made from it live in the build output
  only, each naming the public repository, path and commit it came from.

Values the source project rewrote before publishing them (:data:`REWRITES`: relative ``api/...`` URLs, ``*_fake``
placeholders, a redacted upload host or timestamp) are listed in ``rewritten``: they are not what Figshare sent,
so they are evidence of nothing about formats.

The format is described by ``dist_templates/fixture.schema.json`` and ``dist_templates/conformance-README.md``.

Secrets: values of the keys in :data:`SECRET_NAMES` (in query strings and JSON bodies, at any depth) become
``"REDACTED"``, and so does any other occurrence of such a value inside another string (an upload URL carries its
upload token); headers are kept only when in :data:`KEPT_HEADERS`, so credentials never are.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from figshare.auth import SENSITIVE_QUERY_PARAMS
from generator.schema_walk import operations

FORMAT = "figshare-conformance-fixture/2"
REDACTED = "REDACTED"
SECRET_NAMES = (SENSITIVE_QUERY_PARAMS - {"code"}) | {"upload_token"}
"""Keys whose values are secrets: the SDK's own list (``figshare.auth.SENSITIVE_QUERY_PARAMS``; ``code`` is
Figshare's error code in bodies) plus ``upload_token``, a per-file upload credential."""
KEPT_HEADERS = frozenset({"content-type", "location", "link", "x-cursor", "retry-after"})
API_PREFIX = re.compile(r"^https://api\.figs(?:hare|h)\.com/v2")
SHORTEST_SECRET = 8  # shorter values are not searched for inside other strings (too likely to be words)
AUTHORITIES = {"recorded": "recorded", "doc-example": "documentation"}
"""PROVENANCE.tsv origin -> ``source.authority``."""
REDACTED_TIMESTAMP = "2022-01-01T00:00:00"


@dataclass(frozen=True)
class Rewrite:
    """A kind of value a source project rewrote before publishing its recording."""

    rule: str
    note: str
    applies: Callable[[str, str], bool]
    """(value, the corpus entry's provenance notes) -> whether the value is such a rewrite."""


MOCK_PLACEHOLDER = Rewrite(
    "mock-placeholder",
    'Stoplight Prism\'s stand-in ("string") for a string the document gives no example of: no value at all',
    lambda value, _notes: value == "string",
)
"""The one rewrite looked for in mock recordings."""

REWRITES = (
    Rewrite(
        "relative-api-url",
        "the recorder shortened https://api.figshare.com/v2/ to api/ (a relative reference, not a URI)",
        lambda value, _notes: value.startswith("api/"),
    ),
    Rewrite(
        "placeholder",
        "the source project replaced the value with a placeholder",
        lambda value, _notes: value.endswith("_fake"),
    ),
    Rewrite(
        "upload-host",
        "the recorder replaced the upload host with *.up",
        lambda value, _notes: bool(re.match(r"^https://[^/]+\.up/", value)),
    ),
    Rewrite(
        "timestamp",
        f"the recorder replaced every timestamp with {REDACTED_TIMESTAMP} (no time zone: not an RFC 3339 date-time)",
        lambda value, notes: value == REDACTED_TIMESTAMP and REDACTED_TIMESTAMP in notes,
    ),
)


@dataclass(frozen=True)
class OperationRef:
    """The operation of the patched spec a request maps to."""

    method: str
    path: str
    operation_id: str
    success_status: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "operation_id": self.operation_id,
            "success_status": self.success_status,
        }


class OperationIndex:
    """Finds the operation of a concrete request path; the most specific template wins (fewest parameters)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._templates: list[tuple[int, re.Pattern[str], OperationRef]] = []
        for path, method, operation in operations(spec):
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path.rstrip("/"))) + "/?$")
            success = [int(code) for code in operation.get("responses", {}) if str(code).startswith("2")]
            ref = OperationRef(method.upper(), path, str(operation.get("operationId", "")), min(success, default=None))
            self._templates.append((path.count("{"), pattern, ref))
        self._templates.sort(key=lambda entry: entry[0])

    def find(self, method: str, path: str) -> OperationRef | None:
        for _count, pattern, ref in self._templates:
            if ref.method == method.upper() and pattern.match(path):
                return ref
        return None


def cassette_fixtures(cassettes: Path, index: OperationIndex, api: str = "v2") -> Iterator[dict[str, Any]]:
    """One fixture per recorded interaction of every ``*.yaml`` cassette in ``cassettes``, in order."""
    for cassette in sorted(cassettes.glob("*.yaml")):
        interactions = yaml.safe_load(cassette.read_text(encoding="utf-8")).get("interactions") or []
        for position, interaction in enumerate(interactions, start=1):
            request, response = interaction["request"], interaction["response"]
            url = urlsplit(request["uri"])
            path = _api_path(url.path)
            operation = index.find(request["method"], path)
            if operation is None:
                raise ValueError(f"{cassette.name} #{position}: {request['method']} {path} matches no operation")
            answer = _body((response.get("body") or {}).get("string"))
            fixture = {
                "format": FORMAT,
                "id": f"cassette/{cassette.stem}/{position:02d}",
                "api": api,
                "operation": operation.to_json(),
                "request": {
                    "method": request["method"].upper(),
                    "path": path,
                    "query": [list(pair) for pair in parse_qsl(url.query, keep_blank_values=True)],
                    "headers": _kept_headers(request.get("headers") or {}),
                    "body_recorded": True,
                    **_body(request.get("body")),
                },
                "response": {
                    "status": int(response["status"]["code"]),
                    "headers": _kept_headers(response.get("headers") or {}),
                    **answer,
                },
                "source": {
                    "kind": "cassette",
                    "authority": "mock",
                    "file": f"tests/client/cassettes/{cassette.name}",
                    "origin": "recorded by the SDK's tests against a Prism mock serving the patched spec",
                    "sequence": {"name": cassette.stem, "position": position, "length": len(interactions)},
                },
                "checks": ["request_matches", "response_validates", "response_types"],
                "rewritten": rewritten_values(answer.get("body"), "/response/body", "", (MOCK_PLACEHOLDER,)),
            }
            yield redact(fixture)


def corpus_fixtures(
    corpus: Path, index: OperationIndex, api: str = "v2", declared: Callable[[OperationRef, int], bool] | None = None
) -> Iterator[dict[str, Any]]:
    """One fixture per JSON response of ``corpus/rest/`` that maps to an operation.

    Success responses always; error responses (status 400 and above) when ``declared(operation, status)`` says the
    operation declares that status (the error bodies the overlays cite as evidence).
    """
    with (corpus / "PROVENANCE.tsv").open(encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda row: row["file"])
    for row in rows:
        if not (row["file"].startswith("rest/") and row["file"].endswith(".json")):
            continue
        method, _, rest = row["request"].partition(" ")
        url = urlsplit(API_PREFIX.sub("", rest.split(" ")[0]))
        status = int(row["status"]) if row["status"].isdigit() else None
        operation = index.find(method, url.path)
        if operation is None:
            continue
        if status is not None and status >= 400 and (declared is None or not declared(operation, status)):
            continue
        try:
            body = json.loads((corpus / row["file"]).read_bytes())
        except ValueError:
            continue
        fixture = {
            "format": FORMAT,
            "id": f"corpus/{Path(row['file']).stem}",
            "api": api,
            "operation": operation.to_json(),
            "request": {
                "method": method.upper(),
                "path": url.path,
                "query": [list(pair) for pair in parse_qsl(url.query, keep_blank_values=True)],
                "headers": {},
                "body_recorded": False,
            },
            "response": {"status": status, "headers": {"content-type": "application/json"}, "body": body},
            "source": {
                "kind": "corpus",
                "authority": AUTHORITIES.get(row["origin"], "documentation"),
                "file": row["file"],
                "origin": row["origin"],
                "repository": row["repo"],
                "path": row["path"],
                "commit": row["commit"],
                "notes": row.get("notes") or "",
            },
            "checks": ["response_validates", "response_types"]
            + (["response_round_trips"] if status is None or status < 400 else []),
            "rewritten": rewritten_values(body, "/response/body", row.get("notes") or ""),
        }
        yield redact(fixture)


def rewritten_values(
    value: Any, pointer: str, notes: str, rewrites: tuple[Rewrite, ...] = REWRITES
) -> list[dict[str, str]]:
    """Every string inside ``value`` that a source project rewrote (``rewrites``), with where and how."""
    found: list[dict[str, str]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += rewritten_values(item, f"{pointer}/{_escape(str(key))}", notes, rewrites)
    elif isinstance(value, list):
        for position, item in enumerate(value):
            found += rewritten_values(item, f"{pointer}/{position}", notes, rewrites)
    elif isinstance(value, str):
        for rewrite in rewrites:
            if rewrite.applies(value, notes):
                found.append({"pointer": pointer, "rule": rewrite.rule, "note": rewrite.note})
                break
    return found


def redact(fixture: dict[str, Any]) -> dict[str, Any]:
    """Replace every secret in the request and response (see the module docstring); list where in ``redacted``."""
    secrets: set[str] = set()
    for part in ("request", "response"):
        _collect_secrets(fixture[part], secrets)
        for pair in fixture[part].get("query", []):
            if pair[0].lower() in SECRET_NAMES and pair[1]:
                secrets.add(pair[1])
    redacted: list[str] = []
    searchable = sorted((s for s in secrets if len(s) >= SHORTEST_SECRET and s != REDACTED), key=len, reverse=True)
    cleaned = {key: _scrub(value, f"/{key}", searchable, redacted) for key, value in fixture.items()}
    cleaned["redacted"] = redacted
    return cleaned


def _collect_secrets(value: Any, found: set[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if str(key).lower() in SECRET_NAMES and isinstance(item, str) and item:
                found.add(item)
            _collect_secrets(item, found)
    elif isinstance(value, list):
        for item in value:
            _collect_secrets(item, found)


def _scrub(value: Any, pointer: str, secrets: list[str], redacted: list[str]) -> Any:
    if isinstance(value, dict):
        cleaned = {}
        for key, item in value.items():
            where = f"{pointer}/{_escape(str(key))}"
            if str(key).lower() in SECRET_NAMES and isinstance(item, str) and item and item != REDACTED:
                cleaned[key] = REDACTED
                redacted.append(where)
            else:
                cleaned[key] = _scrub(item, where, secrets, redacted)
        return cleaned
    if isinstance(value, list):
        if _is_query_pair(value, pointer) and str(value[0]).lower() in SECRET_NAMES and value[1]:
            redacted.append(f"{pointer}/1")
            return [value[0], REDACTED]
        return [_scrub(item, f"{pointer}/{index}", secrets, redacted) for index, item in enumerate(value)]
    if isinstance(value, str) and any(secret in value for secret in secrets):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        redacted.append(pointer)
    return value


def _is_query_pair(value: list[Any], pointer: str) -> bool:
    return bool(re.search(r"/query/\d+$", pointer)) and len(value) == 2 and all(isinstance(v, str) for v in value)


def _escape(key: str) -> str:
    """A JSON Pointer reference token (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


def _kept_headers(headers: dict[str, Any]) -> dict[str, str]:
    kept = {}
    for name, value in headers.items():
        if name.lower() in KEPT_HEADERS:
            kept[name.lower()] = ", ".join(value) if isinstance(value, list) else str(value)
    return dict(sorted(kept.items()))


def _body(raw: Any) -> dict[str, Any]:
    """``{"body": JSON}``, ``{"body_text": text}``, ``{"body": None}`` for no body."""
    if raw is None or raw in ("", b""):
        return {"body": None}
    text = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
    try:
        return {"body": json.loads(text)}
    except ValueError:
        return {"body_text": text}


def _api_path(path: str) -> str:
    return path[len("/v2") :] if path.startswith("/v2/") else path
