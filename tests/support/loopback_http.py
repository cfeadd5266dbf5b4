"""A raw HTTP/1.1 server on 127.0.0.1 for tests that need real sockets: slow, dripping and hostile answers.

``httpx.MockTransport`` never reaches httpcore, so neither httpcore's logging nor its socket reads are
exercised; this server is. Each connection is served by a thread that reads one request at a time and hands
it to a *behaviour*: a function that writes whatever bytes it likes to the socket, as slowly as it likes.

    with serve(drip_body(b'{"id": 1}', interval=0.2)) as base_url:
        ...

Behaviours stop as soon as the client goes away or the server is stopped.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

__all__ = [
    "Behaviour",
    "ReceivedRequest",
    "Server",
    "drip_body",
    "drip_headers",
    "respond",
    "serve",
]


@dataclass(frozen=True)
class ReceivedRequest:
    """What the server read: the request line, the headers (lower-case names) and the body."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[[socket.socket, ReceivedRequest, threading.Event], bool]
"""Writes the answer to the socket; returns whether the connection may serve another request."""


@dataclass
class Server:
    """A running server: its base URL, the requests it has read, and how many connections it accepted."""

    url: str
    requests: list[ReceivedRequest] = field(default_factory=list)
    connections: int = 0


def _read_request(connection: socket.socket, buffer: bytearray) -> ReceivedRequest | None:
    while b"\r\n\r\n" not in buffer:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = bytearray(rest)
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        body.extend(chunk)
    buffer.clear()
    buffer.extend(body[length:])
    return ReceivedRequest(method, target, headers, bytes(body[:length]))


@contextlib.contextmanager
def serve(behaviour: Behaviour) -> Iterator[Server]:
    """Serve `behaviour` on 127.0.0.1 (a free port) until the block ends."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()
    server = Server(f"http://127.0.0.1:{listener.getsockname()[1]}")
    threads: list[threading.Thread] = []

    def handle(connection: socket.socket) -> None:
        buffer = bytearray()
        with contextlib.suppress(OSError), connection:
            while not stop.is_set():
                request = _read_request(connection, buffer)
                if request is None:
                    return
                server.requests.append(request)
                if not behaviour(connection, request, stop):
                    return

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server.connections += 1
            thread = threading.Thread(target=handle, args=(connection,), daemon=True)
            threads.append(thread)
            thread.start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        stop.set()
        listener.close()
        acceptor.join(timeout=2)
        for thread in threads:
            thread.join(timeout=2)


def respond(status: int = 200, body: bytes = b"{}", headers: dict[str, str] | None = None) -> Behaviour:
    """Answer at once with `status`, `headers` and `body` (keep-alive)."""

    def behaviour(connection: socket.socket, request: ReceivedRequest, stop: threading.Event) -> bool:
        lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        return True

    return behaviour


def drip_body(body: bytes, interval: float, *, declared_length: bool = True) -> Behaviour:
    """Send the headers at once, then the body one byte every `interval` seconds."""

    def behaviour(connection: socket.socket, request: ReceivedRequest, stop: threading.Event) -> bool:
        length = f"Content-Length: {len(body)}\r\n" if declared_length else "Connection: close\r\n"
        connection.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}\r\n".encode())
        for byte in body:
            if stop.wait(interval):
                return False
            connection.sendall(bytes([byte]))
        return declared_length

    return behaviour


def drip_headers(interval: float, *, first: Behaviour | None = None) -> Behaviour:
    """Send the status line, then one header byte every `interval` seconds, for ever.

    With `first`, the first request on each connection is answered by `first` (a normal answer), so the
    dripping happens on a kept-alive, pooled connection.
    """
    served: set[int] = set()

    def behaviour(connection: socket.socket, request: ReceivedRequest, stop: threading.Event) -> bool:
        if first is not None and id(connection) not in served:
            served.add(id(connection))
            return first(connection, request, stop)
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        while not stop.wait(interval):
            connection.sendall(b"X")
        return False

    return behaviour
