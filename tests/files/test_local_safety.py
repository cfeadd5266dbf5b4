"""What sits in the destination cannot redirect a download, and server names become safe, portable names.

Symlinks, hard links and FIFOs planted where the SDK writes its temporary, lock and state files are refused
with a typed error and nothing outside the destination is touched; hostile or unportable remote names are
mapped (and the mapping reported) instead of being written as they are.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import pytest

from figshare import FigshareError
from figshare.files import (
    AsyncDownloader,
    DestinationExistsError,
    Downloader,
    DownloadError,
    UnsafePathError,
    Uploader,
    UploadStateError,
)
from figshare.files._paths import MAX_NAME_BYTES, portable_name
from tests.files.conftest import FakeTime, async_client_for, client_for
from tests.servers.figshare_upload_emulator import FigshareEmulator

VICTIM = b"precious data, 24 bytes!"


def planted(tmp_path: Path) -> tuple[Path, Path]:
    """A destination folder and a victim file outside it."""
    dest = tmp_path / "dest"
    dest.mkdir()
    victim = tmp_path / "outside" / "victim.txt"
    victim.parent.mkdir()
    victim.write_bytes(VICTIM)
    return dest, victim


def one_file_article(emulator: FigshareEmulator, name: str = "b.bin", size: int = 100_000) -> tuple[int, int, bytes]:
    article = emulator.create_article()
    data = os.urandom(size)
    return article, emulator.add_file(article, name, data), data


@pytest.mark.parametrize("resume", [True, False])
def test_a_symlink_at_the_partial_file_is_refused_and_nothing_outside_is_written(
    resume: bool, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, victim = planted(tmp_path)
    article, file_id, _ = one_file_article(emulator)
    (dest / f".b.bin.{file_id}.figshare-part").symlink_to(victim)

    with client_for(emulator) as client, pytest.raises(UnsafePathError, match="symlink") as caught:
        Downloader(client, resume=resume, sleep=fake_time.sleep).download(article_id=article, dest=dest)

    assert isinstance(caught.value, FigshareError)
    assert victim.read_bytes() == VICTIM
    assert not (dest / "b.bin").exists()
    assert not emulator.requests.where(server="storage")  # refused before anything was fetched


async def test_a_symlink_at_the_partial_file_is_refused_by_the_async_downloader(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, victim = planted(tmp_path)
    article, file_id, _ = one_file_article(emulator)
    (dest / f".b.bin.{file_id}.figshare-part").symlink_to(victim)

    async with async_client_for(emulator) as client:
        with pytest.raises(UnsafePathError):
            await AsyncDownloader(client, sleep=fake_time.async_sleep).download(article_id=article, dest=dest)

    assert victim.read_bytes() == VICTIM


def test_a_symlink_at_the_partial_file_of_a_download_by_id_is_refused(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, victim = planted(tmp_path)
    _, file_id, _ = one_file_article(emulator)
    (dest / f".file_{file_id}.{file_id}.figshare-part").symlink_to(victim)

    with client_for(emulator) as client, pytest.raises(UnsafePathError):
        Downloader(client, sleep=fake_time.sleep).download(file_id, dest=dest)

    assert victim.read_bytes() == VICTIM


def test_a_hard_link_at_the_partial_file_is_refused(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, victim = planted(tmp_path)
    article, file_id, _ = one_file_article(emulator)
    os.link(victim, dest / f".b.bin.{file_id}.figshare-part")

    with client_for(emulator) as client, pytest.raises(UnsafePathError, match="hard links"):
        Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=dest)

    assert victim.read_bytes() == VICTIM


@pytest.mark.parametrize("suffix", ["figshare-part", "figshare-lock"])
def test_a_fifo_at_the_partial_or_lock_file_is_refused_without_blocking(
    suffix: str, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, _ = planted(tmp_path)
    article, file_id, _ = one_file_article(emulator)
    os.mkfifo(dest / f".b.bin.{file_id}.{suffix}")

    with client_for(emulator) as client, pytest.raises(UnsafePathError, match="not a regular file"):
        Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=dest)


def test_a_symlink_at_the_lock_file_is_refused(emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime) -> None:
    dest, victim = planted(tmp_path)
    article, file_id, _ = one_file_article(emulator)
    (dest / f".b.bin.{file_id}.figshare-lock").symlink_to(victim)

    with client_for(emulator) as client, pytest.raises(UnsafePathError):
        Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=dest)

    assert victim.read_bytes() == VICTIM


def test_a_symlink_at_the_final_name_is_replaced_never_written_through(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, _ = planted(tmp_path)
    inside = dest / "elsewhere.txt"
    inside.write_bytes(b"mine")
    article, _, data = one_file_article(emulator)
    (dest / "b.bin").symlink_to(inside)

    with client_for(emulator) as client:
        [result] = Downloader(client, overwrite=True, sleep=fake_time.sleep).download(article_id=article, dest=dest)

    assert not result.path.is_symlink() and result.path.read_bytes() == data
    assert inside.read_bytes() == b"mine"


def test_a_folder_at_the_final_name_is_a_typed_error(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, _ = planted(tmp_path)
    _, file_id, _ = one_file_article(emulator)
    (dest / "b.bin").mkdir()

    with client_for(emulator) as client, pytest.raises(DownloadError):
        Downloader(client, overwrite=True, sleep=fake_time.sleep).download(file_id, dest=dest)


def test_a_dangling_symlink_at_the_final_name_is_replaced_with_overwrite(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, _ = planted(tmp_path)
    article, _, data = one_file_article(emulator)
    (dest / "b.bin").symlink_to(dest / "gone.bin")

    with client_for(emulator) as client:
        [result] = Downloader(client, overwrite=True, sleep=fake_time.sleep).download(article_id=article, dest=dest)

    assert not result.path.is_symlink() and result.path.read_bytes() == data
    assert not (dest / "gone.bin").exists()


def test_a_folder_at_the_final_name_of_an_article_file_is_never_said_to_be_replaceable(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    dest, _ = planted(tmp_path)
    article, _, _ = one_file_article(emulator)
    (dest / "b.bin").mkdir()

    for overwrite in (False, True):
        with client_for(emulator) as client, pytest.raises(DestinationExistsError) as refused:
            Downloader(client, overwrite=overwrite, sleep=fake_time.sleep).download(article_id=article, dest=dest)
        assert "overwrite=True" not in str(refused.value) and "not a file" in str(refused.value)
    assert (dest / "b.bin").is_dir()


def test_a_symlinked_upload_state_file_is_refused(emulator: FigshareEmulator, tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    outside = tmp_path / "outside.json"
    outside.write_text('{"format": 1}')
    (state_dir / ("0" * 32 + ".json")).symlink_to(outside)

    with client_for(emulator) as client, pytest.raises(UploadStateError, match="symlink"):
        Uploader(client, state_dir=state_dir).pending()


# -- names ---------------------------------------------------------------------------------------------------


HOSTILE_NAMES = {
    "a\x85b\u202egnp.exe": "a_b_gnp.exe",
    "CON.txt": "_CON.txt",
    "trailing. ": "trailing_",
    'what?<x>:"y"|*.csv': "what__x___y___.csv",
    "zero\u200bwidth.txt": "zero_width.txt",
}


def test_hostile_and_unportable_names_are_mapped_and_the_mapping_reported(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    article = emulator.create_article()
    contents = {name: os.urandom(50) for name in HOSTILE_NAMES}
    for name, data in contents.items():
        emulator.add_file(article, name, data)

    with caplog.at_level(logging.INFO, logger="figshare.files"), client_for(emulator) as client:
        results = Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=tmp_path)

    by_remote = {result.remote_name: result for result in results}
    assert set(by_remote) == set(HOSTILE_NAMES)
    for remote, local in HOSTILE_NAMES.items():
        result = by_remote[remote]
        assert result.path.name == local
        assert result.path.read_bytes() == contents[remote]
        assert result.verified
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(HOSTILE_NAMES.values())
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "a_b_gnp.exe" in logged and "\\u202e" in logged  # shown escaped, never raw


def test_a_300_character_name_is_shortened_keeping_its_extension(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    long_names = ["x" * 296 + ".csv", "x" * 295 + "y.csv", "é" * 300]
    for name in long_names:
        emulator.add_file(article, name, name.encode())

    with client_for(emulator) as client:
        results = Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=tmp_path)

    assert {result.remote_name for result in results} == set(long_names)
    names = [result.path.name for result in results]
    assert len(set(names)) == 3  # the hash of the full name keeps shortened names apart
    for result in results:
        assert len(result.path.name.encode()) <= MAX_NAME_BYTES
        assert result.path.read_bytes() == (result.remote_name or "").encode()
    assert [name.endswith(".csv") for name in names].count(True) == 2


def test_an_unchanged_name_reports_no_mapping(emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime) -> None:
    article, _, _ = one_file_article(emulator, "plain name (1).csv")
    with client_for(emulator) as client:
        [result] = Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=tmp_path)
    assert result.remote_name is None and result.path.name == "plain name (1).csv"


def test_two_names_that_map_to_one_local_name_are_refused(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    emulator.add_file(article, "a?.txt", b"1")
    emulator.add_file(article, "a*.txt", b"2")
    with client_for(emulator) as client, pytest.raises(DownloadError, match="both be saved"):
        Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ok.csv", "ok.csv"),
        ("nul", "_nul"),
        ("LPT9.log", "_LPT9.log"),
        ("COM\u00b9", "_COM\u00b9"),
        ("lone\udcffsurrogate", "lone_surrogate"),
        ("bidi\u2066isolate\u2069", "bidi_isolate_"),
        ("dots...", "dots_"),
        (".hidden", ".hidden"),
        (".x.1.figshare-part", ".x.1.figshare-part_"),
        ("e\u0301", "\u00e9"),  # NFC
    ],
)
def test_portable_names(name: str, expected: str) -> None:
    assert portable_name(name) == expected


def test_portable_names_are_stable_and_short() -> None:
    name = "a" * 1000 + ".tar.gz"
    first = portable_name(name)
    assert first == portable_name(name)
    assert first.endswith(".gz") and len(first.encode()) <= MAX_NAME_BYTES
    assert first != portable_name("a" * 999 + "b.tar.gz")
    assert hashlib.sha256(name.encode()).hexdigest()[:8] in first


def test_a_path_too_long_for_the_system_is_a_typed_error(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    file_id = emulator.add_file(article, "deep.bin", b"deep")
    emulator.state.file_by_id(file_id).folder_path = "/".join(["d" * 190] * 25)  # ~4.8 kB: over PATH_MAX

    with client_for(emulator) as client, pytest.raises(DownloadError) as caught:
        Downloader(client, sleep=fake_time.sleep).download(article_id=article, dest=tmp_path)

    assert isinstance(caught.value, FigshareError)
