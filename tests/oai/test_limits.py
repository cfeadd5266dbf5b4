"""Caps on what an OAI-PMH response may cost: a whole page, one text node or attribute. A 1 GB page or text
node fails fast, with little memory, with a typed error; normal pages are untouched."""

from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from figshare import DeadlineExceededError, ResponseParseError, RetryPolicy
from figshare.oai import AsyncOAIClient, OAIClient, OAIResponseError, OAIResponseTooLargeError

BASE = "https://repo.example.org/oai"
MIB = 1024 * 1024
HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
    b"<responseDate>2026-01-01T00:00:00Z</responseDate><request>https://repo.example.org/oai</request>"
    b"<ListRecords>"
)
TAIL = b"</ListRecords></OAI-PMH>"


def record(number: int, title: str = "A title", attribute: str = "") -> bytes:
    extra = f' xml:lang="{attribute}"' if attribute else ""
    return (
        f"<record><header><identifier>oai:x:{number}</identifier><datestamp>2024-01-01T00:00:00Z</datestamp>"
        '</header><metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title{extra}>{title}</dc:title></oai_dc:dc></metadata>'
        "</record>"
    ).encode()


class Endless:
    """A body of ``HEAD``, an open title, then ``size`` filler bytes: counts what was actually produced."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.produced = 0

    def chunks(self) -> Iterator[bytes]:
        start = HEAD + record(1)[:-50].split(b"<dc:title>")[0] + b"<dc:title>"
        self.produced += len(start)
        yield start
        while self.produced < self.size:
            filler = b"x" * MIB  # a new chunk each time, as from a socket
            self.produced += len(filler)
            yield filler
        yield b"</dc:title></oai_dc:dc></metadata></record>" + TAIL


class _SyncStream(httpx.SyncByteStream):
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


def client(transport: httpx.BaseTransport, **options: object) -> OAIClient:
    http_client = httpx.Client(transport=transport)
    return OAIClient(
        BASE,
        http_client=http_client,
        rate_limit=None,
        retry=RetryPolicy(max_retries=2, initial_backoff=0.0),
        prefetch=False,
        **options,  # type: ignore[arg-type]
    )


def test_a_1_gb_page_fails_fast_with_little_memory() -> None:
    body = Endless(1024 * MIB)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=_SyncStream(body.chunks())))
    started = time.monotonic()
    tracemalloc.start()
    try:
        with client(transport) as oai, pytest.raises(OAIResponseTooLargeError) as caught:
            list(oai.list_records())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.setting == "max_page_bytes" and caught.value.limit == 32 * MIB
    assert isinstance(caught.value, OAIResponseError)
    assert body.produced <= 34 * MIB  # refused as soon as the cap was passed
    assert peak < 100 * MIB
    assert time.monotonic() - started < 20


async def test_a_1_gb_page_fails_fast_in_the_async_client() -> None:
    body = Endless(1024 * MIB)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=_AsyncStream(body.chunks())))
    async with AsyncOAIClient(
        BASE, http_client=httpx.AsyncClient(transport=transport), rate_limit=None, max_page_bytes=4 * MIB
    ) as oai:
        with pytest.raises(OAIResponseTooLargeError, match="max_page_bytes=4,194,304"):
            [record async for record in await oai.list_records()]
    assert body.produced <= 6 * MIB


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_gzip_bomb_is_decoded_a_little_at_a_time(asynchronous: bool) -> None:
    """256 MiB of one byte compress to ~250 KiB: decoding a whole socket read at once would hold hundreds of MiB
    before the page cap is looked at (the streamed body arrives in 64 KiB reads, as from a socket)."""
    bomb = gzip.compress(HEAD + b" " * (256 * MIB))
    reads = [bomb[at : at + 65536] for at in range(0, len(bomb), 65536)]
    headers = {"Content-Encoding": "gzip"}
    tracemalloc.start()
    try:
        with pytest.raises(OAIResponseTooLargeError, match="max_page_bytes=1,048,576"):
            if asynchronous:
                stream = _AsyncStream(iter(reads))
                transport = httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, stream=stream))
                async with AsyncOAIClient(
                    BASE, http_client=httpx.AsyncClient(transport=transport), rate_limit=None, max_page_bytes=MIB
                ) as oai:
                    await oai.identify()
            else:
                sync_stream = _SyncStream(iter(reads))
                with client(
                    httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, stream=sync_stream)),
                    max_page_bytes=MIB,
                ) as oai:
                    oai.identify()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * MIB


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_page_its_content_encoding_does_not_describe_is_a_typed_error(asynchronous: bool) -> None:
    headers = {"Content-Encoding": "gzip"}  # but the bytes are not gzip
    with pytest.raises(ResponseParseError, match="could not be decoded"):
        if asynchronous:
            stream = _AsyncStream(iter([HEAD + TAIL]))
            transport = httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, stream=stream))
            async with AsyncOAIClient(BASE, http_client=httpx.AsyncClient(transport=transport), rate_limit=None) as oai:
                await oai.identify()
        else:
            sync_stream = _SyncStream(iter([HEAD + TAIL]))
            with client(
                httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, stream=sync_stream))
            ) as oai:
                oai.identify()


def test_a_page_announcing_a_large_length_is_refused_before_it_is_read() -> None:
    body = Endless(100 * MIB)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, headers={"Content-Length": str(100 * MIB)}, stream=_SyncStream(body.chunks())
        )
    )
    with client(transport, max_page_bytes=MIB) as oai, pytest.raises(OAIResponseTooLargeError, match="Content-Length"):
        oai.identify()
    assert body.produced == 0


def test_a_huge_text_node_within_the_page_cap_is_refused_by_the_parser() -> None:
    page = HEAD + record(1, title="x" * 10_000_001) + TAIL
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=page))
    with client(transport, max_page_bytes=64 * MIB) as oai, pytest.raises(OAIResponseTooLargeError) as caught:
        list(oai.list_records())
    assert caught.value.setting == "max_text_bytes"


@pytest.mark.parametrize(("title", "attribute"), [("x" * 2000, ""), ("short", "y" * 2000)])
def test_a_smaller_text_cap_is_checked(title: str, attribute: str) -> None:
    page = HEAD + record(1) + record(2, title=title, attribute=attribute) + TAIL
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=page))
    delivered = []
    with client(transport, max_text_bytes=1000) as oai, pytest.raises(OAIResponseTooLargeError) as caught:
        for item in oai.list_records():
            delivered.append(item)
    assert caught.value.limit == 1000
    assert len(delivered) == 1  # the records before it were handed out


def test_normal_pages_pass_under_the_default_caps() -> None:
    page = HEAD + b"".join(record(number, title="t" * 5000) for number in range(1, 101)) + TAIL
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=page))
    with client(transport) as oai:
        assert len(list(oai.list_records())) == 100


class _BreaksOnce(httpx.SyncByteStream):
    broken = 0

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body[:100]
        if _BreaksOnce.broken == 0:
            _BreaksOnce.broken += 1
            raise httpx.ReadError("connection reset by peer")
        yield self._body[100:]


def test_a_page_body_that_breaks_off_is_asked_for_again() -> None:
    page = HEAD + record(1) + TAIL
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, stream=_BreaksOnce(page))

    with client(httpx.MockTransport(handler)) as oai:
        assert len(list(oai.list_records())) == 1
    assert len(calls) == 2


class _Drip:
    """A page sent a few bytes at a time, ``pause`` seconds apart: counts the chunks sent."""

    def __init__(self, pause: float) -> None:
        self.pause = pause
        self.sent = 0
        page = HEAD + b"".join(record(number) for number in range(1, 6)) + TAIL
        self.pieces = [page[start : start + 40] for start in range(0, len(page), 40)]

    def chunks(self) -> Iterator[bytes]:
        for piece in self.pieces:
            time.sleep(self.pause)
            self.sent += 1
            yield piece

    async def achunks(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            await asyncio.sleep(self.pause)
            self.sent += 1
            yield piece


def test_a_page_that_drips_in_is_cut_off_at_the_deadline() -> None:
    """The deadline covers reading the page, not only waiting for its headers (a byte a second never trips the
    read timeout)."""
    drip = _Drip(0.01)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=_SyncStream(drip.chunks())))
    with client(transport, deadline=0.05) as oai, pytest.raises(DeadlineExceededError) as caught:
        list(oai.list_records())
    assert caught.value.deadline == 0.05
    assert drip.sent < len(drip.pieces)  # not read to its end
    with client(httpx.MockTransport(lambda request: httpx.Response(200, content=b"".join(drip.pieces)))) as oai:
        assert len(list(oai.list_records())) == 5  # the same page, in time


async def test_a_page_that_drips_in_is_cut_off_at_the_deadline_in_the_async_client() -> None:
    drip = _Drip(0.01)

    class Stream(httpx.AsyncByteStream):
        def __aiter__(self) -> AsyncIterator[bytes]:
            return drip.achunks()

    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=Stream()))
    async with AsyncOAIClient(
        BASE, http_client=httpx.AsyncClient(transport=transport), rate_limit=None, deadline=0.05
    ) as oai:
        with pytest.raises(DeadlineExceededError):
            [record async for record in await oai.list_records()]
    assert drip.sent < len(drip.pieces)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"max_page_bytes": 0}, ValueError),
        ({"max_page_bytes": -5}, ValueError),
        ({"max_page_bytes": 1.5}, TypeError),
        ({"max_page_bytes": True}, TypeError),
        ({"max_text_bytes": 10_000_001}, ValueError),
        ({"max_text_bytes": 0}, ValueError),
        ({"max_text_bytes": None}, TypeError),
    ],
)
def test_caps_are_checked(options: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error, match=next(iter(options))):
        OAIClient(BASE, **options)  # type: ignore[arg-type]
    with pytest.raises(error, match=next(iter(options))):
        AsyncOAIClient(BASE, **options)  # type: ignore[arg-type]
