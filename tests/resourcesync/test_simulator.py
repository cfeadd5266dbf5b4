"""Baseline and incremental sync against resync-simulator, checked against the ``resync`` library's client.

The simulator runs in a subprocess started by ``simulator_launcher.py`` (127.0.0.1, a free port, seeded).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import resync.client as resync_client

from figshare.resourcesync import AsyncResourceSyncClient, ResourceSyncClient, SyncAction

LAUNCHER = Path(__file__).with_name("simulator_launcher.py")
RESOURCES = 20
EVENTS = 15


@dataclass
class Simulator:
    process: subprocess.Popen[str]
    base: str
    port: int
    spec_version: str

    def simulate(self, events: int) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"simulate {events}\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == f"simulated {events}"


def _wait_until_ready(base: str) -> None:
    deadline = time.monotonic() + 10
    while True:
        try:
            if httpx.get(f"{base}/.well-known/resourcesync", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("resync-simulator did not answer within 10 s")
        time.sleep(0.05)


@pytest.fixture(params=["1.1", "1.0"])
def simulator(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    command = [sys.executable, str(LAUNCHER), "--resources", str(RESOURCES), "--seed", "7"]
    process = subprocess.Popen(
        [*command, "--spec-version", request.param],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().split()
        if first[:1] != ["ready"]:
            raise RuntimeError(f"the simulator did not start: {process.stderr.read() if process.stderr else ''}")
        port = int(first[1])
        base = f"http://127.0.0.1:{port}"
        _wait_until_ready(base)
        yield Simulator(process, base, port, request.param)
    finally:
        if process.poll() is None and process.stdin is not None:
            process.stdin.write("quit\n")
            process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _tree(folder: Path) -> dict[str, bytes]:
    """Relative path under ``.../resources`` -> content, for every file below ``folder``."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and ".resourcesync" not in path.parts and not path.name.startswith(".resync")
    }


def _resync_library_sync(base: str, destination: Path, *, incremental: bool) -> dict[str, bytes]:
    client = resync_client.Client()  # its incremental() fails when given hashes (resync 2.0.1)
    client.set_mappings([base, str(destination)])
    if incremental:
        client.incremental(allow_deletion=True)
    else:
        client.baseline_or_audit(allow_deletion=True)
    return _tree(destination)


def test_baseline_then_incremental_matches_the_resync_client(
    simulator: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the resync client keeps its state file in the working folder
    ours = tmp_path / "ours"
    ours_root = ours / f"127.0.0.1_{simulator.port}"
    theirs = tmp_path / "theirs"
    events: list[SyncAction] = []
    with ResourceSyncClient(rate_limit=None) as client:
        baseline = client.sync(simulator.base, ours, progress=lambda event: events.append(event.action))
        assert baseline.ok, baseline.failures
        assert set(baseline.modes.values()) == {"baseline"}
        assert baseline.counts[SyncAction.CREATED] == RESOURCES == len(events)
        assert _tree(ours_root) == _resync_library_sync(simulator.base, theirs, incremental=False)
        listed = {entry.uri for entry in client.resource_list(f"{simulator.base}/resourcelist.xml")}
        assert {f"{simulator.base}/{name}" for name in _tree(ours_root)} == listed

        simulator.simulate(EVENTS)
        incremental = client.sync(simulator.base, ours, delete=True)
        assert incremental.ok, incremental.failures
        assert set(incremental.modes.values()) == {"incremental"}
        changed = sum(incremental.counts[action] for action in SyncAction if action is not SyncAction.UNCHANGED)
        assert changed > 0
        if simulator.spec_version == "1.1":  # in 1.0 mode the simulator writes deletions without any time,
            # which resync's incremental() refuses ("no datetime or lastmod"); ours keeps undated changes
            assert _tree(ours_root) == _resync_library_sync(simulator.base, theirs, incremental=True)
        # resync's own baseline of the changed Source, into a fresh folder (after its incremental run:
        # its saved state is per Source, not per folder)
        assert _tree(ours_root) == _resync_library_sync(simulator.base, tmp_path / "fresh", incremental=False)
        listed = {entry.uri for entry in client.resource_list(f"{simulator.base}/resourcelist.xml")}
        assert {f"{simulator.base}/{name}" for name in _tree(ours_root)} == listed


async def test_async_sync_gives_the_same_folder(simulator: Simulator, tmp_path: Path) -> None:
    with ResourceSyncClient(rate_limit=None) as client:
        client.sync(simulator.base, tmp_path / "blocking")
    async with AsyncResourceSyncClient(rate_limit=None) as client:
        result = await client.sync(simulator.base, tmp_path / "async")
        assert result.ok and result.counts[SyncAction.CREATED] == RESOURCES
        simulator.simulate(EVENTS)
        assert (await client.sync(simulator.base, tmp_path / "async", delete=True)).ok
    with ResourceSyncClient(rate_limit=None) as client:
        assert client.sync(simulator.base, tmp_path / "blocking", delete=True).ok
    assert _tree(tmp_path / "async") == _tree(tmp_path / "blocking")
