"""Fuzzing the OAI-PMH and ResourceSync readers with mutated real documents (the corpus, the ResourceSync
specification's examples) and random bytes, directly and through the clients behind a mock transport: only
documented errors escape, no secret is in them, and what parses stays usable."""

from __future__ import annotations

import contextlib
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from figshare import RetryPolicy
from figshare.oai import AsyncOAIClient, MetadataParseError, OAIClient, OAIError, Record, _page
from figshare.oai._page import PageParser
from figshare.resourcesync import AsyncResourceSyncClient, ResourceSyncClient, ResourceSyncError, SitemapParser
from figshare.resourcesync._xml import DocumentLimits
from tests.fuzz.xml_fuzz_support import CANARY, check_error, corpus_files, fuzz_settings, long_run, mutated

KINDS = [
    _page.records("oai_dc"),
    _page.records("oai_datacite"),
    _page.records("rdf"),
    _page.records("oai_dc", verb="GetRecord"),
    _page.HEADERS,
    _page.SETS,
    _page.METADATA_FORMATS,
    _page.IDENTIFY,
]


@pytest.fixture(scope="module")
def oai_corpus(corpus_dir: Path) -> list[bytes]:
    return corpus_files(corpus_dir / "oai", "*.xml")


@pytest.fixture(scope="module")
def rs_corpus(shared_dir: Path) -> list[bytes]:
    return corpus_files(shared_dir / "resourcesync-spec-examples", "*.xml")


def use_record(record: Record) -> None:
    """Everything a caller does with a record must work or raise a documented error."""
    record.to_json()
    record.metadata_xml()
    with contextlib.suppress(MetadataParseError):
        record.datacite()


def read_page(body: bytes, kind: _page.ItemKind[object], max_text_bytes: int) -> None:
    parser: PageParser[object] = PageParser(kind, url="https://repo.example.org/oai", max_text_bytes=max_text_bytes)
    try:
        for item in parser.parse(body):
            if isinstance(item, Record):
                use_record(item)
    except Exception as error:  # the property: only documented errors
        check_error(error, OAIError)


@fuzz_settings(300)
@given(data=st.data())
def test_oai_pages_from_mutated_corpus_documents(oai_corpus: list[bytes], data: st.DataObject) -> None:
    body = data.draw(mutated(oai_corpus))
    kind = data.draw(st.sampled_from(KINDS))
    read_page(body, kind, data.draw(st.sampled_from([10_000_000, 64])))


@fuzz_settings(100)
@given(data=st.data())
def test_oai_pages_in_slices(oai_corpus: list[bytes], data: st.DataObject) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_page, "FEED_SIZE", data.draw(st.integers(16, 4096)))
        read_page(data.draw(mutated(oai_corpus)), data.draw(st.sampled_from(KINDS)), 10_000_000)


def oai_transport(pages: list[bytes], statuses: list[int]) -> httpx.MockTransport:
    answers: Iterator[tuple[bytes, int]] = iter(list(zip(pages, statuses, strict=True)))

    def handler(request: httpx.Request) -> httpx.Response:
        body, status = next(answers, (b"", 500))
        return httpx.Response(status, content=body, headers={"Content-Type": "text/xml"})

    return httpx.MockTransport(handler)


OAI_OPTIONS = {"rate_limit": None, "retry": RetryPolicy(max_retries=0), "prefetch": False}


@fuzz_settings(100)
@given(data=st.data())
def test_the_oai_client_with_mutated_answers(oai_corpus: list[bytes], data: st.DataObject) -> None:
    pages = data.draw(st.lists(mutated(oai_corpus), min_size=1, max_size=3))
    statuses = data.draw(st.lists(st.sampled_from([200, 200, 200, 400, 404, 500, 503]), min_size=3, max_size=3))
    transport = oai_transport(pages, statuses[: len(pages)])
    verb = data.draw(st.sampled_from(["records", "identifiers", "sets", "identify", "formats", "get"]))
    with OAIClient(
        "https://repo.example.org/oai",
        http_client=httpx.Client(transport=transport),
        **OAI_OPTIONS,  # type: ignore[arg-type]
    ) as oai:
        try:
            if verb == "records":
                for record in oai.list_records(from_="2020-01-01"):
                    use_record(record)
            elif verb == "identifiers":
                list(oai.list_identifiers())
            elif verb == "sets":
                list(oai.list_sets())
            elif verb == "identify":
                oai.identify()
            elif verb == "formats":
                oai.list_metadata_formats(1)
            else:
                use_record(oai.get_record(1))
        except Exception as error:
            check_error(error)


