"""Your own articles against the upload emulator: private reads with a token, writes that end as verified
uploads, replacing and deleting files, and refusals everywhere else."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from figshare import AuthenticationError
from figshare.files import PartUploadError
from figshare.fs import FigshareFileSystem, ReadOnlyPathError, TokenRequiredError
from tests.fs.conftest import emulator_options
from tests.servers.figshare_upload_emulator import FigshareEmulator


@pytest.fixture
def own_fs(upload_emulator: FigshareEmulator, tmp_path: Path) -> Callable[..., FigshareFileSystem]:
    def make(**options: Any) -> FigshareFileSystem:
        return FigshareFileSystem(**emulator_options(upload_emulator, tmp_path / "state", **options))

    return make


def file_bytes(emulator: FigshareEmulator, article_id: int) -> dict[str, bytes]:
    """Every completed file of the article: ``folder/name`` -> bytes, as the emulator stored them."""
    found = {}
    for file_id in emulator.article_file_ids(article_id):
        record = emulator.file_record(file_id)
        folder = record.get("folder_path") or ""
        found[f"{folder}/{record['name']}" if folder else record["name"]] = emulator.assembled_bytes(file_id)
    return found


def test_private_files_are_read_with_the_token_and_storage_never_gets_it(
    upload_emulator: FigshareEmulator, own_fs: Callable[..., FigshareFileSystem]
) -> None:
    draft = upload_emulator.create_article("My draft")
    data = os.urandom(5000)
    upload_emulator.add_file(draft, "secret.bin", data)
    fs = own_fs()
    assert f"account/articles/{draft}" in fs.ls("account/articles", detail=False)
    entry = fs.info(f"account/articles/{draft}/secret.bin")
    assert (entry["size"], entry["md5"], entry["status"]) == (5000, hashlib.md5(data).hexdigest(), "available")
    assert fs.cat_file(f"account/articles/{draft}/secret.bin", 100, 200) == data[100:200]
    with fs.open(f"account/articles/{draft}/secret.bin") as file:
        file.seek(4000)
        assert file.read() == data[4000:]
    storage = upload_emulator.requests.where(server="storage")
    assert storage and all(request.authorization == "absent" for request in storage)
    assert all(request.authorization == "valid" for request in upload_emulator.requests.where(server="api"))
    # the public path of a draft does not exist
    assert not fs.exists(f"articles/{draft}/secret.bin")


def test_own_paths_need_a_token(
    upload_emulator: FigshareEmulator, own_fs: Callable[..., FigshareFileSystem], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIGSHARE_TOKEN", raising=False)
    anonymous = FigshareFileSystem(base_url=upload_emulator.api_base_url, rate_limit=None)
    with pytest.raises(TokenRequiredError, match=r"pass token= \(storage option\) or set \$FIGSHARE_TOKEN"):
        anonymous.ls("account/articles")
    with pytest.raises(TokenRequiredError):
        anonymous.open("account/articles/1/new.csv", "wb")
    with pytest.raises(AuthenticationError):
        own_fs(token="not-the-token").ls("account/articles")


def test_writing_a_file_uploads_it_verified_on_close(
    upload_emulator: FigshareEmulator, own_fs: Callable[..., FigshareFileSystem]
) -> None:
    article = upload_emulator.create_article()
    upload_emulator.part_size = 4096
    fs = own_fs()
    data = os.urandom(20_000)
    with fs.open(f"figshare://account/articles/{article}/results/run-1.bin", "wb") as file:
        for start in range(0, len(data), 3000):
            file.write(data[start : start + 3000])
        assert upload_emulator.article_file_ids(article) == []  # nothing is sent before close
    assert file_bytes(upload_emulator, article) == {"results/run-1.bin": data}
    [file_id] = upload_emulator.article_file_ids(article)
    assert upload_emulator.file_record(file_id)["computed_md5"] == hashlib.md5(data).hexdigest()
    assert len(upload_emulator.requests.stored_part_uploads()) == 5  # 20,000 bytes in 4 KiB parts
    assert fs.cat(f"account/articles/{article}/results/run-1.bin") == data  # listings were refreshed


def test_pandas_writes_and_reads_back(
    upload_emulator: FigshareEmulator, own_fs: Callable[..., FigshareFileSystem]
) -> None:
    article = upload_emulator.create_article()
    fs = own_fs()
    frame = pd.DataFrame({"x": range(50), "y": [f"row {n}" for n in range(50)]})
    frame.to_csv(f"figshare://account/articles/{article}/frame.csv", index=False, storage_options=fs.storage_options)
    back = pd.read_csv(f"figshare://account/articles/{article}/frame.csv", storage_options=fs.storage_options)
    pd.testing.assert_frame_equal(back, frame)


def test_put_pipe_overwrite_and_rm(
    upload_emulator: FigshareEmulator, own_fs: Callable[..., FigshareFileSystem], tmp_path: Path
) -> None:
    article = upload_emulator.create_article()
    fs = own_fs()
    root = f"account/articles/{article}"
    local = tmp_path / "table.csv"
    local.write_bytes(b"a,b\n1,2\n")
    fs.put(str(local), f"{root}/table.csv")
    fs.pipe(f"{root}/notes/readme.txt", b"first")
    assert file_bytes(upload_emulator, article) == {"table.csv": b"a,b\n1,2\n", "notes/readme.txt": b"first"}
    fs.pipe(f"{root}/notes/readme.txt", b"second")  # replaces: the older file is deleted after the upload
    assert file_bytes(upload_emulator, article) == {"table.csv": b"a,b\n1,2\n", "notes/readme.txt": b"second"}
    fs.rm(f"{root}/table.csv")
    assert file_bytes(upload_emulator, article) == {"notes/readme.txt": b"second"}
    fs.rm(f"{root}/notes", recursive=True)
    assert upload_emulator.article_file_ids(article) == []
    fs.mkdir(f"{root}/empty")  # folders exist through their files: nothing to do


def test_an_exception_inside_with_uploads_nothing(
    upload_emulator: FigshareEmulator, own_fs: Callable[..., FigshareFileSystem]
) -> None:
    article = upload_emulator.create_article()
    fs = own_fs()
    with pytest.raises(RuntimeError), fs.open(f"account/articles/{article}/half.bin", "wb") as file:
        file.write(b"x" * 10_000_000)  # past the block size: spooled to a temporary file
        raise RuntimeError("stop")
    assert upload_emulator.article_file_ids(article) == []
    assert not upload_emulator.requests.where(server="upload")


def test_a_failed_write_leaves_no_half_made_file(
    upload_emulator: FigshareEmulator, own_fs: Callable[..., FigshareFileSystem], tmp_path: Path
) -> None:
    article = upload_emulator.create_article()
    upload_emulator.faults.fail_part_put(1, status=500, times=100)
    fs = own_fs()
    with pytest.raises(PartUploadError), fs.open(f"account/articles/{article}/broken.bin", "wb") as file:
        file.write(b"y" * 3000)
    assert upload_emulator.article_file_ids(article) == []  # the upload was given up: its record deleted
    assert not list((tmp_path / "state").glob("*"))  # and its saved state


@pytest.mark.parametrize(
    "path",
    ["articles/1001/new.csv", "collections/2001/1001/new.csv", "projects/3001/1002/x", "articles/1001/versions/1/x"],
)
def test_public_paths_are_read_only(own_fs: Callable[..., FigshareFileSystem], path: str, tmp_path: Path) -> None:
    fs = own_fs()
    local = tmp_path / "x"
    local.write_bytes(b"x")
    for attempt in (
        lambda: fs.open(path, "wb"),
        lambda: fs.pipe(path, b"x"),
        lambda: fs.put(str(local), path),
        lambda: fs.rm_file(path),
        lambda: fs.mkdir(path),
    ):
        with pytest.raises(ReadOnlyPathError, match="read-only: only your own articles can be written"):
            attempt()
    with pytest.raises(PermissionError):
        fs.open(path, "wb")
