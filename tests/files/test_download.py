"""Downloads against the emulator: verification, resuming, atomic renames, names, trust boundaries."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import httpx
import pytest

from figshare import Figshare, NotFoundError
from figshare.files import (
    ChecksumMismatchError,
    DestinationExistsError,
    Downloader,
    DownloadError,
    TransferProgress,
    UnsafePathError,
)
from tests.files.conftest import FakeTime, client_for
from tests.servers.figshare_upload_emulator import FigshareEmulator


def downloader(client: Figshare, fake_time: FakeTime, **options: object) -> Downloader:
    return Downloader(client, sleep=fake_time.sleep, **options)  # type: ignore[arg-type]


def seeded_article(emulator: FigshareEmulator, *, public: bool = False) -> tuple[int, dict[str, bytes], dict[str, int]]:
    article = emulator.create_article(public=public)
    contents = {"a.csv": os.urandom(3000), "b.bin": os.urandom(70_000), "c.txt": b""}
    ids = {name: emulator.add_file(article, name, data) for name, data in contents.items()}
    return article, contents, ids


def no_partial_files(folder: Path) -> bool:
    return not [path for path in folder.rglob("*") if path.name.endswith(".figshare-part")]


def test_an_article_downloads_verified_with_the_token_kept_from_storage(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article, contents, _ = seeded_article(emulator)

    results = downloader(client, fake_time).download(article_id=article, dest=tmp_path / "out")

    assert sorted(result.path.name for result in results) == sorted(contents)
    for result in results:
        assert result.path.read_bytes() == contents[result.path.name]
        assert result.verified and result.status == "downloaded"
        assert result.md5 == hashlib.md5(contents[result.path.name]).hexdigest()
    downloads = emulator.requests.where(server="api", path_prefix="/v2/file/download/")
    storage = emulator.requests.where(server="storage")
    assert len(downloads) == len(storage) == 3
    assert {request.authorization for request in downloads} == {"valid"}
    assert {request.authorization for request in storage} == {"absent"}
    assert not emulator.requests.where(path_prefix="/ndownloader")
    assert no_partial_files(tmp_path)


def test_files_go_into_their_folders(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    file_id = emulator.add_file(article, "deep.bin", b"deep")
    emulator.state.file_by_id(file_id).folder_path = "raw/2024"

    [result] = downloader(client, fake_time).download(article_id=article, dest=tmp_path)

    assert result.path == tmp_path.resolve() / "raw" / "2024" / "deep.bin"
    assert result.path.read_bytes() == b"deep"


def test_a_public_article_needs_no_token_and_a_private_one_does(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    public, contents, _ = seeded_article(emulator, public=True)
    private, _, _ = seeded_article(emulator)
    with Figshare(base_url=emulator.api_base_url, rate_limit=None) as anonymous:
        results = downloader(anonymous, fake_time).download(article_id=public, dest=tmp_path)
        with pytest.raises(NotFoundError):
            downloader(anonymous, fake_time).download(article_id=private, dest=tmp_path / "private")
    assert len(results) == len(contents)
    assert {request.authorization for request in emulator.requests} == {"absent"}


def test_one_file_of_an_article_and_a_missing_one(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article, contents, ids = seeded_article(emulator)
    [result] = downloader(client, fake_time).download(ids["b.bin"], article_id=article, dest=tmp_path)
    assert result.path.read_bytes() == contents["b.bin"]
    assert result.verified
    with pytest.raises(DownloadError, match="has no file 1"):
        downloader(client, fake_time).download(1, article_id=article, dest=tmp_path)


def test_a_file_by_id_alone_is_named_by_the_server_and_checked_against_a_given_md5(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    _, contents, ids = seeded_article(emulator)
    data = contents["a.csv"]

    [unchecked] = downloader(client, fake_time).download(ids["a.csv"], dest=tmp_path / "one")
    [checked] = downloader(client, fake_time).download(
        ids["a.csv"], md5=hashlib.md5(data).hexdigest().upper(), dest=tmp_path / "two"
    )

    assert unchecked.path.name == checked.path.name == "a.csv"
    assert (unchecked.verified, checked.verified) == (False, True)
    assert checked.path.read_bytes() == data


def test_wrong_bytes_are_never_kept(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    _, _, ids = seeded_article(emulator)
    with pytest.raises(ChecksumMismatchError) as caught:
        downloader(client, fake_time).download(ids["a.csv"], md5="0" * 32, dest=tmp_path)
    assert caught.value.expected == "0" * 32
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_transfer_continues_with_range(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    _, contents, ids = seeded_article(emulator)
    article = emulator.state.file_by_id(ids["b.bin"]).article_id
    emulator.faults.cut_download(30_000, times=2)
    events: list[TransferProgress] = []

    [result] = downloader(client, fake_time, progress=events.append).download(
        ids["b.bin"], article_id=article, dest=tmp_path
    )

    assert result.path.read_bytes() == contents["b.bin"]
    ranges = [request.headers.get("range") for request in emulator.requests.where(server="storage")]
    assert len(ranges) == 3
    assert ranges[0] is None
    # each attempt continues from what arrived (a TCP reset may drop bytes not yet read)
    offsets = [int(value.removeprefix("bytes=").rstrip("-")) for value in ranges[1:] if value is not None]
    assert len(offsets) == 2
    assert 0 < offsets[0] <= 30_000 < offsets[1] <= offsets[0] + 30_000
    assert events[-1].phase == "done"
    assert events[-1].bytes_done == 70_000
    assert len(fake_time.sleeps) == 2


def test_an_interrupted_download_resumes_in_a_later_run(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article, contents, ids = seeded_article(emulator)
    emulator.faults.cut_download(50_000)
    with pytest.raises(DownloadError, match="failed 1 times"):
        downloader(client, fake_time, max_attempts=1).download(ids["b.bin"], article_id=article, dest=tmp_path)
    assert not (tmp_path / "b.bin").exists()
    partials = list(tmp_path.glob(".b.bin.*.figshare-part"))
    kept = partials[0].read_bytes() if partials else b""  # a reset may drop bytes not yet sent
    assert contents["b.bin"].startswith(kept)
    assert len(kept) <= 50_000

    [result] = downloader(client, fake_time).download(ids["b.bin"], article_id=article, dest=tmp_path)

    assert result.status == ("resumed" if kept else "downloaded")
    assert result.path.read_bytes() == contents["b.bin"]
    assert emulator.requests.where(server="storage")[-1].headers.get("range") == (
        f"bytes={len(kept)}-" if kept else None
    )
    assert no_partial_files(tmp_path)


def test_the_partial_file_of_an_earlier_run_is_continued(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article, contents, ids = seeded_article(emulator)
    (tmp_path / f".b.bin.{ids['b.bin']}.figshare-part").write_bytes(contents["b.bin"][:40_000])

    [result] = downloader(client, fake_time).download(ids["b.bin"], article_id=article, dest=tmp_path)

    assert result.status == "resumed"
    assert result.path.read_bytes() == contents["b.bin"]
    [request] = emulator.requests.where(server="storage")
    assert request.headers["range"] == "bytes=40000-"
    assert request.status == 206


def test_a_damaged_partial_file_is_downloaded_again_from_the_start(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article, contents, ids = seeded_article(emulator)
    (tmp_path / f".b.bin.{ids['b.bin']}.figshare-part").write_bytes(b"x" * 1000)

    [result] = downloader(client, fake_time).download(ids["b.bin"], article_id=article, dest=tmp_path)

    assert result.path.read_bytes() == contents["b.bin"]
    assert result.status == "downloaded"
    ranges = [request.headers.get("range") for request in emulator.requests.where(server="storage")]
    assert ranges == ["bytes=1000-", None]


def test_existing_files_are_skipped_when_identical_and_kept_otherwise(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article, contents, _ = seeded_article(emulator)
    (tmp_path / "a.csv").write_bytes(contents["a.csv"])
    (tmp_path / "b.bin").write_bytes(b"mine")

    with pytest.raises(DestinationExistsError, match="overwrite=True"):
        downloader(client, fake_time, concurrency=1).download(article_id=article, dest=tmp_path)
    assert (tmp_path / "b.bin").read_bytes() == b"mine"

    results = downloader(client, fake_time, overwrite=True).download(article_id=article, dest=tmp_path)
    assert {result.path.name: result.status for result in results} == {
        "a.csv": "skipped",
        "b.bin": "downloaded",
        "c.txt": "downloaded",
    }
    assert (tmp_path / "b.bin").read_bytes() == contents["b.bin"]


@pytest.mark.parametrize("name", ["../escape.txt", "..", "a\\b", "nul\x00byte"])
def test_names_that_would_leave_the_destination_are_refused(
    name: str, client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    emulator.add_file(article, "fine.txt", b"fine")
    emulator.add_file(article, name, b"evil")

    with pytest.raises(UnsafePathError):
        downloader(client, fake_time).download(article_id=article, dest=tmp_path / "dest")

    assert not (tmp_path / "escape.txt").exists()
    assert list((tmp_path / "dest").iterdir()) == []  # nothing was downloaded


@pytest.mark.parametrize("folder", ["../../outside", "/etc", "a/../../b"])
def test_folders_that_would_leave_the_destination_are_refused(
    folder: str, client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    emulator.state.file_by_id(emulator.add_file(article, "x.txt", b"x")).folder_path = folder
    with pytest.raises(UnsafePathError):
        downloader(client, fake_time).download(article_id=article, dest=tmp_path / "dest")
    assert [path for path in tmp_path.rglob("x.txt")] == []


def test_a_symlink_in_the_destination_cannot_lead_out(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    emulator.state.file_by_id(emulator.add_file(article, "x.txt", b"x")).folder_path = "link"
    (tmp_path / "dest").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "dest" / "link").symlink_to(tmp_path / "outside")
    with pytest.raises(UnsafePathError, match="symlink"):
        downloader(client, fake_time).download(article_id=article, dest=tmp_path / "dest")
    assert list((tmp_path / "outside").iterdir()) == []


def test_two_files_with_one_path_are_refused(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    emulator.add_file(article, "same.txt", b"1")
    emulator.add_file(article, "same.txt", b"2")
    with pytest.raises(DownloadError, match=r"both be saved as same\.txt"):
        downloader(client, fake_time).download(article_id=article, dest=tmp_path)


def test_two_files_whose_names_differ_only_in_case_are_refused_before_anything_is_written(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article = emulator.create_article()
    emulator.add_file(article, "Data.csv", b"1")
    emulator.add_file(article, "data.csv", b"2")
    with pytest.raises(DownloadError, match=r"Data\.csv and data\.csv.*ignore letter case") as raised:
        downloader(client, fake_time).download(article_id=article, dest=tmp_path / "dest")
    assert raised.value.file_id is not None
    assert not (tmp_path / "dest").exists() or list((tmp_path / "dest").iterdir()) == []


def test_redirects_are_followed_without_the_token_when_the_client_does_not_follow_them(
    emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    article, contents, ids = seeded_article(emulator)
    with httpx.Client(follow_redirects=False) as own, client_for(emulator, http_client=own) as client:
        [result] = downloader(client, fake_time).download(ids["a.csv"], article_id=article, dest=tmp_path)
    assert result.path.read_bytes() == contents["a.csv"]
    assert [r.authorization for r in emulator.requests.where(server="storage")] == ["absent"]


def test_a_private_link_is_sent_with_the_download(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, fake_time: FakeTime
) -> None:
    _, contents, ids = seeded_article(emulator)
    [result] = downloader(client, fake_time).download(ids["a.csv"], private_link="abc123", dest=tmp_path)
    assert result.path.read_bytes() == contents["a.csv"]
    [request] = emulator.requests.where(server="api", path_prefix="/v2/file/download/")
    assert request.query == "private_link=abc123"


def test_selections_that_name_nothing_or_too_much_are_refused(client: Figshare, tmp_path: Path) -> None:
    down = Downloader(client)
    with pytest.raises(ValueError, match="say what"):
        down.download(dest=tmp_path)
    with pytest.raises(ValueError, match="DOI names"):
        down.download(doi="10.6084/m9.figshare.1.v1", article_id=1, dest=tmp_path)
    with pytest.raises(ValueError, match="version= needs"):
        down.download(1, version=2, dest=tmp_path)
    with pytest.raises(ValueError, match="whole article"):
        down.download(1, article_id=1, as_zip=True, dest=tmp_path)
    with pytest.raises(ValueError, match="private_link"):
        down.download(article_id=1, private_link="k", dest=tmp_path)
    with pytest.raises(ValueError, match="md5="):
        down.download(article_id=1, md5="0" * 32, dest=tmp_path)
    with pytest.raises(ValueError, match="not a DOI"):
        down.download(doi="figshare 123", dest=tmp_path)
