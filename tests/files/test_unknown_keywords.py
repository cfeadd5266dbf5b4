"""A misspelt transfer keyword is refused before any request, named as Python would name it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from figshare import AsyncFigshare, Figshare, InvalidArgumentTypeError
from figshare.files import AsyncDownloader, AsyncUploader, Downloader, Uploader


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.method} {request.url}")


def _sync_client() -> Figshare:
    return Figshare(token="t", rate_limit=None, http_client=httpx.Client(transport=httpx.MockTransport(_refuse)))


def _async_client() -> AsyncFigshare:
    transport = httpx.MockTransport(_refuse)
    return AsyncFigshare(token="t", rate_limit=None, http_client=httpx.AsyncClient(transport=transport))


def test_sync_calls_name_the_unknown_keyword(tmp_path: Path) -> None:
    client = _sync_client()
    wrong: dict[str, Any] = {"artcle_id": 1}
    calls = [
        ("download", lambda: client.download(dest=tmp_path, **wrong)),
        ("download", lambda: Downloader(client).download(dest=tmp_path, **wrong)),
        ("upload", lambda: client.upload(1, tmp_path, state_dir=tmp_path, **wrong)),
        ("upload", lambda: Uploader(client, state_dir=tmp_path).upload(1, tmp_path, **wrong)),
    ]
    for function, call in calls:
        with pytest.raises(InvalidArgumentTypeError) as caught:
            call()
        assert str(caught.value) == f"{function}() got an unexpected keyword argument 'artcle_id'"
        assert caught.value.argument == "artcle_id"


async def test_async_calls_name_the_unknown_keyword(tmp_path: Path) -> None:
    client = _async_client()
    wrong: dict[str, Any] = {"nam": "x"}
    with pytest.raises(InvalidArgumentTypeError, match=r"^download\(\) got an unexpected keyword argument 'nam'$"):
        await client.download(1, dest=tmp_path, **wrong)
    with pytest.raises(InvalidArgumentTypeError, match=r"^download\(\) got an unexpected keyword argument 'nam'$"):
        await AsyncDownloader(client).download(1, dest=tmp_path, **wrong)
    with pytest.raises(InvalidArgumentTypeError, match=r"^upload\(\) got an unexpected keyword argument 'nam'$"):
        await client.upload(1, tmp_path, state_dir=tmp_path, **wrong)
    with pytest.raises(InvalidArgumentTypeError, match=r"^upload\(\) got an unexpected keyword argument 'nam'$"):
        await AsyncUploader(client, state_dir=tmp_path).upload(1, tmp_path, **wrong)
