"""The checkpointed harvest to JSON Lines: complete runs, interrupted runs resumed, refused checkpoints."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from figshare.errors import BadRequestError
from figshare.oai import CheckpointError, HarvestProgress
from figshare.oai._harvest import HarvestFiles

# The in-process OAI-PMH server is the `oaipmh` package, which needs Python 3.11+.
pytest.importorskip("oaipmh", reason="the OAI-PMH test server (oaipmh 4) needs Python 3.11+")

from tests.oai.harness import Harness
from tests.oai.oai_server import Fault

MakeHarness = Callable[..., Harness]


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def reference(harness: MakeHarness, tmp_path: Path, **options: Any) -> list[dict[str, Any]]:
    """What an uninterrupted harvest writes."""
    path = tmp_path / "reference.jsonl"
    harness(count=45).client().harvest(to=path, **options)
    return lines(path)


def test_a_complete_harvest_writes_every_record_once_and_reports_progress(harness: MakeHarness, tmp_path: Path) -> None:
    h = harness(count=45)
    path = tmp_path / "records.jsonl"
    reports: list[HarvestProgress] = []
    result = h.client().harvest(to=path, progress=reports.append)
    written = lines(path)
    assert [line["identifier"] for line in written] == [f"oai:figshare.com:article/{n}" for n in range(1, 46)]
    first = written[0]
    assert first["datestamp"] == "2020-01-01T00:00:00Z" and first["metadata_prefix"] == "oai_dc"
    assert first["dublin_core"]["title"] == ["Dataset 1 on <em>Caulobacter</em> & friends"]
    assert first["metadata"].startswith("<oai_dc:dc")
    assert [report.records for report in reports] == [10, 20, 30, 40, 45]
    assert [report.finished for report in reports] == [False] * 4 + [True]
    assert result == reports[-1]
    assert (result.new_records, result.pages, result.resumed, result.path) == (45, 5, False, path)
    assert result.last_datestamp is not None
    checkpoint = json.loads((tmp_path / "records.jsonl.checkpoint").read_text())
    assert checkpoint["cursor"]["finished"] and checkpoint["records"] == 45
    assert checkpoint["offset"] == path.stat().st_size


def test_running_a_finished_harvest_again_does_nothing(harness: MakeHarness, tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    harness(count=25).client().harvest(to=path)
    again = harness(count=25)
    result = again.client().harvest(to=path)
    assert again.server.requests == []
    assert (result.records, result.new_records, result.finished, result.resumed) == (25, 0, True, True)
    assert len(lines(path)) == 25


def test_an_interrupted_harvest_resumes_without_loss_or_duplicates(harness: MakeHarness, tmp_path: Path) -> None:
    expected = reference(harness, tmp_path)
    path = tmp_path / "records.jsonl"
    failing = harness(count=45, faults=[Fault(at=3, status=400, body=b"no")])
    with pytest.raises(BadRequestError):
        failing.client().harvest(to=path)
    assert len(lines(path)) == 30
    resumed = harness(count=45)
    result = resumed.client().harvest(to=path)
    assert lines(path) == expected
    assert (result.records, result.new_records, result.resumed) == (45, 15, True)
    assert "resumptionToken" in resumed.server.requests[0].url.params  # continued, not restarted


def test_lines_written_after_the_last_checkpoint_are_dropped_on_resume(
    harness: MakeHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = reference(harness, tmp_path)
    path = tmp_path / "records.jsonl"
    commit = HarvestFiles.commit
    calls = []

    def crash_on_third_page(self: HarvestFiles, *args: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # killed after writing the page, before its checkpoint
        commit(self, *args)

    monkeypatch.setattr(HarvestFiles, "commit", crash_on_third_page)
    with pytest.raises(KeyboardInterrupt):
        harness(count=45).client().harvest(to=path)
    monkeypatch.setattr(HarvestFiles, "commit", commit)
    assert len(lines(path)) == 30  # page three reached the file, its checkpoint did not
    result = harness(count=45).client().harvest(to=path)
    assert lines(path) == expected
    assert result.new_records == 25


def test_resuming_with_an_expired_token_continues_from_the_last_datestamp(harness: MakeHarness, tmp_path: Path) -> None:
    expected = reference(harness, tmp_path)
    path = tmp_path / "records.jsonl"
    first = harness(count=45, faults=[Fault(at=2, status=400)])

    def expiring(_request: httpx.Request, response: httpx.Response) -> httpx.Response:
        stamp = (first.time.wall + timedelta(minutes=60)).strftime("%Y-%m-%dT%H:%M:%SZ")
        body = response.content.replace(b"<resumptionToken>", f'<resumptionToken expirationDate="{stamp}">'.encode())
        return httpx.Response(200, content=body)

    first.server._faults[1] = Fault(at=1, rewrite=expiring)
    with pytest.raises(BadRequestError):
        first.client().harvest(to=path)
    later = harness(count=45)
    later.time.advance(24 * 3600)  # the next day: the saved token has expired
    later.client(granularity="YYYY-MM-DDThh:mm:ssZ").harvest(to=path)
    assert lines(path) == expected
    assert "resumptionToken" not in later.server.requests[0].url.params
    assert later.server.requests[0].url.params["from"] == "2020-01-01T02:13:00Z"


def test_resuming_when_the_repository_refuses_the_saved_token(harness: MakeHarness, tmp_path: Path) -> None:
    expected = reference(harness, tmp_path)
    path = tmp_path / "records.jsonl"
    with pytest.raises(BadRequestError):
        harness(count=45, faults=[Fault(at=2, status=400)]).client().harvest(to=path)
    later = harness(count=45, expired_tokens=[0])
    later.client().harvest(to=path)
    assert lines(path) == expected


def test_harvesting_identifiers(harness: MakeHarness, tmp_path: Path) -> None:
    path = tmp_path / "headers.jsonl"
    result = harness(count=15).client().harvest(to=path, verb="ListIdentifiers", set_spec="portal_1")
    written = lines(path)
    assert result.finished and len(written) == 5
    assert set(written[0]) == {"identifier", "datestamp", "set_specs", "deleted"}


def test_a_checkpoint_of_another_harvest_is_refused(harness: MakeHarness, tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    with pytest.raises(BadRequestError):
        harness(count=45, faults=[Fault(at=1, status=400)]).client().harvest(to=path)
    with pytest.raises(CheckpointError, match="belongs to another harvest"):
        harness(count=45).client().harvest(to=path, set_spec="portal_1")


def test_a_harvest_that_wrote_nothing_does_not_block_another_one(harness: MakeHarness, tmp_path: Path) -> None:
    # a typo in the arguments (refused at the first request) must not make the corrected call a CheckpointError
    path = tmp_path / "records.jsonl"
    with pytest.raises(BadRequestError):
        harness(count=45, faults=[Fault(at=0, status=400)]).client().harvest(to=path, set_spec="portal_9")
    result = harness(count=45).client().harvest(to=path, set_spec="portal_1")
    assert (result.finished, result.resumed, result.records) == (True, False, 15)
    assert len(lines(path)) == 15


def test_an_existing_output_without_checkpoint_is_not_touched(harness: MakeHarness, tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("precious\n")
    with pytest.raises(CheckpointError, match="no checkpoint"):
        harness(count=5).client().harvest(to=path)
    assert path.read_text() == "precious\n"


def test_a_damaged_checkpoint_or_output_is_refused(harness: MakeHarness, tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    with pytest.raises(BadRequestError):
        harness(count=45, faults=[Fault(at=2, status=400)]).client().harvest(to=path)
    checkpoint = tmp_path / "records.jsonl.checkpoint"
    saved = checkpoint.read_text()
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(CheckpointError, match="truncated or replaced"):
        harness(count=45).client().harvest(to=path)
    checkpoint.write_text(saved[:50])
    with pytest.raises(CheckpointError, match="cannot be read"):
        harness(count=45).client().harvest(to=path)
    checkpoint.write_text('{"format": "something else"}')
    with pytest.raises(CheckpointError, match="not a harvest checkpoint"):
        harness(count=45).client().harvest(to=path)
    damaged = json.loads(saved)
    del damaged["cursor"]["order"]
    checkpoint.write_text(json.dumps(damaged))
    with pytest.raises(CheckpointError, match="damaged"):
        harness(count=45).client().harvest(to=path)


async def test_async_harvest_resumes_too(harness: MakeHarness, tmp_path: Path) -> None:
    expected = reference(harness, tmp_path)
    path = tmp_path / "records.jsonl"
    with pytest.raises(BadRequestError):
        await harness(count=45, faults=[Fault(at=2, status=400)]).async_client().harvest(to=path)
    reports: list[HarvestProgress] = []
    result = await harness(count=45).async_client().harvest(to=path, progress=reports.append)
    assert lines(path) == expected
    assert [report.records for report in reports] == [30, 40, 45]
    assert result.resumed and result.finished
