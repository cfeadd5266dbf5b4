"""Reading: random access with Range (bytes counted on the server), pandas, get, caches, signed URLs."""

from __future__ import annotations

import hashlib
import io
import time
from collections.abc import Callable
from pathlib import Path

import fsspec
import pandas as pd
import pyarrow.parquet as pq
import pytest
from fsspec.implementations.cached import WholeFileCacheFileSystem

from figshare import FigshareError
from figshare.files import ChecksumMismatchError, DownloadError
from figshare.fs import FigshareFileSystem
from tests.fs.conftest import options_for
from tests.fs.public_server import Dataset, PublicFigshare

PARQUET = "articles/1002/table.parquet"
PARQUET_ID = 10031


def parquet_bytes(dataset: Dataset) -> bytes:
    return dataset.articles[1002].versions[1].files[0].content


def test_random_access_reads_only_the_ranges_asked_for(
    make_fs: Callable[..., FigshareFileSystem], server: PublicFigshare, dataset: Dataset
) -> None:
    content = parquet_bytes(dataset)
    fs = make_fs(block_size=4096, cache_type="none")
    with fs.open(PARQUET) as file:
        file.seek(-8, 2)
        tail = file.read(8)
        file.seek(100_000)
        middle = file.read(10)
    assert tail == content[-8:] and tail.endswith(b"PAR1")
    assert middle == content[100_000:100_010]
    storage = server.requests("storage")
    assert [r.range for r in server.requests(path_prefix="/v2/file/download")] == [
        f"bytes={len(content) - 8}-{len(content) - 1}"
    ]
    assert [r.range for r in storage] == [f"bytes={len(content) - 8}-{len(content) - 1}", "bytes=100000-100009"]
    assert server.storage_bytes(PARQUET_ID) == 18


def test_read_parquet_fetches_the_footer_and_one_column_not_the_file(server: PublicFigshare, dataset: Dataset) -> None:
    content = parquet_bytes(dataset)
    block = 16 * 1024
    options = options_for(server, block_size=block)
    frame = pd.read_parquet(f"figshare://{PARQUET}", columns=["a"], storage_options=options)
    assert frame["a"].tolist() == pq.read_table(io.BytesIO(content), columns=["a"])["a"].to_pylist()
    served = server.storage_bytes(PARQUET_ID)
    metadata = pq.ParquetFile(io.BytesIO(content)).metadata
    column_bytes = sum(metadata.row_group(i).column(0).total_compressed_size for i in range(metadata.num_row_groups))
    footer_guess = 64 * 1024  # what pyarrow reads first from the end of the file
    # column a of each row group, each with one read-ahead block, and the footer: a fifth of the file
    assert column_bytes < served <= footer_guess + column_bytes + metadata.num_row_groups * block
    assert served < len(content) / 4
    # the first range goes through the API (rate-limited, authenticated), the rest straight to storage
    assert len(server.requests(path_prefix="/v2/file/download")) == 1
    assert len(server.requests("storage")) >= 2


def test_pandas_read_csv(server: PublicFigshare, dataset: Dataset) -> None:
    frame = pd.read_csv("figshare://articles/1001/2021.csv", storage_options=options_for(server))
    assert frame.shape == (40, 2)
    assert list(frame.columns) == ["day", "temperature"]


def test_members_of_a_zip_are_read_without_fetching_the_zip(server: PublicFigshare, dataset: Dataset) -> None:
    bundle = dataset.articles[1005].versions[1].files[0]
    options = {"figshare": options_for(server, block_size=8192)}
    frame = pd.read_csv("zip://inner/a.csv::figshare://articles/1005/bundle.zip", storage_options=options)
    assert frame.shape == (5, 2)
    assert server.storage_bytes(bundle.id) < len(bundle.content) / 4  # the central directory and one member


