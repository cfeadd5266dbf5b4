"""Run Stoplight Prism (npm, pinned in package-lock.json) as a mock of the patched spec on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
PRISM = REPO_ROOT / "node_modules" / ".bin" / "prism"


class PrismUnavailable(RuntimeError):
    """Prism is not installed or did not start."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def prism_mock(spec: Path, port: int | None = None, *, startup_timeout: float = 60.0) -> Iterator[str]:
    """Serve ``spec`` with ``prism mock`` and yield its base URL; the process is stopped afterwards.

    The port comes from ``port``, else ``$FIGSHARE_PRISM_PORT``, else a free one. Readiness is checked by
    polling until Prism answers HTTP.
    """
    if not PRISM.exists():
        raise PrismUnavailable(f"{PRISM} is missing: run `npm ci`")
    port = port or int(os.environ.get("FIGSHARE_PRISM_PORT", "0")) or free_port()
    base_url = f"http://127.0.0.1:{port}"
    # Prism logs every request; a file (not a pipe nobody reads) keeps it from blocking on a full pipe.
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)],
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            _wait_until_ready(process, log, base_url, startup_timeout)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_ready(process: subprocess.Popen[str], log: IO[str], base_url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise PrismUnavailable(f"prism exited with {process.returncode}:\n{log.read()[-3000:]}")
        try:
            httpx.get(base_url + "/categories", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise PrismUnavailable(f"prism did not answer on {base_url} within {timeout} s")
