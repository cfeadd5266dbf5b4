"""What `download()` is asked for is checked before any request: a typed error naming the argument."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from tests.files.conftest import async_client_for, client_for
from tests.servers.figshare_upload_emulator import FigshareEmulator

CASES: list[tuple[dict[str, Any], str, type[Exception]]] = [
    ({"file_id": "7"}, "file_id", InvalidArgumentTypeError),
    ({"file_id": 0}, "file_id", InvalidArgumentError),
    ({"article_id": 1, "version": "2"}, "version", InvalidArgumentTypeError),
    ({"doi": 10}, "doi", InvalidArgumentTypeError),
    ({"doi": "figshare 1434614"}, "doi", InvalidArgumentError),
    ({"file_id": 7, "private_link": 5}, "private_link", InvalidArgumentTypeError),
    ({"article_id": 1, "as_zip": "yes"}, "as_zip", InvalidArgumentTypeError),
    ({"file_id": 7, "md5": 5}, "md5", InvalidArgumentTypeError),
    ({"file_id": 7, "md5": "not-an-md5"}, "md5", InvalidArgumentError),
    ({}, "file_id", InvalidArgumentError),
    ({"doi": "10.6084/m9.figshare.1", "article_id": 1}, "doi", InvalidArgumentError),
    ({"file_id": 7, "version": 2}, "version", InvalidArgumentError),
    ({"file_id": 7, "as_zip": True}, "as_zip", InvalidArgumentError),
    ({"article_id": 1, "md5": "0" * 32}, "md5", InvalidArgumentError),
]


@pytest.mark.parametrize(("given", "argument", "error"), CASES)
async def test_bad_download_arguments_are_refused_by_name(
    emulator: FigshareEmulator, tmp_path: Path, given: dict[str, Any], argument: str, error: type[Exception]
) -> None:
    before = len(emulator.requests)
    with client_for(emulator) as client, pytest.raises(error) as raised:
        client.download(dest=tmp_path, **given)
    assert raised.value.argument == argument  # type: ignore[attr-defined]
    async with async_client_for(emulator) as async_client:
        with pytest.raises(error) as raised:
            await async_client.download(dest=tmp_path, **given)
    assert raised.value.argument == argument  # type: ignore[attr-defined]
    assert len(emulator.requests) == before, "refused before any request"
    assert list(tmp_path.iterdir()) == []
