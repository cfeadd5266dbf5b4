"""figshare rs sync: a verified mirror, a summary, and exit 8 when some resources failed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from figshare.cli._failures import ExitCode
from figshare.cli._services import Services
from figshare.resourcesync import ResourceSyncClient
from tests.cli.cli_fakes import FakeAPI, invoke, make_services
from tests.resourcesync.fake_source import BASE, FakeSource, standard_source

HOST_DIR = "repo.example.org"


def rs_services(tmp_path: Path, source: FakeSource) -> Services:
    return make_services(
        tmp_path,
        FakeAPI(),
        make_resourcesync=lambda: ResourceSyncClient(http_client=source.client(), rate_limit=None),
    )


def test_sync_copies_the_source_and_reports(tmp_path: Path) -> None:
    source = standard_source({"/data/a.csv": b"alpha", "/data/b.csv": b"beta!"})
    mirror = tmp_path / "mirror"
    result = invoke(rs_services(tmp_path, source), "rs", "sync", BASE, str(mirror))
    assert result.exit_code == 0, result.stderr
    assert f"Synced {mirror}: 2 created; 10 B written." in result.stdout
    assert (mirror / HOST_DIR / "data" / "a.csv").read_bytes() == b"alpha"
    assert (mirror / HOST_DIR / "data" / "b.csv").read_bytes() == b"beta!"

    again = invoke(rs_services(tmp_path, source), "rs", "sync", BASE, str(mirror), "--json")
    summary = json.loads(again.stdout)
    assert summary["counts"]["created"] == 0
    assert summary["failures"] == []
    assert summary["destination"] == str(mirror)


def test_a_resource_that_fails_verification_is_listed_and_exit_8(tmp_path: Path) -> None:
    source = standard_source({"/ok": b"fine", "/bad": b"expected"})
    source.add(f"{BASE}/bad", b"tampered")
    mirror = tmp_path / "mirror"
    result = invoke(rs_services(tmp_path, source), "rs", "sync", BASE, str(mirror))
    assert result.exit_code == ExitCode.INCOMPLETE
    assert "1 created" in result.stdout
    assert "1 failed" in result.stdout
    assert f"Warning: failed: {BASE}/bad:" in result.stderr
    assert not (mirror / HOST_DIR / "bad").exists()

    summary = json.loads(invoke(rs_services(tmp_path, source), "rs", "sync", BASE, str(mirror), "--json").stdout)
    assert [failure["uri"] for failure in summary["failures"]] == [f"{BASE}/bad"]


def test_no_resourcesync_at_the_address_is_not_found(tmp_path: Path) -> None:
    source = FakeSource()
    source.routes[f"{BASE}/"] = lambda request: httpx.Response(200, text="<html>a portal</html>")
    result = invoke(rs_services(tmp_path, source), "rs", "sync", BASE, str(tmp_path / "mirror"))
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "Hint: Give the address of the Source Description" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")
def test_mirrored_files_get_the_mode_the_umask_gives(tmp_path: Path) -> None:
    # a mirror is often served or shared: 0644 under umask 022, as cp or wget make files, not always 0600
    source = standard_source({"/data/a.csv": b"alpha"})
    mirror = tmp_path / "mirror"
    previous = os.umask(0o022)
    try:
        result = invoke(rs_services(tmp_path, source), "rs", "sync", BASE, str(mirror))
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.stderr
    assert (mirror / HOST_DIR / "data" / "a.csv").stat().st_mode & 0o777 == 0o644
