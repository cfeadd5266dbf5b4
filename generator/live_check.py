"""``make live-check``: does Figshare still answer what the spec says? A small, weekly, polite reality check.

python -m generator.live_check run [--output live-check]       record, then check (what ``make live-check`` runs)
python -m generator.live_check record [--output live-check]    only call the endpoints and record the answers
python -m generator.live_check check [--output live-check]     only check recordings already there

**Record**: a fixed set of public endpoints (:data:`PROBES`: articles, collections, projects, categories, licenses,
item types, search, the files of a public article, OAI-PMH Identify and one ListRecords page, Stats public
counts), called without a token, one request per second at most, with a User-Agent that says who calls and why
(``$FIGSHARE_LIVE_CHECK_CONTACT`` is added to it when set). Each answer is written to
``<output>/recordings/NN-<probe>.json`` (format ``figshare-live-check/1``, with its provenance). Figshare has
asked another client to stop daily live tests: this runs weekly (``.github/workflows/live-check.yml``), 16
requests a run.

**Check**: every recording goes through what the SDK does with it: REST JSON through the generated operation's
parser, then the fidelity check (:mod:`generator.fidelity`: it parses, ``to_dict()`` gives back every key and
value, every value has its declared type, and no key is left undeclared); OAI-PMH through ``OAIClient`` (every
record of the page parsed); Stats through ``Stats``. Every finding is drift, written to ``<output>/drift.md`` and
``<output>/drift.json``; the command fails when there is any. The same check runs offline in the test suite on
cassettes built from the corpus of real responses (``tests/pipeline/test_live_check.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from generator.fidelity import response_fidelity
from generator.targets import REPO_ROOT, V2

FORMAT = "figshare-live-check/1"
REST_BASE = "https://api.figshare.com/v2"
OAI_URL = "https://api.figshare.com/v2/oai"
STATS_BASE = "https://stats.figshare.com"
CONTACT_VARIABLE = "FIGSHARE_LIVE_CHECK_CONTACT"
INTERVAL = 1.0
"""Seconds between two requests, at least (Figshare asks for no more than one request per second)."""
TIMEOUT = 30.0
OUTPUT = REPO_ROOT / "live-check"
ARTICLE = 14763051
"""A public article with two small files (its details are in the corpus: rest/pooch-figshare__GET_articles_14763051)."""
OAI_UNTIL = "2010-08-18T08:33:01Z"
"""ListRecords up to this date: a small, stable page (the example of Figshare's OAI-PMH documentation)."""


@dataclass(frozen=True)
class Probe:
    """One request of the live check.

    ``path`` may hold ``{id}``, filled with the ``id`` of the first item that probe ``id_from`` answered (the
    first collection of the list, say), or ``{file_id}``, the first file of the article's file list.
    """

    name: str
    kind: str  # rest, oai, stats
    method: str
    path: str
    operation: str = ""  # "METHOD /template" of the patched v2 spec (rest)
    query: tuple[tuple[str, str], ...] = ()
    body: dict[str, Any] | None = None
    id_from: str = ""

    def url(self, rest: str, oai: str, stats: str, ids: dict[str, int]) -> str:
        base = {"rest": rest, "oai": oai, "stats": stats}[self.kind]
        path = self.path.format(id=ids.get(self.id_from, 0), file_id=ids.get(self.id_from, 0))
        query = f"?{urlencode(self.query)}" if self.query else ""
        return f"{base}{path}{query}"


PROBES: tuple[Probe, ...] = (
    Probe("articles-list", "rest", "GET", "/articles", "GET /articles", (("page_size", "3"),)),
    Probe("article-details", "rest", "GET", f"/articles/{ARTICLE}", "GET /articles/{article_id}"),
    Probe("article-files", "rest", "GET", f"/articles/{ARTICLE}/files", "GET /articles/{article_id}/files"),
    Probe(
        "article-file-details",
        "rest",
        "GET",
        f"/articles/{ARTICLE}/files/{{file_id}}",
        "GET /articles/{article_id}/files/{file_id}",
        id_from="article-files",
    ),
    Probe(
        "articles-search",
        "rest",
        "POST",
        "/articles/search",
        "POST /articles/search",
        body={"search_for": "climate", "page_size": 3},
    ),
    Probe("collections-list", "rest", "GET", "/collections", "GET /collections", (("page_size", "3"),)),
    Probe(
        "collection-details",
        "rest",
        "GET",
        "/collections/{id}",
        "GET /collections/{collection_id}",
        id_from="collections-list",
    ),
    Probe("projects-list", "rest", "GET", "/projects", "GET /projects", (("page_size", "3"),)),
    Probe("project-details", "rest", "GET", "/projects/{id}", "GET /projects/{project_id}", id_from="projects-list"),
    Probe("categories", "rest", "GET", "/categories", "GET /categories"),
    Probe("licenses", "rest", "GET", "/licenses", "GET /licenses"),
    Probe("item-types", "rest", "GET", "/item_types", "GET /item_types"),
    Probe("oai-identify", "oai", "GET", "", query=(("verb", "Identify"),)),
    Probe(
        "oai-list-records",
        "oai",
        "GET",
        "",
        query=(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("until", OAI_UNTIL)),
    ),
    Probe("stats-views", "stats", "GET", f"/total/views/article/{ARTICLE}"),
    Probe("stats-downloads", "stats", "GET", f"/total/downloads/article/{ARTICLE}"),
)


def user_agent() -> str:
    """Who calls, why and how often (and a contact, from ``$FIGSHARE_LIVE_CHECK_CONTACT``)."""
    try:
        version = metadata.version("figshare-sdk")
    except metadata.PackageNotFoundError:
        version = "unknown"
    text = (
        f"figshare-sdk-live-check/{version} (weekly check of the Python SDK's API description against "
        f"{len(PROBES)} public responses; no token; at most 1 request/s"
    )
    contact = os.environ.get(CONTACT_VARIABLE, "").strip()
    return text + (f"; {contact})" if contact else ")")


# -- recording ----------------------------------------------------------------------------------------------


@dataclass
class Recording:
    """One recorded answer (what ``<output>/recordings/NN-<probe>.json`` holds)."""

    probe: str
    kind: str
    operation: str
    request: dict[str, Any]
    response: dict[str, Any]
    recorded_at: str
    provenance: str
    format: str = FORMAT

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Recording:
        if document.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} recording")
        return cls(**{key: document[key] for key in cls.__dataclass_fields__})


