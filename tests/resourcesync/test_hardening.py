"""ResourceSync under hostile Sources: colliding paths, resources on other hosts, oversized documents."""

from __future__ import annotations

import gzip
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from figshare import FigshareError, ResponseParseError
from figshare.resourcesync import (
    AsyncResourceSyncClient,
    DocumentError,
    DocumentTooLargeError,
    OtherHostError,
    PathCollisionError,
    ResourceSyncClient,
    SitemapParser,
    SyncAction,
)
from figshare.resourcesync._xml import DocumentLimits
from tests.resourcesync.fake_source import BASE, SM, FakeSource, resource_md, standard_source, url_entry, urlset

HOST_DIR = "repo.example.org"
MIB = 1024 * 1024


def client_for(source: FakeSource, **options: object) -> ResourceSyncClient:
    return ResourceSyncClient(http_client=source.client(), rate_limit=None, **options)  # type: ignore[arg-type]


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and ".resourcesync" not in p.parts
    }


# -- colliding local paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "stored"),
    [("/c/", "/c/_index", "c/_index"), ("/q%3Fx", "/q?x", "q?x"), ("/Data.csv", "/data.csv", "Data.csv")],
)
def test_two_uris_with_one_local_path_never_overwrite_each_other(
    tmp_path: Path, first: str, second: str, stored: str
) -> None:
    source = standard_source({first: b"first resource", second: b"second resource"})
    with client_for(source) as client:
        result = client.sync(BASE, tmp_path)
    [failure] = result.failures
    assert failure.uri == f"{BASE}{second}"
    assert isinstance(failure.error, PathCollisionError) and isinstance(failure.error, FigshareError)
    assert failure.error.owner == f"{BASE}{first}"
    assert files(tmp_path) == {f"{HOST_DIR}/{stored}": b"first resource"}
    assert f"{BASE}{second}" not in source.requests  # not even downloaded


def test_a_uri_colliding_with_one_stored_by_an_earlier_run_is_refused(tmp_path: Path) -> None:
    resources = {"/c/": b"kept"}
    source = standard_source(resources)
    with client_for(source) as client:
        assert client.sync(BASE, tmp_path).ok
        resources["/c/_index"] = b"intruder"
        source.routes.update(
            standard_source(resources, changes=[("/c/_index", "created", "2024-01-03T00:00:00Z")]).routes
        )
        second = client.sync(BASE, tmp_path)
    assert second.modes == {f"{BASE}/rs/capabilitylist.xml": "incremental"}
    [failure] = second.failures
    assert isinstance(failure.error, PathCollisionError)
    assert files(tmp_path) == {f"{HOST_DIR}/c/_index": b"kept"}


def test_deleting_a_colliding_uri_never_deletes_the_file_another_uri_owns(tmp_path: Path) -> None:
    resources = {"/c/": b"owner"}
    source = standard_source(resources)
    with client_for(source) as client:
        assert client.sync(BASE, tmp_path).ok
        # the Source says another URI that maps to the same file was deleted
        source.routes.update(
            standard_source(resources, changes=[("/c/_index", "deleted", "2024-01-03T00:00:00Z")]).routes
        )
        second = client.sync(BASE, tmp_path, delete=True)
        assert second.modes == {f"{BASE}/rs/capabilitylist.xml": "incremental"}
        assert files(tmp_path) == {f"{HOST_DIR}/c/_index": b"owner"}
        # the owner itself deleted: its file goes
        source.routes.update(standard_source(resources, changes=[("/c/", "deleted", "2024-01-04T00:00:00Z")]).routes)
        third = client.sync(BASE, tmp_path, delete=True)
    assert third.counts[SyncAction.DELETED] == 1
    assert files(tmp_path) == {}


async def test_the_async_sync_refuses_collisions_too(tmp_path: Path) -> None:
    source = standard_source({"/c/": b"first", "/c/_index": b"second"})
    async with AsyncResourceSyncClient(http_client=source.async_client(), rate_limit=None) as client:
        result = await client.sync(BASE, tmp_path)
    assert [type(failure.error) for failure in result.failures] == [PathCollisionError]
    assert files(tmp_path) == {f"{HOST_DIR}/c/_index": b"first"}


# -- resources on other hosts ------------------------------------------------------------------------------


def source_with_foreign_resource() -> FakeSource:
    source = standard_source({"/local": b"local"})
    foreign = "https://cdn.example.net/elsewhere.bin"
    source.add(foreign, b"foreign")
    source.add_xml(
        f"{BASE}/rs/resourcelist-2.xml", urlset("resourcelist", [url_entry(foreign, resource_md(b"foreign"))])
    )
    return source


def test_resources_on_another_host_are_not_fetched_unless_allowed(tmp_path: Path) -> None:
    source = source_with_foreign_resource()
    with client_for(source) as client:
        refused = client.sync(BASE, tmp_path / "strict")
        allowed = client.sync(BASE, tmp_path / "open", follow_hosts=["*.example.net"])
    [failure] = refused.failures
    assert isinstance(failure.error, OtherHostError) and failure.error.host == "cdn.example.net"
    assert "follow_hosts" in str(failure.error)
    assert files(tmp_path / "strict") == {f"{HOST_DIR}/local": b"local"}
    assert source.requests.count("https://cdn.example.net/elsewhere.bin") == 1  # only when allowed
    assert allowed.ok and files(tmp_path / "open")["cdn.example.net/elsewhere.bin"] == b"foreign"


