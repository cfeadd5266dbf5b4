"""`loopback_login`: sign in from a desktop program by catching Figshare's OAuth redirect on a local port
(RFC 8252).

Anything on the machine may poke at the listener while it waits, so it binds a loopback address only; gives
each connection a thread and a socket timeout and keeps at most `_MAX_CONNECTIONS` open (a new one cuts the
oldest), so idle browser preconnects cannot stall it; takes only a `GET` on the redirect path whose `Host`
names the listener (against DNS rebinding) and whose `state` is this login's, ignoring forged or stale
callbacks; and never logs request lines (they carry the code) nor echoes anything in its uncached pages.
"""

from __future__ import annotations

import contextlib
import hmac
import http.server
import logging
import os
import socket
import socketserver
import sys
import threading
import time
import webbrowser
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from figshare._oauth import DEFAULT_SCOPE
from figshare._oauth_client import OAuth2Client
from figshare._oauth_token import OAuth2Token
from figshare._oauth_urls import check_redirect_path, loopback_bind_address
from figshare._validate import instance_of, optional_callable, seconds, whole_number
from figshare.errors import OAuthAuthorizationError

_logger = logging.getLogger("figshare")

_CONNECTION_TIMEOUT = 10.0  # seconds a connection may take to send its request
_MAX_CONNECTIONS = 32  # connections open at once; a new one cuts the oldest
_MAX_DESCRIPTION = 500  # characters of an error_description kept

_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Figshare sign-in</title></head>"
    "<body><p>{}</p></body></html>"
)
_DONE = "Figshare sign-in finished. You can close this tab and return to the program."
_NOT_THIS_LOGIN = "This page does not belong to the sign-in in progress; it was ignored."


class _RedirectServer(http.server.ThreadingHTTPServer):
    """Waits for the one redirect that carries this login's `state`."""

    daemon_threads = True
    block_on_close = False  # closing never waits for a connection that is still open
    allow_reuse_address = os.name != "nt"  # on Windows SO_REUSEADDR would let another program take the port
    request_queue_size = 16

    def __init__(self, bind_address: str, port: int, *, host: str, path: str) -> None:
        self.address_family = socket.AF_INET6 if ":" in bind_address else socket.AF_INET
        super().__init__((bind_address, port), _RedirectHandler)
        self.redirect_path = path
        self.expected_state = ""
        self.params: dict[str, str] = {}
        self.arrived = threading.Event()
        self._claimed = False
        self._lock = threading.Lock()
        self._connections: dict[socket.socket, None] = {}  # open connections, oldest first
        name = f"[{host}]" if ":" in host else host
        self.authority = f"{name}:{self.server_port}"
        self.authorities = {self.authority.lower()}
        if self.server_port == 80:
            self.authorities.add(name.lower())

    def handle_error(self, request: Any, client_address: Any) -> None:
        _logger.debug("Sign-in listener: a connection failed", exc_info=True)

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # HTTPServer's would look the address up in DNS
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])

    def claim(self, params: dict[str, str]) -> bool:
        """Take `params` if they carry this login's state and none were taken before (the handler sets `arrived`
        once its answer is sent, so that closing the server cannot cut it)."""
        state = params.get("state", "")
        if not state or not self.expected_state:
            return False
        if not hmac.compare_digest(state.encode("utf-8", "replace"), self.expected_state.encode()):
            return False
        with self._lock:
            if self._claimed:
                return False
            self._claimed = True
            self.params = params
        return True

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            oldest = next(iter(self._connections)) if len(self._connections) >= _MAX_CONNECTIONS else None
            self._connections[request] = None
        if oldest is not None:  # full: the oldest (idle, most likely) makes room
            _cut(oldest)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Cut every open connection: no handler thread outlives the login."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            _cut(connection)


