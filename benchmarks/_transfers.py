"""Shared by benchmarks/upload.py and benchmarks/download.py: the emulator in its own process, contenders
in child processes (so each one's peak RSS is its own), test files, and REST helpers."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


@contextmanager
def emulator_process(*arguments: str) -> Iterator[dict[str, Any]]:
    """``python -m tests.servers.figshare_upload_emulator ...`` in its own process; yields its JSON line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.servers.figshare_upload_emulator", *arguments],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        yield json.loads(process.stdout.readline())
    finally:
        process.stdin.close()
        process.wait(timeout=60)


def run_child(script: str, role: str, config: dict[str, Any], *, python_path: str | None = None) -> dict[str, Any]:
    """Run ``script --child role '<config>'`` and return the JSON object it prints last."""
    environment = dict(os.environ)
    if python_path:
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [python_path, environment.get("PYTHONPATH")]))
    completed = subprocess.run(
        [sys.executable, script, "--child", role, json.dumps(config)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{role} failed:\n{completed.stderr[-3000:]}")
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def importable(module: str, python_path: str | None) -> bool:
    """Whether a child process (with ``python_path`` added) can import ``module``."""
    environment = dict(os.environ)
    if python_path:
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [python_path, environment.get("PYTHONPATH")]))
    check = subprocess.run(
        [sys.executable, "-c", f"import {module}"], env=environment, capture_output=True, check=False
    )
    return check.returncode == 0


def peak_rss_mib() -> float:
    """This process's peak resident set size (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def random_file(folder: Path, size: int) -> Path:
    """A file of ``size`` random bytes, made once and reused by later runs."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"random-{size}.bin"
    if not path.exists() or path.stat().st_size != size:
        partial = path.with_suffix(".tmp")
        with partial.open("wb") as handle:
            for offset in range(0, size, 16 * MIB):
                handle.write(os.urandom(min(16 * MIB, size - offset)))
        partial.replace(path)
    return path


def file_md5(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as handle:
        while chunk := handle.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


class Rest:
    """The few REST calls the benchmark itself makes (outside any timing)."""

    def __init__(self, api: str, token: str) -> None:
        self.api = api
        self.client = httpx.Client(headers={"Authorization": f"token {token}"}, timeout=120)

    def create_article(self, title: str) -> int:
        response = self.client.post(f"{self.api}/account/articles", json={"title": title})
        response.raise_for_status()
        return int(response.json()["entity_id"])

    def files(self, article_id: int) -> list[dict[str, Any]]:
        response = self.client.get(f"{self.api}/account/articles/{article_id}/files")
        response.raise_for_status()
        return list(response.json())

    def computed_md5(self, article_id: int, file_id: int, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while True:
            response = self.client.get(f"{self.api}/account/articles/{article_id}/files/{file_id}")
            response.raise_for_status()
            md5 = str(response.json().get("computed_md5") or "")
            if md5 or time.monotonic() > deadline:
                return md5
            time.sleep(0.2)

    def delete_files(self, article_id: int) -> None:
        """Free the emulator's storage between runs."""
        for record in self.files(article_id):
            self.client.delete(f"{self.api}/account/articles/{article_id}/files/{record['id']}").raise_for_status()


def table(rows: list[list[str]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
