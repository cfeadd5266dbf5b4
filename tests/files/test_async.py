"""The async uploader and downloader against the emulator (the fault matrix runs both modes too)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from figshare.files import AsyncDownloader, AsyncUploader, ChecksumMismatchError, TransferProgress
from tests.files.conftest import FakeTime, async_client_for, write_random
from tests.servers.figshare_upload_emulator import FigshareEmulator


async def test_upload_a_folder_then_download_it(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    files = {
        "a.bin": write_random(tmp_path / "set" / "a.bin", 5000),
        "b.bin": write_random(tmp_path / "set" / "sub" / "b.bin", 1500),
    }
    article = emulator.create_article()
    events: list[TransferProgress] = []
    async with async_client_for(emulator) as client:
        uploader = AsyncUploader(
            client, state_dir=state_dir, sleep=fake_time.async_sleep, clock=fake_time.monotonic, progress=events.append
        )
        uploaded = await uploader.upload(article, tmp_path / "set")
        again = await client.upload(article, tmp_path / "set", state_dir=state_dir)
        downloaded = await AsyncDownloader(client, sleep=fake_time.async_sleep).download(
            article_id=article, dest=tmp_path / "out"
        )

    assert [result.status for result in uploaded] == ["uploaded", "uploaded"]
    assert [result.status for result in again] == ["skipped", "skipped"]
    for result, data in zip(uploaded, files.values(), strict=True):
        assert emulator.assembled_bytes(result.file_id) == data
    assert {result.path.relative_to(tmp_path / "out") for result in downloaded} == {
        Path("set/a.bin"),
        Path("set/sub/b.bin"),
    }
    assert all(result.verified for result in downloaded)
    assert (tmp_path / "out" / "set" / "sub" / "b.bin").read_bytes() == files["b.bin"]
    assert [event.phase for event in events if event.name == "set/a.bin"][-1] == "done"


async def test_async_download_resumes_and_checks_md5(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    data = write_random(tmp_path / "source.bin", 3 * 1024 * 1024 + 5)
    file_id = emulator.add_file(article, "big.bin", tmp_path / "source.bin")
    emulator.faults.cut_download(1024 * 1024 + 3)
    async with async_client_for(emulator) as client:
        down = AsyncDownloader(client, sleep=fake_time.async_sleep)
        [result] = await down.download(file_id, article_id=article, dest=tmp_path / "out")
        with pytest.raises(ChecksumMismatchError):
            await down.download(file_id, md5="0" * 32, dest=tmp_path / "other")

    assert result.path.read_bytes() == data
    assert result.md5 == hashlib.md5(data).hexdigest()
    ranges = [request.headers.get("range") for request in emulator.requests.where(server="storage")]
    assert ranges[0] is None
    assert ranges[1] is not None  # what arrived before the reset (a reset may drop unread bytes)
    assert 0 <= int(ranges[1].removeprefix("bytes=").rstrip("-")) <= 1024 * 1024 + 3
    assert list((tmp_path / "other").iterdir()) == []


async def test_async_abandon_and_pending(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "a.bin", 3000)
    emulator.faults.fail_part_put(2, 500, times=None)
    article = emulator.create_article()
    async with async_client_for(emulator) as client:
        uploader = AsyncUploader(client, state_dir=state_dir, sleep=fake_time.async_sleep, max_attempts=2)
        with pytest.raises(Exception, match="part 2 failed 2 times"):
            await uploader.upload(article, tmp_path / "a.bin")
        assert len(uploader.pending()) == 1
        abandoned = await uploader.abandon(article)
    assert len(abandoned) == 1
    assert emulator.article_file_ids(article) == []
    assert uploader.pending() == []
