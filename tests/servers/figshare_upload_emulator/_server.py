"""What the three emulated hosts share: a threaded HTTP/1.1 server, request recording, streamed bodies.

Bodies are read in chunks of at most 1 MiB (``Content-Length`` or ``Transfer-Encoding: chunked``), so a
1 GiB part never sits in memory. A handler can reset the connection on purpose (:meth:`reset_connection`)
and notices a client that vanishes mid-body (:class:`ClientDisconnected`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import socket
import struct
import sys
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, NoReturn, cast
from urllib.parse import parse_qs, urlsplit

from tests.servers.figshare_upload_emulator._faults import Faults
from tests.servers.figshare_upload_emulator._recording import (
    RecordedRequest,
    RequestLog,
    ServerRole,
    classify_credentials,
    redaction_marker,
)
from tests.servers.figshare_upload_emulator._state import AccountState

BODY_CHUNK = 1024 * 1024
MAX_SMALL_BODY = 1024 * 1024
POLL_INTERVAL = 0.02


class ClientDisconnected(Exception):
    """The client closed or reset the connection before the request body ended."""


class ResetByServer(Exception):
    """The handler reset the connection on purpose; nothing more can be sent."""


class BadRequestBody(Exception):
    """The request body is malformed (bad ``Content-Length`` or chunk framing)."""


@dataclasses.dataclass
class ServerContext:
    """What every handler of one emulated host needs."""

    role: ServerRole
    state: AccountState
    faults: Faults
    log: RequestLog
    token: str
    errors: list[str]
    stopping: threading.Event


class EmulatorHTTPServer(ThreadingHTTPServer):
    """A threaded server that knows its open connections, so :meth:`close` ends idle keep-alive ones."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 128

    def __init__(self, host: str, handler: type[EmulatorHandler], context: ServerContext) -> None:
        self.context = context
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__((host, 0), handler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ResetByServer, ClientDisconnected, ConnectionError)) or self.context.stopping.is_set():
            return
        self.context.errors.append(f"{self.context.role} server: {traceback.format_exc()}")

    def close(self) -> None:
        """Stop accepting, end open connections, release the port."""
        self.shutdown()
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()

    def serve_in_thread(self) -> threading.Thread:
        thread = threading.Thread(
            target=self.serve_forever,
            kwargs={"poll_interval": POLL_INTERVAL},
            name=f"figshare-emulator-{self.context.role}",
            daemon=True,
        )
        thread.start()
        return thread