def test_cat_and_cat_file_ranges(fs: FigshareFileSystem, dataset: Dataset) -> None:
    content = dataset.articles[1001].versions[2].files[0].content
    assert fs.cat("articles/1001/2020.csv") == content
    assert fs.cat_file("articles/1001/2020.csv", 4, 20) == content[4:20]
    assert fs.cat_file("articles/1001/2020.csv", -10) == content[-10:]
    assert fs.cat_file("articles/1001/2020.csv", 10, 5) == b""
    assert (
        fs.cat(["articles/1001/2020.csv", "articles/1001/notes.txt"])["articles/1001/notes.txt"]
        == b"measured at noon\n"
    )
    with pytest.raises(IsADirectoryError) as folder:
        fs.cat_file("articles/1001/raw")
    assert isinstance(folder.value, FigshareError)


def test_a_server_that_ignores_range_still_gives_the_right_bytes(
    fs: FigshareFileSystem, server: PublicFigshare, dataset: Dataset
) -> None:
    server.ignore_range = True
    content = dataset.articles[1001].versions[2].files[1].content
    assert fs.cat_file("articles/1001/2021.csv", 5, 30) == content[5:30]
    assert fs.cat_file("articles/1001/2021.csv", 30) == content[30:]


def test_a_206_with_more_than_the_range_gives_only_the_bytes_asked_for(
    fs: FigshareFileSystem, server: PublicFigshare, dataset: Dataset
) -> None:
    server.open_ended_ranges = True  # 206 from the first byte asked for to the end of the file
    content = dataset.articles[1001].versions[2].files[1].content
    assert fs.cat_file("articles/1001/2021.csv", 5, 30) == content[5:30]
    assert fs.cat_file("articles/1001/2021.csv", 30) == content[30:]
    with fs.open("articles/1001/2021.csv", block_size=8, cache_type="none") as file:
        file.seek(3)
        assert file.read(8) == content[3:11]


def test_signed_urls_are_reused_and_renewed_when_refused(
    fs: FigshareFileSystem, server: PublicFigshare, dataset: Dataset
) -> None:
    content = dataset.articles[1001].versions[2].files[1].content
    for start in range(0, 40, 10):
        assert fs.cat_file("articles/1001/2021.csv", start, start + 10) == content[start : start + 10]
    assert len(server.requests(path_prefix="/v2/file/download")) == 1  # one API call, then storage only
    server.signature_lifetime = 0.2  # the remembered signed URL (issued above) has expired
    time.sleep(0.3)
    server.clear_log()
    assert fs.cat_file("articles/1001/2021.csv", 0, 10) == content[:10]
    assert [r.status for r in server.requests("storage")] == [403, 206]  # refused, asked the API again
    assert len(server.requests(path_prefix="/v2/file/download")) == 1


def test_the_token_goes_to_the_api_never_to_storage(
    make_fs: Callable[..., FigshareFileSystem], server: PublicFigshare
) -> None:
    fs = make_fs(token="a-public-reader-token")
    assert fs.cat_file("articles/1001/notes.txt") == b"measured at noon\n"
    assert all(r.authorized for r in server.requests("api"))
    assert server.requests("storage") and not any(r.authorized for r in server.requests("storage"))


def test_get_downloads_verified(fs: FigshareFileSystem, dataset: Dataset, tmp_path: Path) -> None:
    fs.get("figshare://articles/1001/*.csv", str(tmp_path) + "/")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["2020.csv", "2021.csv", "2022.csv"]
    assert (tmp_path / "2021.csv").read_bytes() == dataset.articles[1001].versions[2].files[1].content
    fs.get("articles/1001", str(tmp_path / "all"), recursive=True)
    assert (tmp_path / "all" / "raw" / "early" / "2019-raw.csv").is_file()
    assert not [p for p in tmp_path.rglob("*") if "figshare" in p.name]  # no staging left behind


def test_get_refuses_bytes_with_the_wrong_md5(fs: FigshareFileSystem, server: PublicFigshare, tmp_path: Path) -> None:
    server.corrupt.add(10024)
    with pytest.raises(ChecksumMismatchError):
        fs.get_file("articles/1001/notes.txt", str(tmp_path / "notes.txt"))
    assert not (tmp_path / "notes.txt").exists()


