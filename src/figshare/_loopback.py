"""Sign in from a desktop program: catch Figshare's OAuth redirect on a local port.

`loopback_login` starts a small HTTP server on 127.0.0.1, opens the user's browser at Figshare's
authorization page with the redirect pointed at that server, waits for the browser to come back with the
authorization code, checks the state and exchanges the code for tokens (RFC 8252 "loopback redirect").
"""

from __future__ import annotations

import http.server
import logging
import sys
import threading
import webbrowser
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from figshare._oauth import DEFAULT_SCOPE, OAuth2Client
from figshare._oauth_token import OAuth2Token
from figshare.errors import OAuthAuthorizationError

__all__ = ["loopback_login"]

_logger = logging.getLogger("figshare")

_DONE_PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Figshare sign-in</title></head>"
    b"<body><p>Figshare sign-in finished. You can close this tab and return to the program.</p></body></html>"
)


class _RedirectServer(http.server.HTTPServer):
    """An HTTP server that keeps the query of the first redirect it receives on `path`."""

    def __init__(self, host: str, port: int, path: str) -> None:
        super().__init__((host, port), _RedirectHandler)
        self.redirect_path = path
        self.params: dict[str, str] = {}
        self.arrived = threading.Event()


class _RedirectHandler(http.server.BaseHTTPRequestHandler):
    server: _RedirectServer

    def do_GET(self) -> None:
        target = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(target.query).items()}
        is_redirect = target.path == self.server.redirect_path and ("code" in query or "error" in query)
        if not is_redirect or self.server.arrived.is_set():
            self.send_error(404)
            return
        self.server.params = query
        self.server.arrived.set()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(_DONE_PAGE)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(_DONE_PAGE)

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
    Figshare (with a fixed `port`, since port 0 picks a free one each time).

    Args:
        oauth_client: the application's OAuth client (its `redirect_uri` is not used).
        open_browser: opens a URL in the user's browser; when it returns False the URL is printed instead.
        port: local port to listen on (0: any free port).
        timeout: seconds to wait for the user to finish signing in.
        scope: the scope to ask for.
        host: the loopback address to listen on.
        path: the path of the redirect URI.

    Raises:
        OAuthAuthorizationError: no redirect in time, the user denied access, or the state does not match.
        OAuthError: Figshare refused to exchange the code.
    """
    server = _RedirectServer(host, port, path)
    redirect_uri = f"http://{host}:{server.server_port}{path}"
    url, state = oauth_client.authorization_url(scope=scope, redirect_uri=redirect_uri)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        _logger.debug("Waiting for the Figshare sign-in redirect on %s", redirect_uri)
        if open_browser(url) is False:
            print(f"Open this address in a browser to sign in to Figshare:\n{url}", file=sys.stderr)
        if not server.arrived.wait(timeout):
            raise OAuthAuthorizationError(
                f"No sign-in redirect from Figshare arrived within {timeout:g} s", error="timeout"
            )
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    params = server.params
    if "error" in params:
        raise OAuthAuthorizationError.from_redirect(params["error"], params.get("error_description"))
    return oauth_client.exchange_code(params.get("code", ""), params.get("state", ""), state, redirect_uri=redirect_uri)
