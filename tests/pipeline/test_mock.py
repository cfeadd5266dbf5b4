"""`make mock` serves v2 and v3 side by side, and the SDK reaches both with the two documented settings."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from figshare import Figshare
from tests.support.prism import PRISM, free_port

REPO_ROOT = Path(__file__).resolve().parents[2]


def wait_for(url: str, process: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"make mock exited with {process.returncode}"
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.3)
    pytest.fail(f"{url} did not answer within {timeout} s")


def test_make_mock_serves_both_apis_and_client_v3_follows_its_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not PRISM.exists():
        pytest.skip("Stoplight Prism is not installed (run `npm ci`)")
    v2_port, v3_port = free_port(), free_port()
    log = (tmp_path / "mock.log").open("wb")
    process = subprocess.Popen(
        [
            "make",
            "--no-print-directory",
            "-C",
            str(REPO_ROOT),
            "mock",
            f"PRISM_PORT={v2_port}",
            f"PRISM_V3_PORT={v3_port}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{v2_port}/categories", process)
        wait_for(f"http://127.0.0.1:{v3_port}/categories", process)
        monkeypatch.setenv("FIGSHARE_BASE_URL", f"http://127.0.0.1:{v2_port}")
        monkeypatch.setenv("FIGSHARE_V3_BASE_URL", f"http://127.0.0.1:{v3_port}")
        monkeypatch.setenv("FIGSHARE_TOKEN", "anything-for-the-mock")
        with Figshare(rate_limit=None) as client:
            assert client.categories.list(), "v2 answered from its mock"
            assert client.v3.categories.list(), "v3 answered from its own mock"
            assert client.v3.items.details(2012182).id, "an operation only v3 has (/items/{id}): the v3 mock"
        requests = (tmp_path / "mock.log").read_text(encoding="utf-8", errors="replace")
        assert f"v2 on http://127.0.0.1:{v2_port}, v3 on http://127.0.0.1:{v3_port}" in requests
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()