def _cut(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by its handler
        connection.shutdown(socket.SHUT_RDWR)


class _RedirectHandler(http.server.BaseHTTPRequestHandler):
    server: _RedirectServer
    timeout = _CONNECTION_TIMEOUT
    protocol_version = "HTTP/1.0"  # one request per connection

    def do_GET(self) -> None:
        hosts = self.headers.get_all("Host") or []
        if len(hosts) != 1 or hosts[0].strip().lower() not in self.server.authorities:
            self._answer(400, _NOT_THIS_LOGIN)
            return
        target = urlsplit(self.path)
        if target.path != self.server.redirect_path:
            self._answer(404, "Not found.")
            return
        fields = parse_qs(target.query, keep_blank_values=True)
        if any(len(values) > 1 for values in fields.values()):  # RFC 6749 section 3.1: no repeated parameters
            self._answer(400, _NOT_THIS_LOGIN)
            return
        params = {name: values[0] for name, values in fields.items()}
        if not self.server.claim(params):
            _logger.debug("Ignored a request to the sign-in redirect without this login's state")
            self._answer(400, _NOT_THIS_LOGIN)
            return
        try:
            self._answer(200, _DONE)
            self.wfile.flush()
        finally:
            self.server.arrived.set()

    def _answer(self, status: int, text: str) -> None:
        body = _PAGE.format(text).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", "default-src 'none'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the request line carries the authorization code: never print it


def loopback_login(
    oauth_client: OAuth2Client,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    port: int = 0,
    timeout: float = 300,
    scope: str = DEFAULT_SCOPE,
    host: str = "127.0.0.1",
    path: str = "/",
) -> OAuth2Token:
    """Sign the user in through their browser and return the tokens.

    The redirect URI is `http://{host}:{port}{path}`; register it as the application's callback URL on
    Figshare (with a fixed `port`, since port 0 picks a free one each time). The client's PKCE setting
    applies (`OAuth2Client(..., pkce=False)` turns it off).

    Args:
        oauth_client: the application's OAuth client (its `redirect_uri` is not used).
        open_browser: opens a URL in the user's browser; when it returns False or raises, the URL is printed
            to standard error instead.
        port: local port to listen on (0: any free port).
        timeout: seconds to wait for the user to finish signing in; always holds, whatever else connects.
        scope: the scope to ask for.
        host: the loopback address to listen on: `127.0.0.1` (default), another 127.x.y.z, `::1`, or
            `localhost` (listens on 127.0.0.1; RFC 8252 advises an IP literal).
        path: the path of the redirect URI: starts with `/`, only URL path characters.

    Raises:
        figshare.InvalidArgumentError: `host` is not a loopback address, `path` not a plain path, `port` not in
            0-65535, or `timeout` not a positive number (a `ValueError`).
        figshare.InvalidArgumentTypeError: an argument has the wrong type (a `TypeError`).
        OAuthAuthorizationError: no redirect with this login's state in time (`timeout`), or the user or
            Figshare denied access (`access_denied`, ...).
        OAuthError: Figshare refused to exchange the code.
    """
    instance_of(oauth_client, OAuth2Client, "oauth_client", "an OAuth2Client")
    optional_callable(open_browser, "open_browser")  # None: the URL is printed
    bind_address = loopback_bind_address(host)
    check_redirect_path(path)
    whole_number(port, "port", minimum=0, maximum=65535)
    deadline = time.monotonic() + seconds(timeout, "timeout")
    server = _RedirectServer(bind_address, port, host=host.strip("[]"), path=path)
    redirect_uri = f"http://{server.authority}{path}"
    url, state = oauth_client.authorization_url(scope=scope, redirect_uri=redirect_uri)
    server.expected_state = state
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        _logger.debug("Waiting for the Figshare sign-in redirect on %s", redirect_uri)
        _show(url, open_browser)
        if not server.arrived.wait(max(0.0, deadline - time.monotonic())):
            raise OAuthAuthorizationError(
                f"No sign-in redirect from Figshare arrived within {timeout:g} s", error="timeout"
            )
    finally:
        server.shutdown()
        server.server_close()
        server.close_connections()
        thread.join()
    params = server.params
    if "error" in params:
        description = params.get("error_description")
        raise OAuthAuthorizationError.from_redirect(
            params["error"][:100], description[:_MAX_DESCRIPTION] if description is not None else None
        )
    return oauth_client.exchange_code(params.get("code", ""), params["state"], state, redirect_uri=redirect_uri)


def _show(url: str, open_browser: Callable[[str], object]) -> None:
    try:
        opened = open_browser(url)
    except Exception as error:  # webbrowser.Error, a missing display, ...
        _logger.debug("Could not open a browser: %s", type(error).__name__)
        opened = False
    if opened is False:
        print(f"Open this address in a browser to sign in to Figshare:\n{url}", file=sys.stderr)
