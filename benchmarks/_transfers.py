"""Shared by download.py and upload.py (orchestrator side, standard library only): the upload-service
emulator in its own process, test files, byte-for-byte checks, and the few REST calls made outside timing."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from _harness import MIB, REPO_ROOT, server_process


def cpu_seconds() -> float:
    """CPU time of this process so far, every thread counted (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def tmpfs() -> Path:
    """Where server-side data goes: /dev/shm when there is one, so the disk stays out of the figures."""
    shm = Path("/dev/shm")
    return shm if shm.is_dir() else Path(tempfile.gettempdir())


@contextmanager
def emulator(*arguments: str) -> Iterator[dict[str, Any]]:
    """The upload-service emulator (``tests/servers``), data on a tmpfs; yields its JSON line."""
    with (
        tempfile.TemporaryDirectory(dir=tmpfs(), prefix="figshare-bench-emulator-") as data,
        server_process(
            *arguments, "--data-dir", data, module="tests.servers.figshare_upload_emulator", cwd=REPO_ROOT
        ) as info,
    ):
        yield info


def random_file(size: int) -> Path:
    """A file of ``size`` random bytes in the temporary folder, made once and reused by later runs."""
    folder = Path(tempfile.gettempdir()) / "figshare-bench"
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
        while chunk := handle.read(16 * MIB):
            digest.update(chunk)
    return digest.hexdigest()


def same_bytes(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    with first.open("rb") as one, second.open("rb") as other:
        while True:
            block = one.read(16 * MIB)
            if block != other.read(16 * MIB):
                return False
            if not block:
                return True


def default_size(full_mib: int, minimum_mib: int) -> int:
    """``full_mib`` when the temporary folder has room for four copies, else ``minimum_mib``."""
    free = shutil.disk_usage(tempfile.gettempdir()).free
    return full_mib if free > 4 * full_mib * MIB else minimum_mib


class Rest:
    """The REST calls the orchestrator makes to the emulator, outside any timing."""

    def __init__(self, api: str, token: str) -> None:
        self.api = api
        self.headers = {"Authorization": f"token {token}", "Content-Type": "application/json"}

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.api + path, data=data, method=method, headers=self.headers)
        with urllib.request.urlopen(request, timeout=120) as response:
            text = response.read()
        return json.loads(text) if text else None

    def create_article(self, title: str) -> int:
        return int(self._call("POST", "/account/articles", {"title": title})["entity_id"])

    def files(self, article_id: int) -> list[dict[str, Any]]:
        return list(self._call("GET", f"/account/articles/{article_id}/files"))

    def computed_md5(self, article_id: int, file_id: int, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while True:
            md5 = str(self._call("GET", f"/account/articles/{article_id}/files/{file_id}").get("computed_md5") or "")
            if md5 or time.monotonic() > deadline:
                return md5
            time.sleep(0.1)

    def delete_files(self, article_id: int) -> None:
        """Free the emulator's storage between runs."""
        for record in self.files(article_id):
            self._call("DELETE", f"/account/articles/{article_id}/files/{record['id']}")
