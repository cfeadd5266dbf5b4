"""figshare oai: harvests into JSON Lines that survive interruptions, and the repository's descriptions."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from lxml import etree

from figshare.cli._failures import ExitCode
from figshare.cli._services import Services

# The in-process OAI-PMH server is the `oaipmh` package, which needs Python 3.11+.
pytest.importorskip("oaipmh", reason="the OAI-PMH test server (oaipmh 4) needs Python 3.11+")

from tests.cli.cli_fakes import FakeAPI, invoke, make_services
from tests.oai.harness import Harness, make_harness
from tests.oai.oai_server import BASE_URL, Fault
from tests.oai.schema import load_schema


@pytest.fixture(scope="module")
def oai_schema(shared_dir: Path) -> etree.XMLSchema:
    """OAI-PMH.xsd: every page the test server sends is validated against it."""
    return load_schema(shared_dir)


@pytest.fixture
def harness(oai_schema: etree.XMLSchema) -> Harness:
    return make_harness(oai_schema, count=45, page_size=10)


def oai_services(tmp_path: Path, harness: Harness, urls: list[str] | None = None) -> Services:
    def make_oai(url: str) -> object:
        if urls is not None:
            urls.append(url)
        return harness.client(max_retries=0)

    return make_services(tmp_path, FakeAPI(), make_oai=make_oai)


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_harvest_writes_every_record_once(tmp_path: Path, harness: Harness) -> None:
    urls: list[str] = []
    out = tmp_path / "records.jsonl"
    result = invoke(oai_services(tmp_path, harness, urls), "oai", "--url", BASE_URL, "harvest", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert f"Harvested 45 records; {out} holds 45." in result.stdout
    records = lines(out)
    assert len(records) == 45
    assert len({record["identifier"] for record in records}) == 45
    assert urls == [BASE_URL]
    assert "Harvesting" not in result.stderr  # no progress bar when stderr is not a terminal


def test_harvest_passes_format_set_and_dates(tmp_path: Path, harness: Harness) -> None:
    out = tmp_path / "portal.jsonl"
    result = invoke(
        oai_services(tmp_path, harness),
        "oai",
        "harvest",
        "-o",
        str(out),
        "--set",
        "portal_2",
        "--from",
        "2020-01-01T00:00:00Z",
        "--until",
        "2020-01-01T02:00:00Z",
        "--identifiers-only",
    )
    assert result.exit_code == 0, result.stderr
    first = harness.server.requests[0].url.params
    assert dict(first) == {
        "verb": "ListIdentifiers",
        "metadataPrefix": "oai_dc",
        "set": "portal_2",
        "from": "2020-01-01T00:00:00Z",
        "until": "2020-01-01T02:00:00Z",
    }
    assert "headers" in result.stdout


def test_an_interrupted_harvest_continues_where_it_stopped(tmp_path: Path, oai_schema: etree.XMLSchema) -> None:
    failing = make_harness(
        oai_schema, count=45, page_size=10, faults=[Fault(at=2, raise_error=httpx.ConnectError("down"))]
    )
    out = tmp_path / "records.jsonl"
    first = invoke(oai_services(tmp_path, failing), "oai", "harvest", "--out", str(out))
    assert first.exit_code == ExitCode.NETWORK
    assert len(lines(out)) == 20  # the two pages before the failure, committed

    second = invoke(oai_services(tmp_path, failing), "oai", "harvest", "--out", str(out))
    assert second.exit_code == 0, second.stderr
    assert "Harvested 25 records (resumed)" in second.stdout
    assert len(lines(out)) == 45

    again = invoke(oai_services(tmp_path, failing), "oai", "harvest", "--out", str(out))
    assert f"Already complete: 45 records in {out}." in again.stdout


def test_a_file_from_another_harvest_is_not_touched(tmp_path: Path, harness: Harness) -> None:
    out = tmp_path / "records.jsonl"
    assert invoke(oai_services(tmp_path, harness), "oai", "harvest", "--out", str(out)).exit_code == 0
    result = invoke(oai_services(tmp_path, harness), "oai", "harvest", "--out", str(out), "--set", "portal_1")
    assert result.exit_code == ExitCode.FAILED
    assert "checkpoint belongs to another harvest" in result.stderr
    assert "Use another --out file" in result.stderr
    assert len(lines(out)) == 45


def test_a_bad_date_is_a_usage_error(tmp_path: Path, harness: Harness) -> None:
    result = invoke(oai_services(tmp_path, harness), "oai", "harvest", "--out", "x.jsonl", "--from", "last week")
    assert result.exit_code == ExitCode.USAGE
    assert "is not a date" in result.stderr
    assert harness.server.requests == []


def test_an_unknown_format_points_at_the_format_list(tmp_path: Path, harness: Harness) -> None:
    result = invoke(
        oai_services(tmp_path, harness),
        "oai",
        "harvest",
        "--out",
        str(tmp_path / "x.jsonl"),
        "--format",
        "marc21",
    )
    assert result.exit_code == ExitCode.USAGE
    assert "figshare oai formats" in result.stderr
    # the corrected command is not refused: the failed one harvested nothing into the file
    corrected = invoke(oai_services(tmp_path, harness), "oai", "harvest", "--out", str(tmp_path / "x.jsonl"))
    assert corrected.exit_code == 0, corrected.stderr
    assert "Harvested 45 records; " in corrected.stdout
    assert len(lines(tmp_path / "x.jsonl")) == 45


def test_identify_formats_and_sets(tmp_path: Path, harness: Harness) -> None:
    services = oai_services(tmp_path, harness)
    identify = json.loads(invoke(services, "oai", "identify", "--json").stdout)
    assert identify["base_url"] == BASE_URL
    assert identify["protocol_version"] == "2.0"
    formats = json.loads(invoke(services, "oai", "formats", "--json").stdout)
    assert "oai_dc" in [entry["prefix"] for entry in formats]
    sets = json.loads(invoke(services, "oai", "sets", "--json", "--limit", "2").stdout)
    assert len(sets) == 2
    assert "portal_1" in invoke(services, "oai", "sets").stdout


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault(at=0, raise_error=httpx.ConnectError("[Errno -2] Name or service not known")), ExitCode.NETWORK),
        (Fault(at=0, status=404, body=b"<html><h1>Not Found</h1></html>"), ExitCode.NOT_FOUND),
    ],
)
def test_a_wrong_oai_address_points_at_url_not_only_base_url(
    oai_schema: etree.XMLSchema, tmp_path: Path, fault: Fault, code: ExitCode
) -> None:
    # --base-url does not change where `figshare oai` goes: a hint naming only it sends the user the wrong way
    failing = make_harness(oai_schema, faults=[fault])
    result = invoke(oai_services(tmp_path, failing), "oai", "identify")
    assert result.exit_code == code, result.stderr
    hint = result.stderr.splitlines()[-1]
    assert hint.startswith("Hint: ") and "--url" in hint, result.stderr
