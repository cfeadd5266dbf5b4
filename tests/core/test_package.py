"""`import figshare` stays cheap; the public names resolve lazily."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import figshare
import figshare.auth
import figshare.files


def test_import_figshare_does_not_import_httpx() -> None:
    code = "import sys, figshare; print('httpx' in sys.modules, 'figshare.errors' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"]


def test_the_sync_client_does_not_load_the_async_client_or_asyncio() -> None:
    async_modules = ["figshare._async_client", "figshare._async_core", "figshare._async_deadline", "asyncio"]
    code = (
        "import sys; from figshare import Figshare; Figshare(token='t').articles; "
        f"print(*[name in sys.modules for name in {async_modules!r}])"
    )
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.split() == ["False"] * len(async_modules)


def test_sync_transfers_do_not_load_the_async_transfers_or_asyncio() -> None:
    async_modules = ["figshare.files._async_uploader", "figshare.files._async_downloader", "asyncio"]
    code = (
        "import sys; from figshare import Figshare; from figshare.files import Downloader, Uploader; "
        "client = Figshare(token='t'); Downloader(client); Uploader(client); "
        f"print(*[name in sys.modules for name in {async_modules!r}])"
    )
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.split() == ["False"] * len(async_modules)


def test_the_async_transfers_are_still_importable_from_figshare_files() -> None:
    import figshare.files
    from figshare.files._async_downloader import AsyncDownloader
    from figshare.files._async_uploader import AsyncUploader

    assert (figshare.files.AsyncDownloader, figshare.files.AsyncUploader) == (AsyncDownloader, AsyncUploader)
    assert {"AsyncDownloader", "AsyncUploader"} <= set(dir(figshare.files))


def test_async_figshare_is_still_importable_from_the_sync_module() -> None:
    from figshare._async_client import AsyncFigshare
    from figshare._client import AsyncFigshare as FromSyncModule

    assert FromSyncModule is AsyncFigshare


def test_lazy_names_resolve_and_are_listed() -> None:
    for name in figshare.__all__:
        assert getattr(figshare, name) is not None
    assert figshare.NotFoundError.__module__ == "figshare.errors"
    assert figshare.TokenAuth.__module__ == "figshare.auth"
    assert set(figshare.__all__) <= set(dir(figshare))


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchThing"):
        figshare.NoSuchThing  # noqa: B018


@pytest.mark.parametrize(
    ("module", "table"), [(figshare, "_LAZY_NAMES"), (figshare.auth, "_LAZY"), (figshare.files, "_LAZY")]
)
def test_the_type_checking_imports_name_what_the_lazy_table_imports(module: object, table: str) -> None:
    tree = ast.parse(Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    imported = {
        alias.name: statement.module
        for statement in block.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
        if alias.asname == alias.name  # an explicit re-export
    }
    assert imported == getattr(module, table)
