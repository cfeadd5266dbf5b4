"""Response bodies are read with a cap (issue 12 item 6, JSON and Stats): a body larger than
``max_response_bytes`` raises `ResponseTooLargeError` as soon as it passes the cap, so memory stays bounded
whatever the server sends, and normal responses are untouched.
"""

from __future__ import annotations

import gzip
import tracemalloc
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from figshare import AsyncFigshare, Figshare, ResponseParseError, ResponseTooLargeError
from figshare._core import decoded_chunks
from figshare._http import DEFAULT_MAX_RESPONSE_BYTES, AsyncHTTPCore, HTTPCore
from figshare.errors import NotFoundError
from figshare.stats import AsyncStats, Stats
from tests.support.streams import gzip_bomb

MIB = 1024 * 1024
API = "https://api.figshare.com/v2"


class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A JSON-looking body of `total` bytes, made as it is read; counts what was read."""

    def __init__(self, total: int, chunk: int = 64 * 1024) -> None:
        self.total = total
        self.chunk = chunk
        self.read = 0

    def _chunks(self) -> Iterator[bytes]:
        yield b'{"items": ["'
        while self.read < self.total:
            self.read += self.chunk
            yield b"x" * self.chunk

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk


def transport(stream: httpx.SyncByteStream | httpx.AsyncByteStream, **headers: str) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json", **headers}, stream=stream)

    return httpx.MockTransport(handler)


def client_with(mock: httpx.MockTransport, **options: object) -> Figshare:
    return Figshare(rate_limit=None, http_client=httpx.Client(transport=mock), **options)  # type: ignore[arg-type]


def test_the_default_cap_is_documented_and_generous() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 32 * MIB
    assert Figshare().core.max_response_bytes == 32 * MIB


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    body = Endless(100 * MIB)
    client = client_with(transport(body, **{"Content-Length": str(100 * MIB)}), max_response_bytes=MIB)
    with pytest.raises(ResponseTooLargeError) as raised:
        client.articles.details(1)
    assert body.read == 0, "nothing was read"
    assert raised.value.limit == MIB
    assert isinstance(raised.value, ResponseParseError)
    assert "max_response_bytes" in str(raised.value)


@pytest.mark.parametrize("triples", [True, False], ids=["httpx-triples", "public-raw"])
def test_the_declared_length_is_read_from_the_headers_as_httpx_would_give_it(
    triples: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from figshare import _core_base
    from figshare._core_base import header_facts

    assert _core_base._HEADER_TRIPLES, "this httpx keeps (raw, lower-case, value) triples: the fast path is used"
    monkeypatch.setattr(_core_base, "_HEADER_TRIPLES", triples)  # False: as with an httpx that keeps them otherwise

    def facts(*headers: tuple[str, str]) -> tuple[bool, int | None, bool]:
        return header_facts(httpx.Response(200, headers=list(headers)))

    assert facts(("Content-Length", "12")) == (False, 12, False)
    assert facts(("content-LENGTH", "12"), ("Content-Encoding", "gzip")) == (False, 12, True)
    assert facts(("Content-Length", "12"), ("Content-Length", "12")) == (False, None, False)  # "12, 12"
    assert facts(("Content-Length", "-1")) == (False, None, False)
    assert facts(("X-Amzn-Waf-Action", "captcha")) == (True, None, False)


async def test_an_async_declared_length_over_the_cap_is_refused_before_reading() -> None:
    body = Endless(100 * MIB)
    mock = transport(body, **{"Content-Length": str(100 * MIB)})
    http_client = httpx.AsyncClient(transport=mock)
    async with AsyncFigshare(rate_limit=None, http_client=http_client, max_response_bytes=MIB) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.articles.details(1)
    assert body.read == 0, "nothing was read"


def test_a_compressed_body_is_not_refused_for_its_declared_length() -> None:
    payload = gzip.compress(b'{"id": 1}' + b" " * 4096)
    mock = transport(httpx.ByteStream(payload), **{"Content-Length": str(MIB + 1), "Content-Encoding": "gzip"})
    assert client_with(mock, max_response_bytes=MIB).articles.details(1).id == 1


def test_bodies_are_read_by_httpx_itself_if_its_private_decoder_goes() -> None:
    """`decoded_chunks` uses httpx's private ``Response._get_content_decoder``: a later httpx without it must still
    give the right bodies (then decoded a socket read at a time, as before)."""

    class LaterResponse:  # a response of an httpx that has no `_get_content_decoder`
        is_stream_consumed = False

        def iter_bytes(self) -> Iterator[bytes]:
            yield from (b'{"id": ', b"7}")

    assert b"".join(decoded_chunks(LaterResponse())) == b'{"id": 7}'  # type: ignore[arg-type]


def test_an_undeclared_body_is_cut_off_once_past_the_cap_with_bounded_memory() -> None:
    body = Endless(200 * MIB)
    client = client_with(transport(body), max_response_bytes=2 * MIB)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError):
            client.articles.details(1)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert body.read <= 2 * MIB + body.chunk, "reading stopped right after the cap"
    assert peak < 12 * MIB, f"peak {peak / MIB:.1f} MiB"


def test_a_compressed_bomb_is_measured_after_decompression() -> None:
    bomb = gzip.compress(b" " * (16 * MIB), compresslevel=1)  # a few dozen KiB on the wire
    chunks = [bomb[index : index + 4096] for index in range(0, len(bomb), 4096)]

    class Chunked(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield from chunks

    client = client_with(transport(Chunked(), **{"Content-Encoding": "gzip"}), max_response_bytes=MIB)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError):
            client.articles.details(1)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * MIB, f"peak {peak / MIB:.1f} MiB"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_a_compressed_bomb_read_as_sockets_deliver_it_stays_near_the_cap(asynchronous: bool) -> None:
    bomb = gzip_bomb(256 * MIB)  # about 250 KiB on the wire, in httpcore's reads
    mock = transport(bomb, **{"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError):
            if asynchronous:
                client = AsyncFigshare(
                    rate_limit=None, http_client=httpx.AsyncClient(transport=mock), max_response_bytes=MIB
                )
                await client.articles.details(1)
            else:
                client_with(mock, max_response_bytes=MIB).articles.details(1)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * MIB, f"peak {peak / MIB:.1f} MiB for a cap of 1 MiB"  # one 64 KiB read decoded is 64 MiB


def test_a_body_under_the_cap_is_read_as_usual() -> None:
    document = b'{"id": 1, "title": "' + b"t" * 1000 + b'"}'
    client = client_with(transport(httpx.ByteStream(document)), max_response_bytes=len(document))
    assert client.articles.details(1).title == "t" * 1000


def test_the_cap_is_configurable_per_client_per_call_and_can_be_lifted() -> None:
    document = b'{"id": 1, "title": "' + b"t" * 5000 + b'"}'
    client = client_with(transport(httpx.ByteStream(document)), max_response_bytes=1000)
    with pytest.raises(ResponseTooLargeError):
        client.articles.details(1)
    assert client.with_options(max_response_bytes=None).articles.details(1).id == 1
    assert client.with_options(max_response_bytes=10_000).articles.details(1).id == 1
    core = HTTPCore(httpx.Client(transport=transport(httpx.ByteStream(document))), max_response_bytes=1000)
    with pytest.raises(ResponseTooLargeError):
        core.request("GET", f"{API}/x")
    assert core.request("GET", f"{API}/x", max_response_bytes=None).content == document


def test_streamed_responses_are_the_callers_to_read() -> None:
    body = Endless(3 * MIB)
    core = HTTPCore(httpx.Client(transport=transport(body)), max_response_bytes=MIB)
    response = core.request("GET", f"{API}/file/download/1", stream=True)
    assert sum(len(chunk) for chunk in response.iter_bytes()) > 3 * MIB
    response.close()


def test_an_error_status_with_a_huge_body_is_still_the_status_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, stream=Endless(50 * MIB))

    core = HTTPCore(httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(NotFoundError) as raised:
        core.request("GET", f"{API}/articles/1")
    assert len(raised.value.body_excerpt) <= 500


async def test_async_clients_keep_the_cap() -> None:
    body = Endless(100 * MIB)
    http_client = httpx.AsyncClient(transport=transport(body))
    async with AsyncFigshare(rate_limit=None, http_client=http_client, max_response_bytes=MIB) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.articles.details(1)
    assert body.read <= MIB + body.chunk
    core = AsyncHTTPCore(httpx.AsyncClient(transport=transport(Endless(4 * MIB))), max_response_bytes=MIB)
    with pytest.raises(ResponseTooLargeError):
        await core.request("GET", f"{API}/x")


def test_stats_json_has_the_cap_too() -> None:
    body = Endless(100 * MIB)
    stats = Stats(http_client=httpx.Client(transport=transport(body)), rate_limit=None, max_response_bytes=MIB)
    with pytest.raises(ResponseTooLargeError):
        stats.total("views", "article", 1)
    assert body.read <= MIB + body.chunk
    shared = client_with(transport(Endless(100 * MIB)), max_response_bytes=MIB).stats
    with pytest.raises(ResponseTooLargeError):
        shared.total("views", "article", 1)


async def test_async_stats_json_has_the_cap_too() -> None:
    stats = AsyncStats(
        http_client=httpx.AsyncClient(transport=transport(Endless(100 * MIB))),
        rate_limit=None,
        max_response_bytes=MIB,
    )
    with pytest.raises(ResponseTooLargeError):
        await stats.total("views", "article", 1)