def record(
    output: Path,
    http_client: httpx.Client,
    *,
    rest: str = REST_BASE,
    oai: str = OAI_URL,
    stats: str = STATS_BASE,
    interval: float = INTERVAL,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
) -> list[Recording]:
    """Call every probe once, in order, ``interval`` seconds apart at least, and write the recordings.

    Args:
        output: the folder; recordings go to ``output/recordings`` (replacing what was there).
        http_client: the client to send with (its own settings are kept; the User-Agent is set per request).
        rest: the REST API root (tests point it at a local server).
        oai: the OAI-PMH endpoint.
        stats: the Stats service root.
        interval: the least time between the starts of two requests.
        sleep: how to wait (tests record the waits instead).
        clock: a monotonic clock.
        now: the time written in each recording.

    Returns:
        The recordings, in probe order. A request that fails is recorded with status 0 and the error.
    """
    folder = output / "recordings"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    ids: dict[str, int] = {}
    recordings = []
    last_start: float | None = None
    agent = user_agent()
    for number, probe in enumerate(PROBES, start=1):
        if last_start is not None:
            wait = interval - (clock() - last_start)
            if wait > 0:
                sleep(wait)
        last_start = clock()
        url = probe.url(rest, oai, stats, ids)
        headers = {"User-Agent": agent, "Accept": "application/json" if probe.kind != "oai" else "text/xml"}
        try:
            answer = http_client.request(probe.method, url, json=probe.body, headers=headers, timeout=TIMEOUT)
            response = {
                "status": answer.status_code,
                "content_type": answer.headers.get("content-type", ""),
                "body": answer.text,
            }
        except httpx.HTTPError as error:
            response = {"status": 0, "content_type": "", "body": "", "error": f"{type(error).__name__}: {error}"}
        _remember_first_id(probe, response, ids)
        recording = Recording(
            probe=probe.name,
            kind=probe.kind,
            operation=probe.operation,
            request={"method": probe.method, "url": url, "body": probe.body},
            response=response,
            recorded_at=now().isoformat(timespec="seconds"),
            provenance=f"recorded live by `make live-check` ({agent})",
        )
        (folder / f"{number:02d}-{probe.name}.json").write_text(
            json.dumps(recording.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        recordings.append(recording)
    return recordings


def _remember_first_id(probe: Probe, response: dict[str, Any], ids: dict[str, int]) -> None:
    """The ``id`` of the first item of a list answer, for the probes that need one."""
    if probe.kind != "rest" or not 200 <= int(response["status"]) < 300:
        return
    try:
        answer = json.loads(response["body"])
    except ValueError:
        return
    if isinstance(answer, list) and answer and isinstance(answer[0], dict) and isinstance(answer[0].get("id"), int):
        ids[probe.name] = answer[0]["id"]


def load_recordings(folder: Path) -> list[Recording]:
    """Every recording of ``folder`` (``NN-<probe>.json``), in file name order."""
    return [Recording.from_json(json.loads(path.read_text(encoding="utf-8"))) for path in sorted(folder.glob("*.json"))]


# -- checking -----------------------------------------------------------------------------------------------


@dataclass
class ProbeResult:
    """The check of one recording: the findings (empty: no drift)."""

    probe: str
    kind: str
    operation: str
    status: int
    findings: list[str] = field(default_factory=list)
    summary: str = ""
    """What was read, when there is more to say than "no drift" (records parsed, the count)."""


@dataclass
class DriftReport:
    """The check of every recording."""

    results: list[ProbeResult]
    missing: list[str]
    """Probes without a recording."""

    @property
    def drift(self) -> bool:
        return any(result.findings for result in self.results)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "drift": self.drift,
            "probes": [asdict(result) for result in self.results],
            "not_recorded": self.missing,
        }

    def to_markdown(self) -> str:
        lines = ["# Live check: Figshare's answers against the SDK's API description", ""]
        drifting = [result for result in self.results if result.findings]
        lines.append(
            f"{len(self.results)} recorded answers checked; "
            + (f"**{len(drifting)} drift from the spec**." if drifting else "no drift.")
        )
        if self.missing:
            lines.append(f"Not recorded: {', '.join(self.missing)}.")
        lines.append("")
        lines += ["| probe | operation | status | read | findings |", "|---|---|---|---|---|"]
        for result in self.results:
            found = "<br>".join(_cell(finding) for finding in result.findings) or "none"
            where = result.operation or result.kind
            lines.append(f"| {result.probe} | {where} | {result.status} | {_cell(result.summary)} | {found} |")
        return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def check_recordings(recordings: list[Recording], spec: dict[str, Any], package: str = "figshare_api") -> DriftReport:
    """Check every recording (see the module docstring)."""
    results = [_check(recording, spec, package) for recording in recordings]
    recorded = {recording.probe for recording in recordings}
    return DriftReport(results, [probe.name for probe in PROBES if probe.name not in recorded])


def _check(recording: Recording, spec: dict[str, Any], package: str) -> ProbeResult:
    response = recording.response
    status = int(response.get("status", 0))
    result = ProbeResult(recording.probe, recording.kind, recording.operation, status)
    if status == 0:
        result.findings.append(f"no answer: {response.get('error', 'the request failed')}")
    elif not 200 <= status < 300:
        result.findings.append(f"status {status}: {str(response.get('body', ''))[:200]}")
    elif recording.kind == "rest":
        result.findings += _check_rest(recording, spec, package)
    elif recording.kind == "oai":
        result.summary, findings = _check_oai(recording)
        result.findings += findings
    elif recording.kind == "stats":
        result.summary, findings = _check_stats(recording)
        result.findings += findings
    else:
        result.findings.append(f"unknown kind {recording.kind!r}")
    return result


def _check_rest(recording: Recording, spec: dict[str, Any], package: str) -> list[str]:
    method, _, template = recording.operation.partition(" ")
    operation = (spec.get("paths", {}).get(template) or {}).get(method.lower())
    if not isinstance(operation, dict):
        return [f"the spec has no operation {recording.operation}"]
    body = str(recording.response["body"]).encode("utf-8")
    status = int(recording.response["status"])
    declared = [code for code in operation.get("responses", {}) if str(code).startswith("2")]
    findings = [] if str(status) in declared else [f"status {status} is not one the spec declares ({declared})"]
    return findings + response_fidelity(package, operation, body).drift


def _replay(body: str, content_type: str) -> httpx.Client:
    """A client whose first request gets ``body`` and every later one a 599 (nothing more was recorded)."""
    answered: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        answered.append(1)
        if len(answered) > 1:
            return httpx.Response(599, text="not recorded")
        return httpx.Response(200, content=body.encode("utf-8"), headers={"content-type": content_type})

    return httpx.Client(transport=httpx.MockTransport(handler))


def _check_oai(recording: Recording) -> tuple[str, list[str]]:
    from figshare.oai import OAIClient

    body = str(recording.response["body"])
    http_client = _replay(body, recording.response.get("content_type") or "text/xml")
    client = OAIClient(OAI_URL, http_client=http_client, rate_limit=None, prefetch=False)
    try:
        if "verb=Identify" in recording.request["url"]:
            identify = client.identify()
            summary = f"repository {identify.repository_name!r}, granularity {identify.granularity}"
            return summary, ([] if identify.repository_name else ["Identify has no repositoryName"])
        expected = len(re.findall(r"<record[\s>]", body))
        records = iter(client.list_records("oai_dc"))
        parsed = [record for _, record in zip(range(expected), records, strict=False)]
        if not expected:  # an empty page is still read and parsed
            unexpected = next(records, None)
            parsed += [unexpected] if unexpected is not None else []
        summary = f"{len(parsed)} records parsed"
        if len(parsed) != expected:
            return summary, [f"{len(parsed)} of the page's {expected} records parsed"]
        empty = [r.header.identifier for r in parsed if not r.header.deleted and r.dublin_core is None]
        return summary, [f"record {identifier}: no Dublin Core" for identifier in empty]
    except Exception as error:  # whatever the SDK raises on this answer is the finding
        return "", [f"the SDK's OAI-PMH client fails: {type(error).__name__}: {str(error)[:200]}"]
    finally:
        client.close()
        http_client.close()


def _check_stats(recording: Recording) -> tuple[str, list[str]]:
    from figshare.stats import Stats

    body = str(recording.response["body"])
    http_client = _replay(body, recording.response.get("content_type") or "application/json")
    counter, item, item_id = recording.request["url"].rstrip("/").split("/")[-3:]
    try:
        total = Stats(http_client=http_client, rate_limit=None).total(counter, item, int(item_id))
    except Exception as error:  # whatever the SDK raises on this answer is the finding
        return "", [f"the SDK's Stats client fails: {type(error).__name__}: {str(error)[:200]}"]
    finally:
        http_client.close()
    if isinstance(total, int) and total >= 0:
        return f"total {total}", []
    return "", [f"total {total!r} is not a count"]


def write_report(report: DriftReport, output: Path) -> tuple[Path, Path]:
    """Write ``drift.md`` and ``drift.json`` into ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    (output / "drift.md").write_text(report.to_markdown(), encoding="utf-8")
    (output / "drift.json").write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
    return output / "drift.md", output / "drift.json"


def check_folder(output: Path, spec_path: Path = V2.patched) -> DriftReport:
    """Check ``output/recordings`` against the patched spec and write the drift report beside them."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    report = check_recordings(load_recordings(output / "recordings"), spec)
    write_report(report, output)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.live_check", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["run", "record", "check"])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where recordings and reports go")
    parser.add_argument("--spec", type=Path, default=V2.patched, help="the patched v2 spec (`make spec` writes it)")
    arguments = parser.parse_args(argv)
    if arguments.command in ("run", "record"):
        with httpx.Client(follow_redirects=True) as http_client:
            recordings = record(arguments.output, http_client)
        failed = sum(1 for recording in recordings if recording.response["status"] == 0)
        print(f"recorded {len(recordings)} answers in {arguments.output / 'recordings'} ({failed} failed requests)")
        if arguments.command == "record":
            return 0
    try:
        report = check_folder(arguments.output, arguments.spec)
    except (OSError, ValueError, KeyError) as error:
        print(f"error: cannot check {arguments.output / 'recordings'}: {error}", file=sys.stderr)
        return 1
    drifting = [result for result in report.results if result.findings]
    print(f"checked {len(report.results)} answers: {len(drifting)} drift; report in {arguments.output / 'drift.md'}")
    for result in drifting:
        for finding in result.findings:
            print(f"  drift: {result.probe} ({result.operation or result.kind}): {finding}")
    return 1 if report.drift else 0


if __name__ == "__main__":
    sys.exit(main())
