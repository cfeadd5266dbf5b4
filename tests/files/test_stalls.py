"""A server that drips a byte at a time, or never begins its answer, cannot hold a transfer for ever: parts
have a deadline, bodies a minimum speed, and both give a typed, retried error."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from figshare import APITimeoutError, AsyncFigshare, Figshare
from figshare.files import (
    AsyncDownloader,
    AsyncUploader,
    Downloader,
    DownloadError,
    PartUploadError,
    TransferStalledError,
    Uploader,
)
from figshare.files._deadline import StallDetector, TransferLimits, call_with_deadline
from tests.files.conftest import NO_WAIT_RETRIES, FakeTime, async_client_for, client_for, write_random
from tests.servers.figshare_upload_emulator import FigshareEmulator

FAST_STALL = {"stall_timeout": 0.4, "min_speed": 1000.0}


def dripping_article(emulator: FigshareEmulator) -> int:
    article = emulator.create_article()
    emulator.add_file(article, "slow.bin", os.urandom(20_000))
    emulator.faults.drip_download(1, 0.02)  # 50 bytes a second: ~7 minutes for the file
    return article


def test_a_dripping_download_is_cut_off_and_retried(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = dripping_article(emulator)
    started = time.monotonic()
    with client_for(emulator) as client, pytest.raises(DownloadError, match="failed 2 times") as caught:
        Downloader(client, max_attempts=2, sleep=fake_time.sleep, **FAST_STALL).download(
            article_id=article, dest=tmp_path
        )
    assert time.monotonic() - started < 10
    assert isinstance(caught.value.__cause__, TransferStalledError)
    assert isinstance(caught.value.__cause__, APITimeoutError)
    assert "stalled" in str(caught.value)
    assert len(emulator.requests.where(server="storage")) == 2


async def test_a_dripping_download_is_cut_off_by_the_async_downloader(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = dripping_article(emulator)
    started = time.monotonic()
    async with async_client_for(emulator) as client:
        with pytest.raises(DownloadError) as caught:
            await AsyncDownloader(client, max_attempts=1, sleep=fake_time.async_sleep, **FAST_STALL).download(
                article_id=article, dest=tmp_path
            )
    assert time.monotonic() - started < 10
    assert isinstance(caught.value.__cause__, TransferStalledError)


def test_a_slow_but_steady_download_is_not_cut_off(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    data = os.urandom(30_000)
    emulator.add_file(article, "steady.bin", data)
    emulator.faults.drip_download(1000, 0.02)  # ~50 kB/s, for 0.6 s: above the minimum speed
    with client_for(emulator) as client:
        [result] = Downloader(client, sleep=fake_time.sleep, **FAST_STALL).download(article_id=article, dest=tmp_path)
    assert result.path.read_bytes() == data


def test_an_upload_part_whose_answer_drips_is_cut_off_at_its_deadline(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    data = write_random(tmp_path / "data.bin", 1500)
    article = emulator.create_article()
    emulator.faults.drip_part_answer(1, 0.1, times=None)  # stored, but the answer takes ~6 s
    started = time.monotonic()
    with client_for(emulator) as client:
        [result] = Uploader(
            client, state_dir=state_dir, part_timeout=0.6, sleep=fake_time.sleep, clock=fake_time.monotonic
        ).upload(article, tmp_path / "data.bin")
    assert time.monotonic() - started < 5  # cut off at 0.6 s; asked about the part, found it stored
    assert result.status == "uploaded" and emulator.assembled_bytes(result.file_id) == data
    assert len(emulator.requests.where(method="PUT", part_no=1)) == 1


def test_an_upload_part_that_never_gets_an_answer_fails_typed(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "data.bin", 500)
    article = emulator.create_article()
    gate = emulator.faults.hold_part_put(1)  # the service takes the part and never answers
    for attempt in range(2, 4):
        emulator.faults.hold_part_put(1, attempt=attempt)
    started = time.monotonic()
    try:
        with client_for(emulator) as client, pytest.raises(PartUploadError) as caught:
            Uploader(
                client,
                state_dir=state_dir,
                max_attempts=2,
                part_timeout=0.4,
                sleep=fake_time.sleep,
                clock=fake_time.monotonic,
                lock_timeout=0,
            ).upload(article, tmp_path / "data.bin")
    finally:
        gate.release()
    assert time.monotonic() - started < 10  # the held PUT was given up at 0.4 s; the part stays locked
    assert caught.value.part_no == 1


async def test_an_upload_part_whose_answer_drips_is_cut_off_by_the_async_uploader(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "data.bin", 1500)
    article = emulator.create_article()
    emulator.faults.drip_part_answer(2, 0.1, times=1)  # the second attempt is answered at once
    async with async_client_for(emulator) as client:
        uploader = AsyncUploader(
            client, state_dir=state_dir, part_timeout=0.6, sleep=fake_time.async_sleep, clock=fake_time.monotonic
        )
        [result] = await uploader.upload(article, tmp_path / "data.bin")
    assert result.status == "uploaded"
    assert emulator.assembled_bytes(result.file_id) == (tmp_path / "data.bin").read_bytes()


# -- a response that never begins --------------------------------------------------------------------------


@pytest.fixture
def silent_storage() -> Iterator[tuple[httpx.MockTransport, threading.Event]]:
    released = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v2/file/download/"):
            released.wait(30)  # a server that accepted the request and never answers
        return httpx.Response(200, content=b"late")

    yield httpx.MockTransport(handler), released
    released.set()


def test_a_download_whose_response_never_begins_is_cut_off(
    silent_storage: tuple[httpx.MockTransport, threading.Event], tmp_path: Path, fake_time: FakeTime
) -> None:
    transport, _ = silent_storage
    started = time.monotonic()
    with (
        httpx.Client(transport=transport) as http_client,
        Figshare(http_client=http_client, rate_limit=None, retry=NO_WAIT_RETRIES) as client,
        pytest.raises(DownloadError) as caught,
    ):
        Downloader(client, max_attempts=2, part_timeout=0.3, sleep=fake_time.sleep).download(7, dest=tmp_path)
    assert time.monotonic() - started < 5
    assert isinstance(caught.value.__cause__, TransferStalledError)


async def test_an_async_download_whose_response_never_begins_is_cut_off(tmp_path: Path, fake_time: FakeTime) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200)

    started = time.monotonic()
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http_client,
        AsyncFigshare(http_client=http_client, rate_limit=None, retry=NO_WAIT_RETRIES) as client,
    ):
        with pytest.raises(DownloadError) as caught:
            await AsyncDownloader(client, max_attempts=1, part_timeout=0.3, sleep=fake_time.async_sleep).download(
                7, dest=tmp_path
            )
    assert time.monotonic() - started < 5
    assert isinstance(caught.value.__cause__, TransferStalledError)


# -- units ---------------------------------------------------------------------------------------------------


def test_the_stall_detector_counts_whole_windows() -> None:
    now = [0.0]
    detector = StallDetector(
        TransferLimits(part_timeout=900, stall_timeout=10, min_speed=100), what="x", clock=lambda: now[0]
    )
    for _ in range(9):
        now[0] += 1
        detector.advance(150)  # 150 B/s
    now[0] += 1
    detector.advance(150)  # window of 10 s: fine, a new one starts
    for _ in range(9):
        now[0] += 1
        detector.advance(10)
    now[0] += 1
    with pytest.raises(TransferStalledError, match="stalled"):
        detector.advance(10)


def test_a_late_result_is_discarded_and_errors_pass_through() -> None:
    gate = threading.Event()
    discarded: list[str] = []
    with pytest.raises(TransferStalledError, match=r"within 0\.05 s"):
        call_with_deadline(lambda: gate.wait(5) and "late", 0.05, what="step", discard=discarded.append)
    gate.set()
    deadline = time.monotonic() + 5
    while not discarded and time.monotonic() < deadline:
        time.sleep(0.01)
    assert discarded == ["late"]
    with pytest.raises(KeyError):
        call_with_deadline(lambda: {}["x"], 1, what="step")
    assert call_with_deadline(lambda: 42, 1, what="step") == 42


@pytest.mark.parametrize("argument", ["part_timeout", "stall_timeout"])
@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf")])
def test_limits_are_checked(argument: str, value: float, emulator: FigshareEmulator) -> None:
    with client_for(emulator) as client:
        with pytest.raises(ValueError, match=argument):
            Downloader(client, **{argument: value})  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=argument):
            Uploader(client, **{argument: value})  # type: ignore[arg-type]
