"""The grammar of figshare:// paths (no I/O)."""

from __future__ import annotations

import pickle

import fsspec
import pytest

from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from figshare.fs import FigshareFileSystem, FigsharePathNotFoundError, ReadOnlyPathError
from figshare.fs._paths import ArticleTarget, ItemRef, parse_path


@pytest.mark.parametrize(
    ("raw", "stripped"),
    [
        ("figshare://articles/1/a.csv", "articles/1/a.csv"),
        ("figshare://articles/1/", "articles/1"),
        ("/articles//1/a.csv", "articles/1/a.csv"),
        ("figshare://", ""),
        ("", ""),
    ],
)
def test_strip(raw: str, stripped: str) -> None:
    assert FigshareFileSystem._strip_protocol(raw) == stripped


def test_public_article_paths() -> None:
    parsed = parse_path("articles/14763051/folder/data.csv")
    assert parsed.kind == "article"
    assert parsed.article == ArticleTarget(ItemRef(id=14763051))
    assert parsed.inner == "folder/data.csv"

    versioned = parse_path("articles/14763051/versions/2/data.csv")
    assert versioned.article == ArticleTarget(ItemRef(id=14763051), version=2)
    assert versioned.inner == "data.csv"
    assert parse_path("articles/14763051/versions").kind == "versions"
    assert parse_path("articles/14763051").inner == ""


@pytest.mark.parametrize(
    "path",
    [
        "articles/10.6084/m9.figshare.14763051.v1/data.csv",
        "articles/doi:10.6084/m9.figshare.14763051.v1/data.csv",
        "articles/10.6084%2Fm9.figshare.14763051.v1/data.csv",
        "articles/10.6084/M9.FIGSHARE.14763051.V1/data.csv",
    ],
)
def test_dois_stand_where_ids_do(path: str) -> None:
    parsed = parse_path(path)
    assert parsed.article is not None
    assert parsed.article.ref == ItemRef(doi="10.6084/m9.figshare.14763051.v1")
    assert parsed.article.ref.doi_version == 1
    assert parsed.inner == "data.csv"


def test_collection_project_and_account_paths() -> None:
    collection = parse_path("collections/10.6084/m9.figshare.c.5555555.v2/123/a.csv")
    assert collection.article == ArticleTarget(
        ItemRef(id=123), within=("collection", ItemRef(doi="10.6084/m9.figshare.c.5555555.v2"))
    )
    assert collection.inner == "a.csv"
    assert parse_path("collections/7").kind == "collection"
    project = parse_path("projects/9/123/sub/a.csv")
    assert project.article == ArticleTarget(ItemRef(id=123), within=("project", ItemRef(id=9)))
    assert project.inner == "sub/a.csv"
    own = parse_path("account/articles/55/a.csv")
    assert own.article == ArticleTarget(ItemRef(id=55), own=True)
    assert [parse_path(p).kind for p in ("", "articles", "collections", "projects", "account", "account/articles")] == [
        "root",
        "articles_root",
        "collections_root",
        "projects_root",
        "account",
        "own_articles",
    ]


@pytest.mark.parametrize(
    "path",
    [
        "datasets/1",
        "articles/abc/file",
        "articles/0/file",
        "articles/10.6084",
        "articles/1/versions/x/file",
        "articles/10.6084/m9.figshare.1.v2/versions/1/file",
        "collections/1/not-an-article/file",
        "account/collections/1",
    ],
)
def test_malformed_paths_are_value_errors_naming_the_path(path: str) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^path: figshare://") as raised:
        parse_path(path)
    assert isinstance(raised.value, ValueError) and raised.value.argument == "path"


@pytest.mark.parametrize("path", [5, None, b"articles/1"])
def test_a_path_of_another_type_is_refused_by_name(path: object) -> None:
    fs = FigshareFileSystem(rate_limit=None, skip_instance_cache=True)
    with pytest.raises(InvalidArgumentTypeError, match=r"^path must be a str") as raised:
        fs.ls(path)
    assert raised.value.argument == "path"


@pytest.mark.parametrize("token", [5, b"bytes-token"])
def test_a_token_of_another_type_is_refused_by_name(token: object) -> None:
    with pytest.raises(InvalidArgumentTypeError, match=r"^token must be a str or a figshare Secret") as raised:
        FigshareFileSystem(token=token, skip_instance_cache=True)
    assert raised.value.argument == "token"


@pytest.mark.parametrize(("option", "value"), [("timeout", "slow"), ("max_retries", -1), ("base_url", "ftp://x")])
def test_a_bad_client_option_is_refused_when_the_filesystem_is_made(option: str, value: object) -> None:
    with pytest.raises(InvalidArgumentError, match=f"^{option}") as raised:
        FigshareFileSystem(**{option: value}, skip_instance_cache=True)
    assert raised.value.argument == option


def test_registered_with_fsspec_through_the_entry_point() -> None:
    assert fsspec.get_filesystem_class("figshare") is FigshareFileSystem
    fs = fsspec.filesystem("figshare", rate_limit=None)
    assert isinstance(fs, FigshareFileSystem)


def test_errors_are_both_figshare_errors_and_builtin_ones() -> None:
    from figshare import FigshareError

    missing = FigsharePathNotFoundError("gone", path="articles/1/x")
    assert isinstance(missing, FigshareError) and isinstance(missing, FileNotFoundError)
    assert str(missing) == "gone"
    read_only = ReadOnlyPathError("no", path="articles/1/x")
    assert isinstance(read_only, PermissionError)
    copy = pickle.loads(pickle.dumps(missing))
    assert isinstance(copy, FileNotFoundError) and copy.path == "articles/1/x"


def test_unknown_storage_options_are_refused() -> None:
    with pytest.raises(TypeError, match="colour"):
        FigshareFileSystem(colour="blue")
    with pytest.raises(InvalidArgumentError, match="block_size"):  # a ValueError: the type is right
        FigshareFileSystem(block_size=-1)
    with pytest.raises(InvalidArgumentTypeError, match="block_size"):
        FigshareFileSystem(block_size="large")


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("use_listings_cache", "maybe", InvalidArgumentTypeError),
        ("listings_expiry_time", "soon", InvalidArgumentError),
        ("upload_concurrency", 0, InvalidArgumentError),
        ("state_dir", 5, InvalidArgumentTypeError),
        ("cache_type", 5, InvalidArgumentTypeError),
    ],
)
def test_bad_filesystem_options_are_refused_by_name(option: str, value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match=f"^{option} ") as raised:
        FigshareFileSystem(skip_instance_cache=True, **{option: value})
    assert raised.value.argument == option  # type: ignore[attr-defined]


def test_option_words_from_fsspec_configuration_are_read() -> None:
    fs = FigshareFileSystem(skip_instance_cache=True, use_listings_cache="false", listings_expiry_time="30")
    assert fs._options.use_listings_cache is False and fs._options.listings_expiry_time == 30.0