async def test_async_sync_does_not_follow_other_hosts_either(tmp_path: Path) -> None:
    source = source_with_foreign_resource()
    async with AsyncResourceSyncClient(http_client=source.async_client(), rate_limit=None) as client:
        result = await client.sync(BASE, tmp_path)
        anywhere = await client.sync(BASE, tmp_path / "any", follow_hosts=["*"])
    assert [type(failure.error) for failure in result.failures] == [OtherHostError]
    assert anywhere.ok


def test_a_capability_list_on_another_host_is_not_followed(tmp_path: Path) -> None:
    source = standard_source({"/a": b"A"})
    elsewhere = "https://evil.example.com/caps.xml"
    source.add_xml(
        f"{BASE}/.well-known/resourcesync", urlset("description", [url_entry(elsewhere, 'capability="capabilitylist"')])
    )
    with client_for(source) as client:
        result = client.sync(BASE, tmp_path)
    assert [type(failure.error) for failure in result.failures] == [OtherHostError]
    assert elsewhere not in source.requests


# -- document caps -----------------------------------------------------------------------------------------


class Endless:
    def __init__(self, head: bytes, size: int) -> None:
        self.head, self.size, self.produced = head, size, 0

    def chunks(self) -> Iterator[bytes]:
        self.produced += len(self.head)
        yield self.head
        while self.produced < self.size:
            chunk = b"x" * (256 * 1024)
            self.produced += len(chunk)
            yield chunk


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


LIST_HEAD = f'<?xml version="1.0"?><urlset {SM}><rs:md capability="resourcelist"/><url><loc>'.encode()
ATTRIBUTE_HEAD = (
    f'<?xml version="1.0"?><urlset {SM}><rs:md capability="resourcelist"/><url><loc>x</loc><rs:md hash="'.encode()
)


@pytest.mark.parametrize("head", [LIST_HEAD, ATTRIBUTE_HEAD], ids=["text", "attribute"])
def test_a_1_gb_text_or_attribute_fails_fast_with_little_memory(head: bytes) -> None:
    body = Endless(head, 1024 * MIB)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=_Stream(body.chunks())))
    started = time.monotonic()
    tracemalloc.start()
    try:
        with (
            ResourceSyncClient(http_client=httpx.Client(transport=transport), rate_limit=None) as client,
            pytest.raises(DocumentTooLargeError) as caught,
        ):
            list(client.resource_list(f"{BASE}/list.xml"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.setting == "max_text_bytes" and isinstance(caught.value, DocumentError)
    assert body.produced < 12 * MIB
    assert peak < 64 * MIB
    assert time.monotonic() - started < 20


def test_a_gzip_bomb_document_is_decoded_a_little_at_a_time() -> None:
    """256 MiB of spaces compress to ~250 KiB: decoding a whole 64 KiB socket read at once would hold hundreds of
    MiB before the document cap is looked at."""
    bomb = gzip.compress(LIST_HEAD + b" " * (256 * MIB))
    reads = iter([bomb[at : at + 65536] for at in range(0, len(bomb), 65536)])
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=_Stream(reads))
    )
    tracemalloc.start()
    try:
        with (
            ResourceSyncClient(
                http_client=httpx.Client(transport=transport), rate_limit=None, max_document_bytes=MIB
            ) as client,
            pytest.raises(DocumentTooLargeError, match="max_document_bytes"),
        ):
            list(client.resource_list(f"{BASE}/list.xml"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * MIB


def test_a_document_its_content_encoding_does_not_describe_is_a_typed_error() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=_Stream(iter([LIST_HEAD])))
    )
    with (
        ResourceSyncClient(http_client=httpx.Client(transport=transport), rate_limit=None) as client,
        pytest.raises(ResponseParseError, match="could not be decoded"),
    ):
        list(client.resource_list(f"{BASE}/list.xml"))


def test_a_document_longer_than_its_cap_is_refused() -> None:
    entries = "".join(url_entry(f"{BASE}/r{number}") for number in range(2000))
    document = urlset("resourcelist", [entries])
    source = FakeSource()
    source.add_xml(f"{BASE}/list.xml", document)
    with (
        client_for(source, max_document_bytes=len(document) - 1) as client,
        pytest.raises(DocumentTooLargeError, match="max_document_bytes"),
    ):
        list(client.resource_list(f"{BASE}/list.xml"))
    with client_for(source, max_document_bytes=len(document)) as client:
        assert len(list(client.resource_list(f"{BASE}/list.xml"))) == 2000


async def test_the_async_client_applies_the_caps() -> None:
    body = Endless(LIST_HEAD, 100 * MIB)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=_AsyncStream(body.chunks())))
    async with AsyncResourceSyncClient(
        http_client=httpx.AsyncClient(transport=transport), rate_limit=None, max_text_bytes=1000
    ) as client:
        with pytest.raises(DocumentTooLargeError):
            [entry async for entry in client.resource_list(f"{BASE}/list.xml")]
    assert body.produced < 2 * MIB


def test_a_small_text_cap_on_the_parser() -> None:
    parser = SitemapParser("u", DocumentLimits(max_text_bytes=100))
    parser.feed(f"<urlset {SM}><url><loc>{'a' * 50}</loc></url>".encode())
    with pytest.raises(DocumentTooLargeError):
        parser.feed(f"<url><loc>{'a' * 150}</loc></url></urlset>".encode())


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"max_document_bytes": 0}, ValueError),
        ({"max_text_bytes": -1}, ValueError),
        ({"max_document_bytes": "1"}, TypeError),
        ({"max_text_bytes": 2.0}, TypeError),
    ],
)
def test_caps_are_checked(options: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error, match=next(iter(options))):
        ResourceSyncClient(**options)  # type: ignore[arg-type]


def test_an_unknown_encoding_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match="encoding"):
        SitemapParser("u").feed(b'<?xml version="1.0" encoding="UUTF-8"?><urlset/>')
