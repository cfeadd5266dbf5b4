"""The transfer limits (``part_timeout``, ``stall_timeout``, ``min_speed``, and ``lock_wait`` for downloads) can
be given to ``client.upload()`` / ``client.download()`` and their async twins, not only to `Uploader` and
`Downloader`: they reach the transfer, and bad values are refused by name before any request."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from figshare import AsyncFigshare, Figshare
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from figshare.files import (
    AsyncDownloader,
    AsyncUploader,
    Downloader,
    DownloadError,
    DownloadInProgressError,
    LocalFileNotFoundError,
    TransferStalledError,
    Uploader,
    UploadError,
)
from figshare.files._deadline import TransferLimits
from figshare.files._partial import TargetLock
from tests.files.conftest import async_client_for, client_for, write_random
from tests.servers.figshare_upload_emulator import FigshareEmulator

FAST_STALL = {"stall_timeout": 0.4, "min_speed": 1000.0}


def test_download_takes_the_stall_settings(emulator: FigshareEmulator, tmp_path: Path) -> None:
    article = emulator.create_article()
    data = os.urandom(20_000)
    emulator.add_file(article, "slow.bin", data)
    emulator.faults.drip_download(1, 0.02, times=1)  # 50 bytes a second, the first attempt only
    started = time.monotonic()
    with client_for(emulator) as client:
        [result] = client.download(article_id=article, dest=tmp_path, **FAST_STALL)
    assert time.monotonic() - started < 10, "the dripping attempt was cut off after 0.4 s, not the default 60 s"
    assert result.path.read_bytes() == data
    assert len(emulator.requests.where(server="storage")) == 2


async def test_async_download_takes_the_stall_settings(emulator: FigshareEmulator, tmp_path: Path) -> None:
    article = emulator.create_article()
    emulator.add_file(article, "slow.bin", os.urandom(20_000))
    emulator.faults.drip_download(1, 0.02)  # every attempt drips
    started = time.monotonic()
    async with async_client_for(emulator) as client:
        with pytest.raises(DownloadError) as caught:
            await client.download(article_id=article, dest=tmp_path, **FAST_STALL)
    assert time.monotonic() - started < 15
    assert isinstance(caught.value.__cause__, TransferStalledError)


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_download_takes_lock_wait(emulator: FigshareEmulator, tmp_path: Path, asynchronous: bool) -> None:
    article = emulator.create_article()
    file_id = emulator.add_file(article, "busy.bin", b"busy")
    held = TargetLock.try_acquire(tmp_path / f".busy.bin.{file_id}.figshare-lock")
    assert held is not None
    started = time.monotonic()
    try:
        with pytest.raises(DownloadInProgressError):
            if asynchronous:
                async with async_client_for(emulator) as client:
                    await client.download(article_id=article, dest=tmp_path, lock_wait=0.3)
            else:
                with client_for(emulator) as client:
                    client.download(article_id=article, dest=tmp_path, lock_wait=0.3)
    finally:
        held.release()
    assert time.monotonic() - started < 10, "waited 0.3 s, not the default 600 s"
    assert not emulator.requests.where(server="storage")


def test_upload_takes_part_timeout(emulator: FigshareEmulator, tmp_path: Path, state_dir: Path) -> None:
    data = write_random(tmp_path / "data.bin", 1500)
    article = emulator.create_article()
    emulator.faults.drip_part_answer(1, 0.1, times=None)  # stored, but the answer takes ~6 s
    started = time.monotonic()
    with client_for(emulator) as client:
        [result] = client.upload(article, tmp_path / "data.bin", state_dir=state_dir, part_timeout=0.6)
    assert time.monotonic() - started < 5, "cut off at 0.6 s, not the default 900 s"
    assert result.status == "uploaded" and emulator.assembled_bytes(result.file_id) == data


async def test_async_upload_takes_part_timeout(emulator: FigshareEmulator, tmp_path: Path, state_dir: Path) -> None:
    write_random(tmp_path / "data.bin", 1500)
    article = emulator.create_article()
    emulator.faults.drip_part_answer(1, 0.1, times=None)
    started = time.monotonic()
    async with async_client_for(emulator) as client:
        [result] = await client.upload(article, tmp_path / "data.bin", state_dir=state_dir, part_timeout=0.6)
    assert time.monotonic() - started < 5
    assert result.status == "uploaded"


@pytest.mark.parametrize(
    ("setting", "value", "kind"),
    [
        ("part_timeout", 0, ValueError),
        ("stall_timeout", float("nan"), ValueError),
        ("min_speed", -1, ValueError),
        ("part_timeout", "10", TypeError),
    ],
)
async def test_bad_transfer_settings_are_refused_by_name(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, setting: str, value: object, kind: type[Exception]
) -> None:
    write_random(tmp_path / "data.bin", 10)
    article = emulator.create_article()
    before = len(emulator.requests)
    with client_for(emulator) as client:
        with pytest.raises(kind, match=setting):
            client.upload(article, tmp_path / "data.bin", state_dir=state_dir, **{setting: value})  # type: ignore[arg-type]
        with pytest.raises(kind, match=setting):
            client.download(article_id=article, dest=tmp_path, **{setting: value})  # type: ignore[arg-type]
    async with async_client_for(emulator) as client:
        with pytest.raises(kind, match=setting):
            await client.upload(article, tmp_path / "data.bin", state_dir=state_dir, **{setting: value})  # type: ignore[arg-type]
        with pytest.raises(kind, match=setting):
            await client.download(article_id=article, dest=tmp_path, **{setting: value})  # type: ignore[arg-type]
    with client_for(emulator) as client, pytest.raises(ValueError, match="lock_wait"):
        client.download(article_id=article, dest=tmp_path, lock_wait=-1)
    assert len(emulator.requests) == before, "refused before any request"


@pytest.mark.parametrize(
    ("setting", "value", "error"),
    [
        ("part_timeout", 0, InvalidArgumentError),
        ("part_timeout", 1e12, InvalidArgumentError),  # past MAX_SECONDS: the sync runtime's wait would overflow
        ("stall_timeout", float("inf"), InvalidArgumentError),
        pytest.param("stall_timeout", 2**1100, InvalidArgumentError, id="stall_timeout-int-too-large-for-a-float"),
        ("min_speed", float("nan"), InvalidArgumentError),
        ("min_speed", True, InvalidArgumentTypeError),
        ("lock_wait", -1, InvalidArgumentError),
        ("lock_wait", "600", InvalidArgumentTypeError),
        ("max_attempts", 0, InvalidArgumentError),
        ("max_attempts", "3", InvalidArgumentTypeError),
        ("max_attempts", 2.0, InvalidArgumentTypeError),
        ("processing_timeout", -1, InvalidArgumentError),
        ("processing_timeout", "600", InvalidArgumentTypeError),
        ("lock_timeout", float("nan"), InvalidArgumentError),
        ("lock_timeout", None, InvalidArgumentTypeError),
        ("overwrite", "no", InvalidArgumentTypeError),  # a truthy string must not mean "overwrite"
        ("resume", 1, InvalidArgumentTypeError),
        ("skip_existing", "false", InvalidArgumentTypeError),
        ("progress", 5, InvalidArgumentTypeError),
        ("progress", "yes", InvalidArgumentTypeError),
        ("sleep", 0.5, InvalidArgumentTypeError),
        ("clock", 5, InvalidArgumentTypeError),
    ],
)
async def test_bad_transfer_settings_are_figshare_errors(
    tmp_path: Path, setting: str, value: object, error: type[InvalidArgumentError]
) -> None:
    """The transfer settings are checked as every other setting is (`figshare._validate`), when the
    `Uploader` or `Downloader` is made (not in the middle of a transfer): a typed `FigshareError` naming the
    argument, with the same 1,000,000 s cap on durations."""
    with Figshare(rate_limit=None) as client:
        async with AsyncFigshare(rate_limit=None) as async_client:
            made: list[Callable[[], object]] = []
            if setting not in ("processing_timeout", "lock_timeout", "skip_existing", "clock"):
                made += [
                    lambda: Downloader(client, **{setting: value}),
                    lambda: AsyncDownloader(async_client, **{setting: value}),
                ]
            if setting not in ("lock_wait", "overwrite", "resume"):
                made += [
                    lambda: Uploader(client, state_dir=tmp_path, **{setting: value}),
                    lambda: AsyncUploader(async_client, state_dir=tmp_path, **{setting: value}),
                ]
            for make in made:
                with pytest.raises(error, match=f"^{setting} ") as raised:
                    make()
                assert raised.value.argument == setting


def test_transfer_settings_at_their_bounds_are_taken(tmp_path: Path) -> None:
    with Figshare(rate_limit=None) as client:
        downloader = Downloader(client, lock_wait=0, part_timeout=1_000_000, stall_timeout=0.001, min_speed=0)
        assert downloader.policy.lock_wait == 0.0
        assert downloader.policy.limits == TransferLimits(part_timeout=1_000_000, stall_timeout=0.001, min_speed=0)
        uploader = Uploader(
            client, state_dir=tmp_path, part_timeout=1_000_000, min_speed=2**40, processing_timeout=0, lock_timeout=0
        )
        assert uploader.policy.processing_timeout == 0.0 and uploader.policy.part.lock_timeout == 0.0
        assert Uploader(client, state_dir=tmp_path, max_attempts=1).policy.part.max_attempts == 1


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (5, InvalidArgumentTypeError),
        (b"data", InvalidArgumentTypeError),
        ("da\0ta", InvalidArgumentError),
        ("", InvalidArgumentError),  # pathlib reads it as ".": an upload of the working folder
    ],
)
async def test_bad_local_paths_are_refused_by_name(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, value: object, error: type[InvalidArgumentError]
) -> None:
    """The upload's ``path``, the download's ``dest`` and ``state_dir`` take a str or an os.PathLike of str: a
    typed error naming the argument before any request, not a bare TypeError from `pathlib`."""
    article = emulator.create_article()
    before = len(emulator.requests)
    with client_for(emulator) as client:
        checks: list[tuple[str, Callable[[], object]]] = [
            ("path", lambda: client.upload(article, value, state_dir=state_dir)),  # type: ignore[arg-type]
            ("path", lambda: Uploader(client, state_dir=state_dir).abandon(article, value)),  # type: ignore[arg-type]
            ("dest", lambda: client.download(article_id=article, dest=value)),  # type: ignore[arg-type]
            ("state_dir", lambda: Uploader(client, state_dir=value)),  # type: ignore[arg-type]
        ]
        for argument, call in checks:
            with pytest.raises(error, match=f"^{argument} ") as raised:
                call()
            assert raised.value.argument == argument
    async with async_client_for(emulator) as async_client:
        with pytest.raises(error, match=r"^path "):
            await async_client.upload(article, value, state_dir=state_dir)  # type: ignore[arg-type]
        with pytest.raises(error, match=r"^dest "):
            await async_client.download(article_id=article, dest=value)  # type: ignore[arg-type]
        with pytest.raises(error, match=r"^state_dir "):
            AsyncUploader(async_client, state_dir=value)  # type: ignore[arg-type]
    assert len(emulator.requests) == before, "refused before any request"


def test_a_path_like_and_a_tilde_are_local_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with Figshare(rate_limit=None) as client:
        assert Uploader(client, state_dir="~/states").store.directory == tmp_path / "states"


async def test_what_an_upload_is_given_is_checked_by_name(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path
) -> None:
    write_random(tmp_path / "data.bin", 10)
    (tmp_path / "folder").mkdir()
    article = emulator.create_article()
    before = len(emulator.requests)
    data = tmp_path / "data.bin"
    cases: list[tuple[dict[str, Any], str, type[Exception]]] = [
        ({"path": data, "name": 5}, "name", InvalidArgumentTypeError),
        ({"path": data, "folder_path": 5}, "folder_path", InvalidArgumentTypeError),
        ({"link": 5}, "link", InvalidArgumentTypeError),
        ({"path": data, "link": "https://example.org/x"}, "path", InvalidArgumentError),
        ({"link": "https://example.org/x", "name": "x"}, "link", InvalidArgumentError),
        ({"path": data, "name": "a/b"}, "name", InvalidArgumentError),
        ({"path": tmp_path / "folder", "name": "x"}, "name", InvalidArgumentError),
        ({"path": data, "folder_path": "a/../b"}, "folder_path", InvalidArgumentError),
    ]
    with client_for(emulator) as client:
        for given, argument, error in cases:
            with pytest.raises(error) as raised:
                client.upload(article, state_dir=state_dir, **given)
            assert raised.value.argument == argument, given  # type: ignore[attr-defined]
    async with async_client_for(emulator) as async_client:
        for given, argument, error in cases:
            with pytest.raises(error) as raised:
                await async_client.upload(article, state_dir=state_dir, **given)
            assert raised.value.argument == argument, given  # type: ignore[attr-defined]
    assert len(emulator.requests) == before, "refused before any request"


async def test_a_missing_local_file_is_a_figshare_error_and_a_file_not_found_error(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path
) -> None:
    article = emulator.create_article()
    missing = tmp_path / "missing.csv"
    with client_for(emulator) as client, pytest.raises(LocalFileNotFoundError) as raised:
        client.upload(article, missing, state_dir=state_dir)
    assert isinstance(raised.value, FileNotFoundError) and isinstance(raised.value, UploadError)
    assert (raised.value.errno, raised.value.filename, raised.value.path) == (errno.ENOENT, str(missing), str(missing))
    async with async_client_for(emulator) as async_client:
        with pytest.raises(LocalFileNotFoundError):
            await async_client.upload(article, missing, state_dir=state_dir)