@fuzz_settings(30)
@given(data=st.data())
async def test_the_async_oai_client_with_mutated_answers(oai_corpus: list[bytes], data: st.DataObject) -> None:
    pages = data.draw(st.lists(mutated(oai_corpus), min_size=1, max_size=3))
    transport = oai_transport(pages, [200] * len(pages))
    async with AsyncOAIClient(
        "https://repo.example.org/oai",
        http_client=httpx.AsyncClient(transport=transport),
        **OAI_OPTIONS,  # type: ignore[arg-type]
    ) as oai:
        try:
            async for record in await oai.list_records():
                use_record(record)
        except Exception as error:
            check_error(error)


# -- ResourceSync --------------------------------------------------------------------------------------------


@fuzz_settings(300)
@given(data=st.data())
def test_sitemap_parser_with_mutated_spec_examples(rs_corpus: list[bytes], data: st.DataObject) -> None:
    body = data.draw(mutated(rs_corpus))
    cuts = sorted(data.draw(st.lists(st.integers(0, max(len(body), 1)), max_size=5)))
    limits = DocumentLimits(max_text_bytes=data.draw(st.sampled_from([10_000_000, 40])))
    parser = SitemapParser("https://repo.example.org/rs.xml", limits)
    tracemalloc.start()
    try:
        start = 0
        for cut in [*cuts, len(body)]:
            parser.feed(body[start:cut])
            start = cut
        parser.close()
        assert parser.info is not None
    except Exception as error:
        check_error(error, ResourceSyncError)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 1024 * 1024 + 50 * len(body)  # flat: no tree is built


def rs_transport(body: bytes, status: int, resource: bytes) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(".xml") or request.url.path.endswith("resourcesync"):
            return httpx.Response(status, content=body)
        return httpx.Response(200, content=resource)

    return httpx.MockTransport(handler)


def rs_options() -> dict[str, object]:
    return {
        "rate_limit": None,
        "retry": RetryPolicy(max_retries=0),
        "auth": httpx.BasicAuth("user", CANARY),
        "trusted_hosts": ["repo.example.org"],
    }


@fuzz_settings(100)
@given(data=st.data())
def test_the_resourcesync_client_with_mutated_documents(
    rs_corpus: list[bytes], data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    body = data.draw(mutated(rs_corpus))
    status = data.draw(st.sampled_from([200, 200, 200, 404, 500]))
    transport = rs_transport(body, status, data.draw(st.binary(max_size=64)))
    sandbox = tmp_path_factory.mktemp("sync")
    destination = sandbox / "dest"
    with ResourceSyncClient(http_client=httpx.Client(transport=transport), **rs_options()) as client:  # type: ignore[arg-type]
        what = data.draw(st.sampled_from(["list", "changes", "caps", "discover", "sync"]))
        try:
            if what == "list":
                list(client.resource_list("https://repo.example.org/list.xml"))
            elif what == "changes":
                client.latest_changes("https://repo.example.org/changes.xml")
            elif what == "caps":
                client.capability_list("https://repo.example.org/caps.xml")
            elif what == "discover":
                client.discover("https://repo.example.org/")
            else:
                result = client.sync("https://repo.example.org/", destination)
                for failure in result.failures:
                    assert failure.error is not None
                    check_error(failure.error)
        except Exception as error:
            check_error(error)
    assert [path.name for path in sandbox.iterdir()] in ([], ["dest"])  # nothing written beside the destination


@fuzz_settings(30)
@given(data=st.data())
async def test_the_async_resourcesync_client_with_mutated_documents(
    rs_corpus: list[bytes], data: st.DataObject
) -> None:
    body = data.draw(mutated(rs_corpus))
    transport = rs_transport(body, 200, b"")
    async with AsyncResourceSyncClient(http_client=httpx.AsyncClient(transport=transport), **rs_options()) as client:  # type: ignore[arg-type]
        try:
            [entry async for entry in client.resource_list("https://repo.example.org/list.xml")]
        except Exception as error:
            check_error(error)


# -- the long run ----------------------------------------------------------------------------------------------


@pytest.mark.fuzz_long
@long_run
@fuzz_settings(200)
@given(body=st.binary(max_size=20_000), kind=st.sampled_from(KINDS))
def test_long_random_bytes_into_every_oai_reader(body: bytes, kind: _page.ItemKind[object]) -> None:
    read_page(body, kind, 10_000_000)
