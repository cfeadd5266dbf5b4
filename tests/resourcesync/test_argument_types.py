"""Bad arguments to the ResourceSync clients are typed errors naming the argument, raised before any request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from figshare.resourcesync import AsyncResourceSyncClient, ResourceSyncClient


def refuse_requests(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, but {request.url} was")


def sync_client() -> ResourceSyncClient:
    return ResourceSyncClient(http_client=httpx.Client(transport=httpx.MockTransport(refuse_requests)), rate_limit=None)


@pytest.mark.parametrize(
    "call",
    [
        lambda client: client.open(5).__enter__(),
        lambda client: client.info(b"https://example.org/rl.xml"),
        lambda client: list(client.resource_list(None)),
        lambda client: client.capability_list(5),
        lambda client: client.discover(5),
        lambda client: client.sync(5, "mirror"),
    ],
)
def test_a_url_must_be_text(
    call: Callable[[ResourceSyncClient], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with sync_client() as client, pytest.raises(InvalidArgumentTypeError, match=r"^url must be a str or httpx.URL"):
        call(client)
    assert list(tmp_path.iterdir()) == [], "nothing is written (sync makes no destination folder)"


@pytest.mark.parametrize(("destination", "error"), [(5, InvalidArgumentTypeError), ("mir\0ror", InvalidArgumentError)])
def test_the_sync_destination_must_be_a_local_path(destination: Any, error: type[Exception]) -> None:
    with sync_client() as client, pytest.raises(error, match=r"^destination ") as raised:
        client.sync("https://example.org/", destination)
    assert raised.value.argument == "destination"  # type: ignore[attr-defined]


async def test_async_urls_and_destination_are_checked() -> None:
    transport = httpx.MockTransport(refuse_requests)
    async with AsyncResourceSyncClient(http_client=httpx.AsyncClient(transport=transport), rate_limit=None) as client:
        with pytest.raises(InvalidArgumentTypeError, match=r"^url "):
            await client.discover(5)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentTypeError, match=r"^url "):
            await client.info(5)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentTypeError, match=r"^destination "):
            await client.sync("https://example.org/", 5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url", ["5", "ftp://example.org/.well-known/resourcesync", "/relative/capabilitylist.xml", "https://[::1/rs"]
)
def test_discover_and_sync_need_an_absolute_http_url(url: str, tmp_path: Path) -> None:
    with sync_client() as client:
        with pytest.raises(InvalidArgumentError, match=r"^url must be an absolute http:// or https:// URL") as raised:
            client.discover(url)
        assert raised.value.argument == "url"
        with pytest.raises(InvalidArgumentError, match=r"^url "):
            client.sync(url, tmp_path / "mirror")
    assert not (tmp_path / "mirror").exists()


def test_a_refused_url_shows_no_password(tmp_path: Path) -> None:
    canary = "canary-pw-5150"
    with sync_client() as client:
        for url in (f"ftp://mirror:{canary}@example.org/rs", f"https://mirror:{canary}@[::1/rs"):
            with pytest.raises(InvalidArgumentError, match=r"^url must be an absolute http") as raised:
                client.discover(url)
            assert canary not in str(raised.value)


@pytest.mark.parametrize(
    ("option", "value"), [("delete", "no"), ("use_dumps", 1), ("progress", 5), ("follow_hosts", 5)]
)
def test_sync_options_are_checked_before_anything_is_written(option: str, value: Any, tmp_path: Path) -> None:
    with sync_client() as client, pytest.raises(InvalidArgumentTypeError, match=f"^{option} ") as raised:
        client.sync("https://example.org/", tmp_path / "mirror", **{option: value})
    assert raised.value.argument == option
    assert not (tmp_path / "mirror").exists()


async def test_async_a_url_that_cannot_be_split_is_an_argument_error(tmp_path: Path) -> None:
    transport = httpx.MockTransport(refuse_requests)
    async with AsyncResourceSyncClient(http_client=httpx.AsyncClient(transport=transport), rate_limit=None) as client:
        with pytest.raises(InvalidArgumentError, match=r"^url must be an absolute http"):
            await client.discover("https://[::1/rs")
        with pytest.raises(InvalidArgumentError, match=r"^url must be an absolute http"):
            await client.sync("https://[::1/rs", tmp_path / "mirror")
    assert list(tmp_path.iterdir()) == []