class EmulatorHandler(BaseHTTPRequestHandler):
    """Records each request, applies :meth:`Faults.fail_request` faults, then dispatches to ``routes``."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "figshare-emulator"
    routes: ClassVar[list[tuple[str, str, str]]] = []
    _compiled: ClassVar[list[tuple[str, re.Pattern[str], str]]] = []

    record: RecordedRequest
    url_path: str
    query: dict[str, list[str]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._compiled = [(method, re.compile(pattern), name) for method, pattern, name in cls.routes]

    @property
    def context(self) -> ServerContext:
        return cast(EmulatorHTTPServer, self.server).context

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request log replaces the access log."""

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _handle(self) -> None:
        split = urlsplit(self.path)
        self.url_path = split.path
        self.query = parse_qs(split.query, keep_blank_values=True)
        self.record = self.context.log.begin(**self._describe_request(split.query))
        try:
            fault = self.context.faults.take_request_fault(self.context.role, self.command, self.url_path)
            if fault is not None:
                self.drain_body()
                self.respond(fault.status, fault.body, fault.content_type)
            else:
                self._dispatch()
        except (ClientDisconnected, ConnectionError):
            self.record.outcome = "client_disconnected"
            self.close_connection = True
        except ResetByServer:
            self.record.outcome = "reset_by_server"
            raise
        except BadRequestBody:
            self.close_connection = True
            self.respond(400)
        except Exception:
            self.record.outcome = "server_error"
            raise
        finally:
            self.context.log.finish(self.record)

    def _describe_request(self, raw_query: str) -> dict[str, Any]:
        access_tokens = parse_qs(raw_query).get("access_token")
        auth = classify_credentials(
            self.headers.get("Authorization"), access_tokens[-1] if access_tokens else None, self.context.token
        )
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            shown = redaction_marker(auth) if key == "authorization" else value
            headers[key] = f"{headers[key]}, {shown}" if key in headers else shown
        query = re.sub(r"(^|&)access_token=[^&]*", rf"\1access_token={redaction_marker(auth)}", raw_query)
        return {
            "server": self.context.role,
            "method": self.command,
            "path": self.url_path,
            "query": query,
            "headers": headers,
            "authorization": auth,
        }

    def _dispatch(self) -> None:
        for method, pattern, name in self._compiled:
            match = pattern.fullmatch(self.url_path)
            if match is not None and method == self.command:
                getattr(self, name)(*match.groups())
                return
        self.drain_body()
        self.not_found()

    def not_found(self) -> None:
        """The host's answer to an unknown path or method."""
        self.respond(404)

    # ---- request bodies ----

    def body_chunks(self, stop_after: int | None = None) -> Iterator[memoryview]:
        """The request body in chunks of at most 1 MiB (the same buffer is reused: consume each chunk before
        asking for the next). With ``stop_after``, stop once that many bytes were read."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = self._chunked_body()
        else:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                raise BadRequestBody from None
            if length < 0:
                raise BadRequestBody
            chunks = self._sized_body(length)
        received = 0
        for chunk in chunks:
            if stop_after is not None and received + len(chunk) >= stop_after:
                chunk = chunk[: stop_after - received]
                self.record.body_length += len(chunk)
                yield chunk
                return
            received += len(chunk)
            self.record.body_length += len(chunk)
            yield chunk

    def _sized_body(self, length: int) -> Iterator[memoryview]:
        view = memoryview(bytearray(min(length, BODY_CHUNK)))
        while length > 0:
            count = self._read_into(view[: min(length, BODY_CHUNK)])
            length -= count
            yield view[:count]

    def _chunked_body(self) -> Iterator[memoryview]:
        view = memoryview(bytearray(BODY_CHUNK))
        while True:
            size_line = self._read_line()
            try:
                size = int(size_line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise BadRequestBody from None
            if size == 0:
                while self._read_line() not in (b"\r\n", b"\n"):
                    pass
                return
            while size > 0:
                count = self._read_into(view[: min(size, BODY_CHUNK)])
                size -= count
                yield view[:count]
            if self._read_line() not in (b"\r\n", b"\n"):
                raise BadRequestBody

    def _read_into(self, view: memoryview) -> int:
        try:
            count = self.rfile.readinto(view)
        except OSError:
            raise ClientDisconnected from None
        if not count:
            raise ClientDisconnected
        return count

    def _read_line(self) -> bytes:
        try:
            line = self.rfile.readline(65537)
        except OSError:
            raise ClientDisconnected from None
        if not line:
            raise ClientDisconnected
        return line

    def drain_body(self) -> None:
        for _ in self.body_chunks():
            pass

    def small_body(self) -> bytes:
        """The whole body, for JSON requests; a body over 1 MiB is a :class:`BadRequestBody`."""
        collected = bytearray()
        for chunk in self.body_chunks():
            collected += chunk
            if len(collected) > MAX_SMALL_BODY:
                raise BadRequestBody
        return bytes(collected)

    # ---- responses ----

    def respond(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Send a complete response (``Content-Length`` always set, so keep-alive works). The request log
        is updated first, so a client that got the answer always finds it recorded."""
        self.mark_answered(status)
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def mark_answered(self, status: int) -> None:
        self.record.status = status
        self.record.outcome = "answered"
        self.context.log.changed()

    def reset_connection(self) -> NoReturn:
        """Close the connection with a TCP reset (RST), without answering."""
        self.record.outcome = "reset_by_server"
        self.context.log.changed()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()
        self.connection.close()
        self.close_connection = True
        raise ResetByServer

    def wait(self, seconds: float) -> None:
        """Sleep, but wake up when the emulator stops."""
        self.context.stopping.wait(seconds)
