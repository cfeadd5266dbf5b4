"""ls, info, glob, find and exists against the public stand-in: versions, DOIs, folders, collections, projects."""

from __future__ import annotations

import datetime
import hashlib
import threading
from collections.abc import Callable

import pytest

from figshare.fs import FigshareFileSystem, FigsharePathNotFoundError, UnlistableError
from tests.fs.conftest import options_for
from tests.fs.public_server import Dataset, PublicFigshare


def test_root_and_unlistable_folders(fs: FigshareFileSystem, server: PublicFigshare) -> None:
    assert fs.ls("", detail=False) == ["articles", "collections", "projects", "account"]
    for name in ("articles", "collections", "projects"):
        with pytest.raises(UnlistableError, match="name one"):
            fs.ls(name)
        assert fs.isdir(name)
    assert server.api_calls() == []


def test_an_article_lists_its_files_and_folders(
    fs: FigshareFileSystem, server: PublicFigshare, dataset: Dataset
) -> None:
    entries = fs.ls("figshare://articles/1001")
    assert [(e["name"], e["type"]) for e in entries] == [
        ("articles/1001/raw", "directory"),
        ("articles/1001/2020.csv", "file"),
        ("articles/1001/2021.csv", "file"),
        ("articles/1001/2022.csv", "file"),
        ("articles/1001/notes.txt", "file"),
    ]
    stored = dataset.articles[1001].versions[2].files[1]
    entry = fs.info("articles/1001/2021.csv")
    assert entry["size"] == len(stored.content)
    assert entry["md5"] == entry["checksum"] == hashlib.md5(stored.content).hexdigest()
    assert entry["file_id"] == entry["id"] == stored.id
    assert (entry["article_id"], entry["version"]) == (1001, 2)
    assert entry["created"] == "2021-06-10T14:45:37Z"
    assert fs.created("articles/1001/2021.csv") == datetime.datetime(2021, 6, 10, 14, 45, 37, tzinfo=datetime.UTC)
    assert fs.ls("articles/1001/raw", detail=False) == ["articles/1001/raw/early"]
    assert fs.ls("articles/1001/raw/early", detail=False) == ["articles/1001/raw/early/2019-raw.csv"]
    assert fs.info("articles/1001/raw")["type"] == "directory"
    # the details and every page of files: two API calls, then everything comes from the listing cache
    assert [call.path for call in server.api_calls()] == ["/v2/articles/1001", "/v2/articles/1001/files"]


def test_glob_and_find(fs: FigshareFileSystem) -> None:
    assert fs.glob("figshare://articles/1001/*.csv") == [
        "articles/1001/2020.csv",
        "articles/1001/2021.csv",
        "articles/1001/2022.csv",
    ]
    assert fs.glob("articles/1001/**/*.csv")[-1] == "articles/1001/raw/early/2019-raw.csv"
    assert "articles/1001/raw/early" in fs.find("articles/1001", withdirs=True)
    names = ["2020.csv", "2021.csv", "2022.csv", "notes.txt", "raw/early/2019-raw.csv"]
    assert sorted(fs.find("articles/1001")) == [f"articles/1001/{name}" for name in names]


def test_every_page_of_files_is_listed(fs: FigshareFileSystem, server: PublicFigshare) -> None:
    assert len(fs.ls("articles/1004")) == 25
    [files_call] = [call for call in server.api_calls() if call.path.endswith("/files")]
    assert "page_size=1000" in files_call.query


def test_the_files_in_the_article_body_serve_when_the_files_endpoint_is_missing(
    fs: FigshareFileSystem, server: PublicFigshare
) -> None:
    server.files_endpoint = False
    assert fs.ls("articles/1001", detail=False)[-1] == "articles/1001/notes.txt"
    assert fs.ls("articles/1001/versions/1", detail=False) == ["articles/1001/versions/1/2020.csv"]
    assert fs.info("articles/1001/raw/early/2019-raw.csv")["file_id"] == 10025
    with pytest.raises(FigsharePathNotFoundError):
        fs.ls("articles/999")


def test_versions(fs: FigshareFileSystem, server: PublicFigshare) -> None:
    assert fs.ls("articles/1001/versions", detail=False) == ["articles/1001/versions/1", "articles/1001/versions/2"]
    assert fs.ls("articles/1001/versions/1", detail=False) == ["articles/1001/versions/1/2020.csv"]
    old = fs.info("articles/1001/versions/1/2020.csv")
    assert (old["version"], old["file_id"], old["created"]) == (1, 10011, "2020-01-02T03:04:05Z")
    assert "/v2/articles/1001/versions/1/files" in [call.path for call in server.api_calls()]
    with pytest.raises(FigsharePathNotFoundError, match="version 9"):
        fs.ls("articles/1001/versions/9")


