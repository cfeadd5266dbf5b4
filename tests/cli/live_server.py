"""A real HTTP server on 127.0.0.1 that answers with an ``httpx`` handler (the fakes the other tests use).

For tests that run the command as its own process: the fake API and the OAI-PMH test server become
reachable over a real socket, unchanged.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

Handler = Callable[[httpx.Request], httpx.Response]


class _Bridge(http.server.BaseHTTPRequestHandler):
    server: _BridgeServer
    protocol_version = "HTTP/1.1"

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}{self.path}"
        request = httpx.Request(self.command, url, headers=dict(self.headers.items()), content=body)
        response = self.server.handler(request)
        content = response.read()
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _BridgeServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler: Handler) -> None:
        super().__init__(("127.0.0.1", 0), _Bridge)
        self.handler = handler


@contextmanager
def serve(handler: Handler) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1; yields ``http://127.0.0.1:<port>``."""
    server = _BridgeServer(handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
