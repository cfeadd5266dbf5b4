"""Several downloads of the same file into the same folder at once: one writes it, the others wait for it and
find it done, whatever runs them (processes, threads); nobody sees a raw OSError."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from figshare.files import DownloadedFile, Downloader, DownloadInProgressError
from figshare.files._partial import TargetLock
from tests.conftest import REPO_ROOT
from tests.files.conftest import FakeTime, client_for
from tests.servers.figshare_upload_emulator import FigshareEmulator

PROCESSES = 4


def leftovers(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if path.name.endswith((".figshare-part", ".figshare-lock"))]


def test_processes_downloading_the_same_file_to_one_folder_all_succeed(
    emulator: FigshareEmulator, tmp_path: Path
) -> None:
    article = emulator.create_article()
    data = os.urandom(64 * 1024)
    emulator.add_file(article, "shared.bin", data)
    emulator.faults.drip_download(4096, 0.05)  # ~0.8 s per download: the processes overlap
    dest = tmp_path / "dest"
    go = tmp_path / "go"
    workers = []
    for number in range(PROCESSES):
        settings = {
            "token": emulator.token,
            "api_base_url": emulator.api_base_url,
            "trusted_hosts": [emulator.api_host, emulator.upload_host],
            "article_id": article,
            "dest": str(dest),
            "ready": str(tmp_path / f"ready-{number}"),
            "go": str(go),
        }
        workers.append(
            subprocess.Popen(
                [sys.executable, "-m", "tests.files.download_worker", json.dumps(settings)],
                cwd=REPO_ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    try:
        deadline = time.monotonic() + 60
        while not all((tmp_path / f"ready-{number}").exists() for number in range(PROCESSES)):
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.02)
        go.touch()
        outputs = [worker.communicate(timeout=60) for worker in workers]
    finally:
        for worker in workers:
            worker.kill()
    reports = [json.loads(stdout.strip().splitlines()[-1]) for stdout, _ in outputs]
    assert all("error" not in report for report in reports), reports
    statuses = sorted(report["statuses"][0] for report in reports)
    assert statuses == ["downloaded"] + ["skipped"] * (PROCESSES - 1)
    assert (dest / "shared.bin").read_bytes() == data
    assert leftovers(dest) == []
    assert len(emulator.requests.where(server="storage")) == 1


def test_threads_downloading_the_same_file_wait_for_each_other(emulator: FigshareEmulator, tmp_path: Path) -> None:
    article = emulator.create_article()
    data = os.urandom(32 * 1024)
    file_id = emulator.add_file(article, "t.bin", data)
    emulator.faults.drip_download(4096, 0.02)
    results: list[DownloadedFile] = []
    errors: list[BaseException] = []

    def download() -> None:
        try:
            with client_for(emulator) as client:
                results.extend(Downloader(client).download(file_id, article_id=article, dest=tmp_path))
        except BaseException as error:  # collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=download) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(result.status for result in results) == ["downloaded", "skipped", "skipped"]
    assert (tmp_path / "t.bin").read_bytes() == data
    assert leftovers(tmp_path) == []


def test_a_download_held_up_too_long_by_another_reports_it_is_already_being_downloaded(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    file_id = emulator.add_file(article, "busy.bin", b"busy")
    held = TargetLock.try_acquire(tmp_path / f".busy.bin.{file_id}.figshare-lock")
    assert held is not None
    try:
        with client_for(emulator) as client, pytest.raises(DownloadInProgressError, match="already being downloaded"):
            Downloader(client, lock_wait=2.0, sleep=fake_time.sleep).download(article_id=article, dest=tmp_path)
    finally:
        held.release()
    assert sum(fake_time.sleeps) >= 2.0
    assert not emulator.requests.where(server="storage")
    assert leftovers(tmp_path) == []


def test_lock_wait_is_checked(emulator: FigshareEmulator) -> None:
    with client_for(emulator) as client:
        for bad in (-1, float("nan"), float("inf")):
            with pytest.raises(ValueError, match="lock_wait"):
                Downloader(client, lock_wait=bad)
        with pytest.raises(TypeError, match="lock_wait"):
            Downloader(client, lock_wait="10")  # type: ignore[arg-type]
