"""Sync to a folder: verification, atomic writes, deletions, path safety, state, dumps."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from figshare.errors import APIConnectionError
from figshare.resourcesync import (
    AsyncResourceSyncClient,
    DiscoveryError,
    DumpError,
    LocalFileError,
    PathEscapeError,
    ResourceSyncClient,
    SyncAction,
    SyncEvent,
    UriPathMapper,
    VerificationError,
)
from tests.resourcesync.fake_source import (
    BASE,
    FakeSource,
    dump_package,
    resource_md,
    standard_source,
    url_entry,
    urlset,
)

HOST_DIR = "repo.example.org"


def client_for(source: FakeSource) -> ResourceSyncClient:
    return ResourceSyncClient(http_client=source.client(), rate_limit=None)


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and ".resourcesync" not in p.parts
    }


# -- paths -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        "http://example.com/a/%2e%2e/%2e%2e/etc/passwd",
        "http://example.com/a/..%2F..%2Fetc",
        "http://example.com/a%5C..%5Cb",
        "http://example.com/a/%00x",
        "http://example.com/a//b",
        "file:///etc/passwd",
        "http:///no-host",
        "http://.resourcesync/state.sqlite3",
        "http://example.com:99999/a",
        "http://example.com:x/a",
        "http://[::1/a",
    ],
)
def test_uris_that_would_escape_are_refused(tmp_path: Path, uri: str) -> None:
    with pytest.raises(PathEscapeError):
        UriPathMapper(tmp_path).path_for(uri)


def test_uri_mapping(tmp_path: Path) -> None:
    mapper = UriPathMapper(tmp_path)
    root = tmp_path.resolve()
    assert mapper.path_for("https://Example.com/a/b%20c.pdf") == root / "example.com" / "a" / "b c.pdf"
    assert mapper.path_for("http://example.com:8080/dir/") == root / "example.com_8080" / "dir" / "_index"
    assert mapper.path_for("http://example.com/q?x=1/2") == root / "example.com" / "q?x=1%2F2"


def test_symlink_inside_destination_cannot_lead_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    destination = tmp_path / "dest"
    destination.mkdir()
    os.symlink(outside, destination / "example.com")
    with pytest.raises(PathEscapeError, match="outside"):
        UriPathMapper(destination).path_for("http://example.com/x")


def _source_with_a_bad_port() -> FakeSource:
    """A Source whose second Resource List part names a resource on its own host with a port out of range."""
    source = standard_source({"/ok": b"fine"})
    bad = "https://repo.example.org:99999/x"
    source.add_xml(f"{BASE}/rs/resourcelist-2.xml", urlset("resourcelist", [url_entry(bad, resource_md(b"x"))]))
    return source


def test_a_resource_uri_with_a_bad_port_fails_alone(tmp_path: Path) -> None:
    with client_for(_source_with_a_bad_port()) as client:
        result = client.sync(BASE, tmp_path)
    assert [type(f.error) for f in result.failures] == [PathEscapeError]
    assert files(tmp_path) == {f"{HOST_DIR}/ok": b"fine"}


async def test_async_a_resource_uri_with_a_bad_port_fails_alone(tmp_path: Path) -> None:
    async with AsyncResourceSyncClient(http_client=_source_with_a_bad_port().async_client(), rate_limit=None) as client:
        result = await client.sync(BASE, tmp_path)
    assert [type(f.error) for f in result.failures] == [PathEscapeError]
    assert files(tmp_path) == {f"{HOST_DIR}/ok": b"fine"}


def test_escaping_resource_fails_alone_and_nothing_is_written_outside(tmp_path: Path) -> None:
    source = standard_source({"/ok": b"fine"})
    evil = f"{BASE}/a/%2e%2e/%2e%2e/%2e%2e/escaped"
    source.add(evil, b"pwned")
    source.add_xml(
        f"{BASE}/rs/resourcelist-2.xml",
        urlset("resourcelist", [url_entry(evil, resource_md(b"pwned"))]),
    )
    with client_for(source) as client:
        result = client.sync(BASE, tmp_path / "dest")
    assert [type(f.error) for f in result.failures] == [PathEscapeError]
    assert files(tmp_path / "dest") == {f"{HOST_DIR}/ok": b"fine"}
    assert not list(tmp_path.glob("escaped")) and not list(tmp_path.parent.glob("escaped"))


# -- verification ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("served", "reason"), [(b"bad", "md5"), (b"much longer body", "longer")])
def test_hash_or_length_mismatch_keeps_the_old_file_and_the_state(tmp_path: Path, served: bytes, reason: str) -> None:
    source = standard_source({"/a": b"original", "/b": b"bbb"})
    destination = tmp_path / "dest"
    with client_for(source) as client:
        assert client.sync(BASE, destination).ok
        # the change list declares new content, but the server sends something else
        changed = standard_source({"/a": b"new", "/b": b"bbb"}, changes=[("/a", "updated", "2024-01-03T00:00:00Z")])
        source.routes.update(changed.routes)
        source.add(f"{BASE}/a", served)
        result = client.sync(BASE, destination)
        assert result.modes == {f"{BASE}/rs/capabilitylist.xml": "incremental"}
        (failure,) = result.failures
        assert isinstance(failure.error, VerificationError) and reason in str(failure.error)
        assert files(destination)[f"{HOST_DIR}/a"] == b"original"
        assert not any((destination / ".resourcesync" / "partial").glob("*"))
        # the failed run did not advance the state: the next run tries the change again
        source.add(f"{BASE}/a", b"new")
        retry = client.sync(BASE, destination)
    assert files(destination)[f"{HOST_DIR}/a"] == b"new"
    assert retry.ok and retry.counts[SyncAction.UPDATED] == 1


def test_interrupted_transfer_is_a_failure_and_nothing_partial_is_kept(tmp_path: Path) -> None:
    source = standard_source({"/a": b"0123456789"})

    def broken(request: httpx.Request) -> httpx.Response:
        def body():  # type: ignore[no-untyped-def]
            yield b"01234"
            raise httpx.ReadError("connection reset")

        return httpx.Response(200, content=body())

    source.routes[f"{BASE}/a"] = broken
    with client_for(source) as client:
        result = client.sync(BASE, tmp_path)
    (failure,) = result.failures
    assert failure.action is SyncAction.FAILED and "interrupted" in str(failure.error)
    assert files(tmp_path) == {}


INTERRUPTED = "the transfer was interrupted: ReadError: connection reset"


def _breaking_source(*, asynchronous: bool) -> FakeSource:
    """A Source whose resource ``/a``, and a document outside it, break off after a few bytes."""
    source = standard_source({"/a": b"0123456789", "/b": b"b"})

    def body():  # type: ignore[no-untyped-def]
        yield b"<?xml"
        raise httpx.ReadError("connection reset")

    async def async_body():  # type: ignore[no-untyped-def]
        yield b"<?xml"
        raise httpx.ReadError("connection reset")

    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=async_body() if asynchronous else body())

    source.routes[f"{BASE}/a"] = source.routes[f"{BASE}/broken.xml"] = broken
    return source


def test_an_interrupted_transfer_is_worded_once_for_resources_and_documents(tmp_path: Path) -> None:
    with client_for(_breaking_source(asynchronous=False)) as client:
        (failure,) = client.sync(BASE, tmp_path, delete=True).failures
        with pytest.raises(APIConnectionError) as raised:
            client.info(f"{BASE}/broken.xml")
    assert type(failure.error) is APIConnectionError and str(failure.error).startswith(INTERRUPTED)
    assert str(raised.value).startswith(INTERRUPTED)
    assert (failure.error.method, failure.error.url) == (raised.value.method, f"{BASE}/a")


async def test_async_an_interrupted_transfer_is_worded_once_for_resources_and_documents(tmp_path: Path) -> None:
    source = _breaking_source(asynchronous=True)
    async with AsyncResourceSyncClient(http_client=source.async_client(), rate_limit=None) as client:
        (failure,) = (await client.sync(BASE, tmp_path, delete=True)).failures
        with pytest.raises(APIConnectionError) as raised:
            await client.info(f"{BASE}/broken.xml")
    assert type(failure.error) is APIConnectionError and str(failure.error).startswith(INTERRUPTED)
    assert str(raised.value).startswith(INTERRUPTED)
    assert (failure.error.method, failure.error.url) == (raised.value.method, f"{BASE}/a")


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize("reachable", [True, False], ids=["nothing-found", "network-error"])
def test_a_failed_discovery_leaves_no_destination_folder(tmp_path: Path, reachable: bool) -> None:
    handler = FakeSource().handler if reachable else _unreachable
    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = ResourceSyncClient(http_client=http_client, rate_limit=None, max_retries=0)
    with client, pytest.raises(DiscoveryError if reachable else APIConnectionError):
        client.sync(BASE, tmp_path / "mirror" / "nested")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("reachable", [True, False], ids=["nothing-found", "network-error"])
async def test_async_a_failed_discovery_leaves_no_destination_folder(tmp_path: Path, reachable: bool) -> None:
    handler = FakeSource().handler if reachable else _unreachable
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncResourceSyncClient(http_client=http_client, rate_limit=None, max_retries=0) as client:
        with pytest.raises(DiscoveryError if reachable else APIConnectionError):
            await client.sync(BASE, tmp_path / "mirror" / "nested")
    assert list(tmp_path.iterdir()) == []


def test_a_destination_that_is_a_file_is_a_local_file_error(tmp_path: Path) -> None:
    (tmp_path / "mirror").write_bytes(b"not a folder")
    with client_for(standard_source({"/a": b"A"})) as client, pytest.raises(LocalFileError):
        client.sync(BASE, tmp_path / "mirror")
    assert (tmp_path / "mirror").read_bytes() == b"not a folder"


# -- baseline, incremental, deletions ------------------------------------------------------------------


def test_incremental_applies_latest_changes_and_deletes_only_when_asked(tmp_path: Path) -> None:
    resources = {"/a": b"A1", "/b": b"B", "/c": b"C"}
    source = standard_source(resources)
    destination = tmp_path / "dest"
    events: list[SyncEvent] = []
    with client_for(source) as client:
        first = client.sync(BASE, destination, progress=events.append)
        assert first.counts[SyncAction.CREATED] == 3 and len(events) == 3
        resources.update({"/a": b"A2", "/d": b"D"})
        changed = standard_source(
            resources,
            changes=[
                ("/a", "updated", "2024-01-03T00:00:00Z"),
                ("/b", "deleted", "2024-01-03T01:00:00Z"),
                ("/d", "created", "2024-01-03T02:00:00Z"),
                ("/old", "deleted", "2023-12-31T00:00:00Z"),  # before the baseline: not applied
            ],
        )
        source.routes.update(changed.routes)
        second = client.sync(BASE, destination)
        assert second.counts[SyncAction.UPDATED] == 1
        assert second.counts[SyncAction.CREATED] == 1
        assert second.counts[SyncAction.DELETE_SKIPPED] == 1
        assert files(destination) == {
            f"{HOST_DIR}/a": b"A2",
            f"{HOST_DIR}/b": b"B",
            f"{HOST_DIR}/c": b"C",
            f"{HOST_DIR}/d": b"D",
        }
        # a later run with delete=True applies the deletion it had remembered
        third = client.sync(BASE, destination, delete=True)
        assert third.counts[SyncAction.DELETED] == 1
    assert f"{HOST_DIR}/b" not in files(destination)


def test_rerun_without_change_list_audits_and_skips_unchanged(tmp_path: Path) -> None:
    source = standard_source({"/a": b"A", "/b": b"B"})
    source.add_xml(
        f"{BASE}/rs/capabilitylist.xml",
        urlset("capabilitylist", [url_entry(f"{BASE}/rs/resourcelist.xml", 'capability="resourcelist"')]),
    )
    with client_for(source) as client:
        assert client.sync(BASE, tmp_path).counts[SyncAction.CREATED] == 2
        again = client.sync(BASE, tmp_path)
    assert again.modes == {f"{BASE}/rs/capabilitylist.xml": "baseline"}
    assert again.counts[SyncAction.UNCHANGED] == 2
    downloads = [url for url in source.requests if url in (f"{BASE}/a", f"{BASE}/b")]
    assert len(downloads) == 2  # each downloaded once


# -- dumps -------------------------------------------------------------------------------------------


def test_baseline_from_resource_dump(tmp_path: Path) -> None:
    resources = {"/x/one.txt": b"one", "/two.bin": bytes(range(256)) * 50}
    source = standard_source(resources, with_dump=True)
    with client_for(source) as client:
        result = client.sync(BASE, tmp_path, use_dumps=True)
    assert result.ok and result.modes == {f"{BASE}/rs/capabilitylist.xml": "baseline-dump"}
    assert files(tmp_path) == {f"{HOST_DIR}/x/one.txt": b"one", f"{HOST_DIR}/two.bin": resources["/two.bin"]}
    assert f"{BASE}/x/one.txt" not in source.requests  # content came from the package


def _dump_source(package: bytes, with_manifest_link: bool) -> FakeSource:
    source = standard_source({"/a": b"aaa"}, with_dump=True)
    source.add(f"{BASE}/rs/dump-1.zip", package)
    if not with_manifest_link:
        source.add_xml(
            f"{BASE}/rs/resourcedump.xml",
            urlset("resourcedump", [url_entry(f"{BASE}/rs/dump-1.zip", 'type="application/zip"')]),
        )
    return source


MANIFEST = urlset("resourcedump-manifest", [url_entry(f"{BASE}/a", f'{resource_md(b"aaa")} path="/res/a"')])


@pytest.mark.parametrize("manifest_first", [True, False])
def test_dump_with_only_its_own_manifest(tmp_path: Path, manifest_first: bool) -> None:
    package = dump_package({"res/a": b"aaa"}, MANIFEST, manifest_first=manifest_first)
    with client_for(_dump_source(package, with_manifest_link=False)) as client:
        result = client.sync(BASE, tmp_path, use_dumps=True)
    assert result.ok and files(tmp_path) == {f"{HOST_DIR}/a": b"aaa"}


@pytest.mark.parametrize(
    ("members", "error", "message"),
    [
        ({"res/a": b"aab"}, VerificationError, "md5"),
        ({"res/a": b"aaa", "res/extra": b"?"}, DumpError, "not in the manifest"),
        ({}, DumpError, "missing from the package"),
    ],
)
def test_dump_disagreeing_with_its_manifest_writes_nothing(
    tmp_path: Path, members: dict[str, bytes], error: type[Exception], message: str
) -> None:
    package = dump_package(members, MANIFEST)
    with client_for(_dump_source(package, with_manifest_link=True)) as client:
        result = client.sync(BASE, tmp_path, use_dumps=True)
    (failure,) = result.failures
    assert isinstance(failure.error, error) and message in str(failure.error)
    assert files(tmp_path) == {}
    assert not any((tmp_path / ".resourcesync" / "partial").glob("*"))


def test_corrupt_or_manifestless_package(tmp_path: Path) -> None:
    for package, message in [
        (b"PK\x03\x04 truncated", "not a readable ZIP"),
        (dump_package({"res/a": b"aaa"}, None), "no manifest"),
    ]:
        with client_for(_dump_source(package, with_manifest_link=False)) as client:
            result = client.sync(BASE, tmp_path / message, use_dumps=True)
        (failure,) = result.failures
        assert isinstance(failure.error, DumpError) and message in str(failure.error)


async def test_async_sync_with_dump_and_changes(tmp_path: Path) -> None:
    resources = {"/a": b"A1", "/b": b"B"}
    source = standard_source(resources, with_dump=True)
    async with AsyncResourceSyncClient(http_client=source.async_client(), rate_limit=None) as client:
        first = await client.sync(BASE, tmp_path, use_dumps=True)
        assert first.ok and first.counts[SyncAction.CREATED] == 2
        resources["/a"] = b"A2"
        source.routes.update(
            standard_source(
                resources,
                changes=[("/a", "updated", "2024-01-05T00:00:00Z"), ("/b", "deleted", "2024-01-05T00:00:01Z")],
            ).routes
        )
        second = await client.sync(BASE, tmp_path, delete=True)
    assert second.ok and second.counts[SyncAction.UPDATED] == 1 and second.counts[SyncAction.DELETED] == 1
    assert files(tmp_path) == {f"{HOST_DIR}/a": b"A2"}
