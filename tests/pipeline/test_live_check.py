"""`make live-check`: its offline twin on cassettes built from the corpus of real responses, its drift report,
and how it records (politely, honestly, without a token), against a local server."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from generator import live_check
from generator.live_check import PROBES, check_folder, load_recordings, record
from tests.support.live_cassettes import SOURCES, build_cassettes


@pytest.fixture(scope="module")
def cassettes(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("live-check")
    build_cassettes(corpus_dir, output)
    return output


def test_the_offline_twin_finds_no_drift_in_the_corpus_answers(cassettes: Path, patched_spec_path: Path) -> None:
    report = check_folder(cassettes, patched_spec_path)
    assert [result.probe for result in report.results] == [probe.name for probe in PROBES if probe.name in SOURCES]
    assert len(report.results) == 12 and report.missing == [
        "collections-list",
        "collection-details",
        "projects-list",
        "item-types",
    ]
    assert not report.drift, report.to_markdown()
    summaries = {result.probe: result.summary for result in report.results}
    assert summaries["oai-list-records"] == "1 records parsed" and summaries["stats-views"] == "total 231"
    markdown = (cassettes / "drift.md").read_text(encoding="utf-8")
    assert "12 recorded answers checked; no drift." in markdown
    assert json.loads((cassettes / "drift.json").read_text(encoding="utf-8"))["drift"] is False


def test_every_cassette_says_where_its_body_comes_from(cassettes: Path) -> None:
    for recording in load_recordings(cassettes / "recordings"):
        assert recording.provenance.startswith("built offline from the corpus, not recorded by `make live-check`")
        assert SOURCES[recording.probe][0] in recording.provenance and "found in " in recording.provenance


def mutate(folder: Path, probe: str, change: Any) -> None:
    (path,) = (folder / "recordings").glob(f"*-{probe}.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["response"])
    path.write_text(json.dumps(document), encoding="utf-8")


def test_drift_of_every_kind_is_reported_and_fails_the_command(
    cassettes: Path, patched_spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drifted = tmp_path / "drifted"
    shutil.copytree(cassettes, drifted)

    def article(response: dict[str, Any]) -> None:
        body = json.loads(response["body"])
        body["brand_new_key"] = 1
        body["title"] = 12345
        response["body"] = json.dumps(body)

    mutate(drifted, "article-details", article)
    mutate(drifted, "licenses", lambda response: response.update(status=503, body="busy"))
    mutate(drifted, "categories", lambda response: response.update(body="[{]"))
    mutate(drifted, "stats-views", lambda response: response.update(body='{"totals": "many"}'))
    mutate(drifted, "oai-list-records", lambda response: response.update(body=response["body"][:200]))
    status = live_check.main(["check", "--output", str(drifted), "--spec", str(patched_spec_path)])
    assert status == 1
    findings = {result.probe: result.findings for result in check_folder(drifted, patched_spec_path).results}
    (wrong_type, undeclared) = findings["article-details"]
    assert (
        wrong_type.startswith("type: $.title: int '12345' is not") and undeclared == "undeclared key: $.brand_new_key"
    )
    assert findings["licenses"] == ["status 503: busy"]
    assert findings["categories"][0].startswith("does not parse: JSONDecodeError")
    assert findings["stats-views"][0].startswith("the SDK's Stats client fails:")
    assert findings["oai-list-records"][0].startswith("the SDK's OAI-PMH client fails:")
    assert sum(1 for found in findings.values() if found) == 5, "the others still match"
    output = capsys.readouterr().out
    assert "checked 12 answers: 5 drift" in output and "drift: article-details (GET /articles/{article_id})" in output
    markdown = (drifted / "drift.md").read_text(encoding="utf-8")
    assert "**5 drift from the spec**" in markdown and "undeclared key: $.brand_new_key" in markdown


class Recorder(BaseHTTPRequestHandler):
    """Figshare's three services on one loopback server, answering every probe with a plausible body."""

    seen: ClassVar[list[tuple[str, str, dict[str, str]]]] = []

    def _answer(self) -> None:
        Recorder.seen.append((self.command, self.path, dict(self.headers)))
        if self.path.startswith("/oai"):
            body, kind = b"<OAI-PMH/>", "text/xml"
        elif self.path.startswith("/total/"):
            body, kind = b'{"totals": 3}', "application/json"
        elif self.path.split("?")[0] in ("/articles", "/collections", "/projects", "/articles/14763051/files"):
            body, kind = b'[{"id": 7}, {"id": 8}]', "application/json"
        else:
            body, kind = b"{}", "application/json"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Recorder.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_recording_is_one_request_a_second_with_an_honest_user_agent_and_no_token(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIGSHARE_LIVE_CHECK_CONTACT", "https://example.org/figshare-sdk")
    monkeypatch.setenv("FIGSHARE_TOKEN", "canary-token-never-sent")
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    with httpx.Client() as http_client:
        recordings = record(
            tmp_path,
            http_client,
            rest=server,
            oai=f"{server}/oai",
            stats=server,
            sleep=sleep,
            clock=lambda: now[0],
            now=lambda: datetime(2026, 8, 3, tzinfo=timezone.utc),
        )
    assert len(recordings) == len(Recorder.seen) == len(PROBES) == 16
    assert waits == [1.0] * 15, "one request a second, never faster"
    paths = [path for _method, path, _headers in Recorder.seen]
    assert "/collections/7" in paths and "/projects/7" in paths and "/articles/14763051/files/7" in paths
    assert "/oai?verb=ListRecords&metadataPrefix=oai_dc&until=2010-08-18T08%3A33%3A01Z" in paths
    for _method, _path, headers in Recorder.seen:
        assert "Authorization" not in headers and "canary-token" not in json.dumps(headers)
        agent = headers["User-Agent"]
        assert agent.startswith("figshare-sdk-live-check/") and "weekly" in agent and "no token" in agent
        assert agent.endswith("; https://example.org/figshare-sdk)")
    files = sorted(path.name for path in (tmp_path / "recordings").iterdir())
    assert files[0] == "01-articles-list.json" and len(files) == 16
    first = load_recordings(tmp_path / "recordings")[0]
    assert first.provenance.startswith("recorded live by `make live-check` (figshare-sdk-live-check/")
    assert first.recorded_at == "2026-08-03T00:00:00+00:00" and first.response["status"] == 200