def test_a_doi_names_its_exact_version(fs: FigshareFileSystem, server: PublicFigshare) -> None:
    assert fs.ls("articles/10.6084/m9.figshare.1001.v1", detail=False) == [
        "articles/10.6084/m9.figshare.1001.v1/2020.csv"
    ]
    assert fs.info("articles/10.6084/m9.figshare.1001.v1/2020.csv")["file_id"] == 10011
    # without .v<n>: the latest version
    assert fs.info("articles/doi:10.6084/m9.figshare.1001/2022.csv")["version"] == 2
    assert fs.glob("articles/10.6084/m9.figshare.1001.v2/*.csv")[0] == "articles/10.6084/m9.figshare.1001.v2/2020.csv"
    # the id a Figshare DOI ends with is confirmed against the article's own DOI, without a search
    assert not [call for call in server.api_calls() if call.path == "/v2/articles"]


def test_a_doi_without_the_article_id_is_looked_up(fs: FigshareFileSystem, server: PublicFigshare) -> None:
    assert fs.ls("articles/10.5555/oxford.dataset-a.v1", detail=False) == [
        "articles/10.5555/oxford.dataset-a.v1/readme.txt"
    ]
    [search] = [call for call in server.api_calls() if call.path == "/v2/articles"]
    assert "doi=10.5555%2Foxford.dataset-a.v1" in search.query
    with pytest.raises(FigsharePathNotFoundError, match=r"no public article has the DOI 10\.5555/nothing"):
        fs.ls("articles/10.5555/nothing")


def test_collections_list_their_articles_as_folders(fs: FigshareFileSystem) -> None:
    assert fs.ls("collections/2001", detail=False) == ["collections/2001/1001", "collections/2001/1003"]
    folder = fs.ls("collections/2001")[0]
    assert (folder["type"], folder["title"], folder["doi"]) == (
        "directory",
        "Weather tables",
        "10.6084/m9.figshare.1001.v2",
    )
    assert fs.info("collections/2001")["collection_id"] == 2001
    assert fs.glob("collections/2001/*/*.csv") == [
        "collections/2001/1001/2020.csv",
        "collections/2001/1001/2021.csv",
        "collections/2001/1001/2022.csv",
    ]
    assert fs.cat("collections/2001/1003/readme.txt") == b"a dataset with an institutional DOI\n"
    with pytest.raises(FigsharePathNotFoundError, match="article 1002 is not in collection 2001"):
        fs.ls("collections/2001/1002")


def test_collection_dois(fs: FigshareFileSystem) -> None:
    assert fs.ls("collections/10.6084/m9.figshare.c.2001.v2", detail=False) == [
        "collections/10.6084/m9.figshare.c.2001.v2/1001",
        "collections/10.6084/m9.figshare.c.2001.v2/1003",
    ]
    assert (
        fs.ls("collections/10.6084/m9.figshare.c.2001", detail=False)[0]
        == "collections/10.6084/m9.figshare.c.2001/1001"
    )
    with pytest.raises(FigsharePathNotFoundError, match="version 1 of collection 2001, which is now at version 2"):
        fs.ls("collections/10.6084/m9.figshare.c.2001.v1")


def test_projects_list_their_articles_as_folders(fs: FigshareFileSystem) -> None:
    assert fs.ls("projects/3001", detail=False) == ["projects/3001/1002", "projects/3001/1004"]
    assert fs.info("projects/3001/1004/part-03.txt")["size"] == len(b"part 3\n")
    with pytest.raises(FigsharePathNotFoundError, match="not in project 3001"):
        fs.info("projects/3001/1001/2020.csv")


def test_missing_things_are_file_not_found(fs: FigshareFileSystem) -> None:
    for path in (
        "articles/999/x.csv",
        "articles/1001/nope.csv",
        "articles/1001/raw/nope",
        "collections/9",
        "projects/9",
    ):
        assert not fs.exists(path)
        with pytest.raises(FileNotFoundError):
            fs.info(path)
    with pytest.raises(FigsharePathNotFoundError, match="Figshare has no public article 999"):
        fs.ls("articles/999")


def test_latest_listings_are_cached_until_invalidated(
    make_fs: Callable[..., FigshareFileSystem], server: PublicFigshare
) -> None:
    fs = make_fs()
    fs.ls("articles/1001")
    fs.ls("articles/1001/versions/1")
    fs.ls("articles/1001")
    assert len(server.api_calls()) == 4
    fs.invalidate_cache()
    fs.ls("articles/1001")
    assert len(server.api_calls()) == 6
    uncached = make_fs(use_listings_cache=False)
    server.clear_log()
    uncached.ls("articles/1001")
    uncached.info("articles/1001/2020.csv")
    assert len(server.api_calls()) == 4


def test_threads_share_one_client_rate_limit_and_listing(server: PublicFigshare) -> None:
    made: list[FigshareFileSystem] = []
    options = options_for(server, rate_limit=0.01)
    together = threading.Barrier(2)  # both threads alive at once (a finished thread's ident is reused)

    def make() -> None:
        made.append(FigshareFileSystem(**options))
        together.wait(timeout=10)

    threads = [threading.Thread(target=make) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    first, second = made
    assert first is not second  # fsspec makes one instance per thread...
    # ...which share one client: one connection pool, one rate limiter, one listing cache
    assert first._backend.client() is second._backend.client()
    first.ls("articles/1001")
    second.ls("articles/1001")
    assert len(server.api_calls()) == 2
