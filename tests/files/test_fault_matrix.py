"""The fault matrix: every fault of the upload emulator, sync and async.

Each upload either ends with the service's assembled bytes equal to the local file (and no part stored
twice), or, where the fault is permanent, with a clear error. ``FAULTS`` is the matrix reported in
docs/files.md; the killed-client and Ctrl-C cases follow it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from figshare.files import (
    AsyncUploader,
    ChecksumMismatchError,
    PartUploadError,
    ProcessingTimeoutError,
    TransferProgress,
    UploadedFile,
    Uploader,
)
from tests.files.conftest import FakeTime, async_client_for, client_for, write_random
from tests.servers.figshare_upload_emulator import FigshareEmulator

REPO_ROOT = Path(__file__).resolve().parents[2]
FILE_SIZE = 4 * 1024 + 100  # five parts of the emulator's 1 KiB
FAULTY_PART = 2


@dataclasses.dataclass(frozen=True)
class Fault:
    name: str
    inject: Callable[[FigshareEmulator], None]
    error: type[Exception] | None = None
    """None: the upload must succeed; else the error it must end with."""
    puts_of_faulty_part: int | None = None
    """How many PUTs the faulty part may take, when that is the point of the case."""

    def __str__(self) -> str:
        return self.name


def _set(**settings: object) -> Callable[[FigshareEmulator], None]:
    def inject(emulator: FigshareEmulator) -> None:
        for name, value in settings.items():
            setattr(emulator.faults, name, value)

    return inject


FAULTS = [
    Fault("connection reset in the middle of a part", lambda e: e.faults.reset_part_put(FAULTY_PART), None, 2),
    Fault("500 on a part", lambda e: e.faults.fail_part_put(FAULTY_PART, 500), None, 2),
    Fault("504 on a part", lambda e: e.faults.fail_part_put(FAULTY_PART, 504), None, 2),
    Fault(
        "504 after the part was stored",
        lambda e: e.faults.fail_part_put(FAULTY_PART, 504, after_storing=True),
        None,
        1,  # the part is looked at, not sent again
    ),
    Fault("409 on a part locked by another request", lambda e: e.faults.lock_part(FAULTY_PART, attempts=2)),
    Fault("slow part", lambda e: e.faults.slow_part_put(FAULTY_PART, 0.2), None, 1),
    Fault("stale lock left by a dead client (reset with DELETE)", lambda e: e.faults.stick_part(FAULTY_PART)),
    Fault("file processing and computed_md5 that appear late", _set(processing_polls=4, computed_md5_after_polls=8)),
    Fault(
        "500 on completing the file",
        lambda e: e.faults.fail_request("api", "POST", r"/v2/account/articles/\d+/files/\d+", 500),
    ),
    Fault("500 on the upload info", lambda e: e.faults.fail_request("upload", "GET", r"/upload/[^/]+", 500, times=2)),
    Fault(
        "permanent: every PUT of a part reset",
        lambda e: e.faults.reset_part_put(FAULTY_PART, times=None),
        PartUploadError,
    ),
    Fault(
        "permanent: 500 on every PUT of a part",
        lambda e: e.faults.fail_part_put(FAULTY_PART, 500, times=None),
        PartUploadError,
    ),
    Fault(
        "permanent: a lock that DELETE cannot clear",
        lambda e: e.faults.stick_part(FAULTY_PART, reset_by_delete=False),
        PartUploadError,
    ),
    Fault("permanent: computed_md5 never appears", _set(computed_md5_after_polls=None), ProcessingTimeoutError),
    Fault("permanent: computed_md5 does not match", _set(computed_md5_override="f" * 32), ChecksumMismatchError),
]


def _upload_sync(
    emulator: FigshareEmulator, article: int, path: Path, state_dir: Path, fake_time: FakeTime
) -> UploadedFile:
    with client_for(emulator) as client:
        uploader = Uploader(
            client, state_dir=state_dir, sleep=fake_time.sleep, clock=fake_time.monotonic, concurrency=2
        )
        [result] = uploader.upload(article, path)
    return result


def _upload_async(
    emulator: FigshareEmulator, article: int, path: Path, state_dir: Path, fake_time: FakeTime
) -> UploadedFile:
    async def run() -> UploadedFile:
        async with async_client_for(emulator) as client:
            uploader = AsyncUploader(
                client, state_dir=state_dir, sleep=fake_time.async_sleep, clock=fake_time.monotonic, concurrency=2
            )
            [result] = await uploader.upload(article, path)
        return result

    return asyncio.run(run())


UPLOADS = {"sync": _upload_sync, "async": _upload_async}


@pytest.mark.parametrize("mode", UPLOADS)
@pytest.mark.parametrize("fault", FAULTS, ids=str)
def test_fault_matrix(
    fault: Fault, mode: str, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    data = write_random(tmp_path / "data.bin", FILE_SIZE)
    article = emulator.create_article()
    fault.inject(emulator)
    upload = UPLOADS[mode]

    if fault.error is not None:
        with pytest.raises(fault.error) as caught:
            upload(emulator, article, tmp_path / "data.bin", state_dir, fake_time)
        assert str(caught.value)
        return
    result = upload(emulator, article, tmp_path / "data.bin", state_dir, fake_time)

    assert emulator.assembled_bytes(result.file_id) == data
    assert max(emulator.requests.stored_part_uploads().values()) == 1
    if fault.puts_of_faulty_part is not None:
        puts = emulator.requests.where(server="upload", method="PUT", part_no=FAULTY_PART)
        assert len(puts) == fault.puts_of_faulty_part


def test_a_killed_client_process_is_resumed_by_a_new_process(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    """The client dies (SIGKILL) in the middle of part 2, leaving it locked; a new run waits for the lock,
    resets it, and sends only what is missing. The parts are larger than the socket buffers, so the dying
    client is stuck in the middle of the body."""
    emulator.part_size = 16 * 1024 * 1024
    data = write_random(tmp_path / "data.bin", 2 * emulator.part_size + 100)
    article = emulator.create_article()
    emulator.faults.keep_lock_on_disconnect = True
    gate = emulator.faults.hold_part_put(2)
    settings = {
        "token": emulator.token,
        "api_base_url": emulator.api_base_url,
        "trusted_hosts": [emulator.api_host, emulator.upload_host],
        "article_id": article,
        "path": str(tmp_path / "data.bin"),
        "state_dir": str(state_dir),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.files.upload_worker", json.dumps(settings)],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        gate.wait_until_held(timeout=30)
    finally:
        worker.kill()
        worker.wait()
    gate.release()
    emulator.requests.wait_for(lambda request: request.part_no == 2 and request.outcome == "client_disconnected")
    parts = emulator.upload_info(emulator.article_file_ids(article)[0])["parts"]
    assert [(part["status"], part["locked"]) for part in parts] == [
        ("COMPLETE", False),
        ("PENDING", True),
        ("PENDING", False),
    ]

    with client_for(emulator) as client:
        uploader = Uploader(client, state_dir=state_dir, sleep=fake_time.sleep, clock=fake_time.monotonic)
        [result] = uploader.upload(article, tmp_path / "data.bin")

    assert result.status == "resumed"
    assert emulator.assembled_bytes(result.file_id) == data
    assert max(emulator.requests.stored_part_uploads().values()) == 1
    assert [r.status for r in emulator.requests.where(server="upload", method="DELETE")] == [200]
    assert sum(fake_time.sleeps) >= 60  # the lock timeout was waited out before the reset


def test_ctrl_c_keeps_the_upload_resumable(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    data = write_random(tmp_path / "data.bin", FILE_SIZE)
    article = emulator.create_article()

    def interrupt_after_two_parts(event: TransferProgress) -> None:
        if event.bytes_done >= 2048:
            raise KeyboardInterrupt

    with client_for(emulator) as client:
        interrupted = Uploader(
            client, state_dir=state_dir, sleep=fake_time.sleep, concurrency=1, progress=interrupt_after_two_parts
        )
        with pytest.raises(KeyboardInterrupt):
            interrupted.upload(article, tmp_path / "data.bin")
        stored_before = len(emulator.requests.stored_part_uploads())
        [result] = Uploader(client, state_dir=state_dir, sleep=fake_time.sleep).upload(article, tmp_path / "data.bin")

    assert 1 <= stored_before < 5
    assert result.status == "resumed"
    assert emulator.assembled_bytes(result.file_id) == data
    assert max(emulator.requests.stored_part_uploads().values()) == 1


def test_ctrl_c_in_the_main_thread_returns_at_once_and_the_upload_resumes(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C arrives while the main thread waits for the parts; a part is held by the service, so waiting
    for it would block: the call must raise without waiting."""
    import figshare.files._sync_runtime as sync_runtime

    data = write_random(tmp_path / "data.bin", FILE_SIZE)
    article = emulator.create_article()
    gate = emulator.faults.hold_part_put(2)

    def interrupted_wait(*arguments: object, **options: object) -> None:
        gate.wait_until_held()
        raise KeyboardInterrupt

    with client_for(emulator) as client:
        with monkeypatch.context() as patch:
            patch.setattr(sync_runtime, "wait", interrupted_wait)
            with pytest.raises(KeyboardInterrupt):
                Uploader(client, state_dir=state_dir, sleep=fake_time.sleep, concurrency=2).upload(
                    article, tmp_path / "data.bin"
                )
        assert gate.held
        gate.release()  # the interrupted run's PUT of part 2 ends in the background
        emulator.requests.wait_for(lambda r: r.method == "PUT" and r.part_no == 2 and r.outcome != "in_progress")
        [result] = Uploader(client, state_dir=state_dir, sleep=fake_time.sleep, clock=fake_time.monotonic).upload(
            article, tmp_path / "data.bin"
        )

    assert result.status == "resumed"
    assert emulator.assembled_bytes(result.file_id) == data