def test_get_to_an_existing_folder_is_refused_before_downloading(
    fs: FigshareFileSystem, server: PublicFigshare, tmp_path: Path
) -> None:
    (tmp_path / "notes").mkdir()
    with pytest.raises(IsADirectoryError) as refused:
        fs.get_file("articles/1001/notes.txt", str(tmp_path / "notes"))
    assert isinstance(refused.value, FigshareError)
    assert [path.name for path in tmp_path.iterdir()] == ["notes"] and not any((tmp_path / "notes").iterdir())
    assert not server.requests("storage")


def test_get_under_a_file_is_a_typed_error(fs: FigshareFileSystem, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(DownloadError):
        fs.get_file("articles/1001/notes.txt", str(tmp_path / "file" / "notes.txt"))
    assert [path.name for path in tmp_path.iterdir()] == ["file"]


def test_get_continues_an_interrupted_transfer(
    fs: FigshareFileSystem, server: PublicFigshare, dataset: Dataset, tmp_path: Path
) -> None:
    content = parquet_bytes(dataset)
    server.cut_after[PARQUET_ID] = [500_000]
    fs.get_file(PARQUET, str(tmp_path / "table.parquet"))
    assert hashlib.md5((tmp_path / "table.parquet").read_bytes()).hexdigest() == hashlib.md5(content).hexdigest()
    ranges = [r.range for r in server.requests("storage")]
    assert ranges == [None, "bytes=500000-"]  # the second request continued where the first one stopped


def test_get_resumes_a_download_an_earlier_run_left(
    fs: FigshareFileSystem, server: PublicFigshare, dataset: Dataset, tmp_path: Path
) -> None:
    content = parquet_bytes(dataset)
    target = tmp_path / "table.parquet"
    server.cut_after[PARQUET_ID] = [100_000] * 5  # every attempt of the first run breaks off
    with pytest.raises(DownloadError):
        fs.get_file(PARQUET, str(target))
    assert not target.exists()
    server.clear_log()
    fs.get_file(PARQUET, str(target))  # the next run continues the partial file
    assert target.read_bytes() == content
    assert [r.range for r in server.requests("storage")] == ["bytes=500000-"]
    assert not [path for path in tmp_path.iterdir() if path != target]  # no staging left behind


def test_simplecache_reads_once_and_works_offline(server: PublicFigshare, tmp_path: Path) -> None:
    url = "simplecache::figshare://articles/1001/2022.csv"
    options = {"simplecache": {"cache_storage": str(tmp_path)}, "figshare": options_for(server)}
    with fsspec.open(url, "rb", **options) as file:
        first = file.read()
    downloads = len(server.requests("storage"))
    with fsspec.open(url, "rb", **options) as file:
        assert file.read() == first
    assert len(server.requests("storage")) == downloads == 1
    FigshareFileSystem.clear_instance_cache()
    offline = {"simplecache": {"cache_storage": str(tmp_path)}, "figshare": {"base_url": "http://127.0.0.1:9/v2"}}
    with fsspec.open(url, "rb", **offline) as file:
        assert file.read() == first


def test_filecache_checks_the_md5(server: PublicFigshare, dataset: Dataset, tmp_path: Path) -> None:
    url = "filecache::figshare://articles/1001/2022.csv"
    options = {"filecache": {"cache_storage": str(tmp_path), "check_files": True}, "figshare": options_for(server)}
    stored = dataset.articles[1001].versions[2].files[2]
    with fsspec.open(url, "rb", **options) as file:
        assert file.read() == stored.content
    fs = FigshareFileSystem(**options_for(server))
    assert fs.ukey("articles/1001/2022.csv") == stored.md5
    assert fs.checksum("articles/1001/2022.csv") == int(stored.md5, 16)
    with fsspec.open(url, "rb", **options) as file:
        file.read()
    assert len(server.requests("storage")) == 1  # same md5: the cached copy
    original = stored.content
    try:
        stored.content = original + b"2022-02-01,3\n"  # new bytes, new md5
        FigshareFileSystem.clear_instance_cache()  # as in a new process: no listing cached
        WholeFileCacheFileSystem.clear_instance_cache()
        with fsspec.open(url, "rb", **options) as file:
            assert file.read() == stored.content
        assert len(server.requests("storage")) == 2
    finally:
        stored.content = original
