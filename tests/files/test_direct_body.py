"""Reading a download's body straight from its connection (`figshare.files._direct_body`), the md5 worker's
buffer pool and its writes, against a real loopback server (MockTransport never reaches httpcore)."""

from __future__ import annotations

import hashlib
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from figshare.files._direct_body import direct_body, direct_socket
from figshare.files._md5_worker import MAX_PENDING, Md5Worker, hash_file
from tests.support.loopback_http import Behaviour, ReceivedRequest, drip_body, respond, serve

DATA = os.urandom(300_000)


def test_a_content_length_body_is_read_from_the_socket_and_the_connection_is_not_reused() -> None:
    with serve(respond(body=DATA)) as server, httpx.Client() as client:
        with client.stream("GET", server.url) as response:
            body = direct_body(response)
            assert body is not None and len(body.received) + body.remaining == len(DATA)
            sock = direct_socket(body)
            assert isinstance(sock, socket.socket)
            rest = bytearray(body.remaining)
            view, filled = memoryview(rest), 0
            while filled < len(rest):
                filled += sock.recv_into(view[filled:])
            assert body.received + rest == DATA
        assert client.get(server.url).content == DATA  # a new connection: h11 never saw the first body end
        assert server.connections == 2


def _chunked(connection: socket.socket, request: ReceivedRequest, stop: threading.Event) -> bool:
    connection.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
    return True


@pytest.mark.parametrize("behaviour", [_chunked, drip_body(b"ab", 0.01, declared_length=False)])
def test_a_body_without_content_length_is_read_through_httpx(behaviour: Behaviour) -> None:
    with serve(behaviour) as server, httpx.Client() as client, client.stream("GET", server.url) as response:
        assert direct_body(response) is None
        assert response.read() in (b"hello", b"ab")


class _Counting(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream


class _WrappingTransport(httpx.HTTPTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_Counting(response.stream),
            extensions=response.extensions,
        )


def test_mocked_and_wrapped_bodies_are_read_through_httpx() -> None:
    mocked = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=DATA)))
    with mocked, mocked.stream("GET", "http://example.invalid/") as response:
        assert direct_body(response) is None
    with (
        serve(respond(body=DATA)) as server,
        httpx.Client(transport=_WrappingTransport()) as client,
        client.stream("GET", server.url) as response,
    ):
        assert direct_body(response) is None
        assert response.read() == DATA


def test_the_worker_reuses_buffers_and_hashes_in_order(tmp_path: Path) -> None:
    worker = Md5Worker()
    made: set[int] = set()
    for index in range(4 * MAX_PENDING):
        buffer = worker.buffer()
        made.add(id(buffer))
        buffer[:4] = index.to_bytes(4, "big")
        worker.update(memoryview(buffer)[:4], buffer=buffer)
    expected = hashlib.md5(b"".join(index.to_bytes(4, "big") for index in range(4 * MAX_PENDING)))
    assert worker.hexdigest() == expected.hexdigest()
    assert len(made) <= MAX_PENDING + 2
    (tmp_path / "file").write_bytes(DATA * 5)
    assert hash_file(tmp_path / "file") == hashlib.md5(DATA * 5).hexdigest()


def test_a_failed_write_in_the_worker_is_raised(tmp_path: Path) -> None:
    descriptor = os.open(tmp_path / "file", os.O_RDONLY | os.O_CREAT)
    worker = Md5Worker(descriptor)
    try:
        assert worker.update(b"data", write=True)
        with pytest.raises(OSError):
            worker.flush()
        with pytest.raises(OSError):
            worker.update(b"more", write=True)
    finally:
        worker.close()
        os.close(descriptor)


def test_a_socket_is_read_directly_only_when_its_tls_layer_is_the_connections() -> None:
    import ssl

    from figshare.files._direct_body import DirectBody

    def body(sock: object, ssl_object: object) -> DirectBody:
        extra = {"socket": sock, "ssl_object": ssl_object}
        return DirectBody(b"", 0, type("Stream", (), {"get_extra_info": lambda self, name: extra[name]})(), None)

    layer, other = object(), object()
    with socket.socket() as plain:
        tls = socket.socket.__new__(ssl.SSLSocket)
        tls._sslobj = layer  # type: ignore[attr-defined]
        assert direct_socket(body(plain, None)) is plain
        assert direct_socket(body(plain, layer)) is None  # TLS above a plain socket (a proxy tunnel)
        assert direct_socket(body(tls, layer)) is tls
        assert direct_socket(body(tls, other)) is None
        assert direct_socket(body(tls, None)) is None
