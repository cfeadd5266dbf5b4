"""A loopback stand-in for Figshare's OAuth 2.0 server and API, over real sockets on 127.0.0.1.

- `GET /account/applications/authorize`: "the user approves" (or denies) at once and is redirected (302) to
  the `redirect_uri` with `code` and `state`; the PKCE challenge is kept with the code.
- `POST /v2/token` (form or JSON): grants `authorization_code` (single use, `redirect_uri` and PKCE checked),
  `refresh_token` (optionally rotating, with reuse detection that revokes the whole grant, as RFC 6819
  section 5.2.2.3 and the OAuth 2.0 Security BCP advise) and `password`; every failure is a 400 with an
  RFC 6749 section 5.2 body, as Figshare does. It can be told to answer with a redirect, to echo the request
  in its error descriptions, or to treat PKCE parameters as Figshare might (verify, ignore, refuse).
- `GET /v2/token`: describes the token sent.
- `GET /v2/account`: 200 for a live access token, 401 otherwise.
- `GET /v2/elsewhere`: a 302 to `elsewhere_url` (another origin).

`Recorder` is a server that answers every request with a fixed status and keeps what it received (the
"other origin" of the redirect tests).
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "standin-client-7d1c"
CLIENT_SECRET = "standin-client-secret-5b9e2f41a7"
USERNAME = "ada@example.org"
PASSWORD = "standin-password-c3a9"


@dataclass
class Grant:
    """One user's consent: the live access tokens and the refresh tokens issued under it."""

    number: int
    access: dict[str, float] = field(default_factory=dict)  # token -> expiry (monotonic)
    refresh: set[str] = field(default_factory=set)
    used_refresh: set[str] = field(default_factory=set)
    revoked: bool = False


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        text = self.body.decode("utf-8", "replace")
        if text.lstrip().startswith("{"):
            return {key: str(value) for key, value in json.loads(text).items()}
        return {name: values[0] for name, values in parse_qs(text, keep_blank_values=True).items()}


class StandIn:
    """The state and behaviour of the stand-in (see the module docstring); thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.base = ""  # http://127.0.0.1:PORT, set when the server starts
        self.received: list[Received] = []
        self.grants: list[Grant] = []
        self.codes: dict[str, tuple[Grant, str | None, str | None, str | None]] = {}
        # knobs
        self.expires_in = 3600
        self.rotate_refresh_tokens = False
        self.detect_refresh_reuse = False
        self.refresh_delay = 0.0
        self.pkce = "verify"  # "verify": checks the verifier; "ignore": knows nothing of PKCE; "refuse": 400
        self.deny = False
        self.token_redirect_to: str | None = None
        self.echo_in_errors = False
        self.elsewhere_url = ""
        self._counter = 0

    # -- what the tests look at ----------------------------------------------------------------------------

    @property
    def api(self) -> str:
        return f"{self.base}/v2"

    @property
    def authorize_url(self) -> str:
        return f"{self.base}/account/applications/authorize"

    def token_requests(self, grant_type: str | None = None) -> list[Received]:
        with self.lock:
            posts = [r for r in self.received if r.method == "POST" and r.path == "/v2/token"]
        return [r for r in posts if grant_type is None or r.form.get("grant_type") == grant_type]

    def api_requests(self) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.path == "/v2/account"]

    def issue(self, *, expires_in: int | None = None) -> dict[str, Any]:
        """A fresh grant with one token pair, as if the user had signed in."""
        with self.lock:
            grant = Grant(len(self.grants) + 1)
            self.grants.append(grant)
            return self._pair(grant, expires_in)

    def expire_access_tokens(self) -> None:
        with self.lock:
            for grant in self.grants:
                grant.access.clear()

    # -- behaviour -----------------------------------------------------------------------------------------

    def _next(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}-{self._counter:04d}-{hashlib.sha256(str(self._counter).encode()).hexdigest()[:12]}"

    def _pair(self, grant: Grant, expires_in: int | None = None, *, new_refresh: bool = True) -> dict[str, Any]:
        lifetime = self.expires_in if expires_in is None else expires_in
        access = self._next("access")
        grant.access[access] = time.monotonic() + lifetime
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": lifetime,
            "scope": "all",
        }
        if new_refresh:
            refresh = self._next("refresh")
            grant.refresh.add(refresh)
            answer["refresh_token"] = refresh
        return answer

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        redirect = query.get("redirect_uri", "")
        state = query.get("state")
        if query.get("client_id") != CLIENT_ID or not redirect:
            return 400, {}, b"unknown client or no redirect_uri"
        if self.deny:
            params = {"error": "access_denied", "error_description": "The user refused"}
        else:
            with self.lock:
                grant = Grant(len(self.grants) + 1)
                self.grants.append(grant)
                code = self._next("code")
                self.codes[code] = (
                    grant,
                    redirect,
                    query.get("code_challenge"),
                    query.get("code_challenge_method"),
                )
            params = {"code": code}
        if state is not None:
            params["state"] = state
        return 302, {"Location": f"{redirect}?{urlencode(params)}"}, b""

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if self.token_redirect_to is not None:
            return 307, {"Location": self.token_redirect_to}
        if self.pkce == "refuse" and ("code_verifier" in form or "code_challenge" in form):
            return self._error("invalid_request", "unknown parameter code_verifier", form)
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return self._error("invalid_client", "Unknown client", form)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return self._code(form)
        if grant_type == "refresh_token":
            return self._refresh(form)
        if grant_type == "password":
            if (form.get("username"), form.get("password")) != (USERNAME, PASSWORD):
                return self._error("invalid_grant", "Wrong credentials", form)
            with self.lock:
                grant = Grant(len(self.grants) + 1)
                self.grants.append(grant)
                return 200, self._pair(grant)
        return self._error("unsupported_grant_type", None, form)

    def _code(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            found = self.codes.pop(form.get("code", ""), None)
        if found is None:
            return self._error("invalid_grant", "Code expired or already used", form)
        grant, redirect, challenge, method = found
        if form.get("redirect_uri") != redirect:
            return self._error("invalid_grant", "redirect_uri does not match", form)
        if self.pkce == "verify" and challenge is not None:
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if method != "S256" or not verifier or expected != challenge:
                return self._error("invalid_grant", "PKCE verification failed", form)
        with self.lock:
            return 200, self._pair(grant)

    def _refresh(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if self.refresh_delay:
            time.sleep(self.refresh_delay)  # widen the window in which other callers could refresh too
        token = form.get("refresh_token", "")
        with self.lock:
            grant = next((g for g in self.grants if token in g.refresh or token in g.used_refresh), None)
            if grant is None or grant.revoked:
                return self._error("invalid_grant", "Refresh token revoked", form)
            if token in grant.used_refresh:
                if self.detect_refresh_reuse:
                    grant.revoked = True  # a replayed refresh token: revoke the whole grant
                    grant.access.clear()
                    grant.refresh.clear()
                return self._error("invalid_grant", "Refresh token already used", form)
            if self.rotate_refresh_tokens:
                grant.refresh.discard(token)
                grant.used_refresh.add(token)
            grant.access.clear()
            return 200, self._pair(grant, new_refresh=self.rotate_refresh_tokens)

    def _error(self, error: str, description: str | None, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        body: dict[str, Any] = {"error": error}
        if self.echo_in_errors:
            description = f"{description or error}; you sent {json.dumps(form)} / {urlencode(form)}"
        if description:
            body["error_description"] = description
        return 400, body

    def live(self, authorization: str | None) -> bool:
        if not authorization or not authorization.startswith("token "):
            return False
        access = authorization[len("token ") :]
        with self.lock:
            return any(grant.access.get(access, 0) > time.monotonic() for grant in self.grants)

    def token_info(self, authorization: str | None) -> tuple[int, dict[str, Any]]:
        if not self.live(authorization):
            return 403, {"message": "Forbidden", "code": "Forbidden"}
        access = (authorization or "")[len("token ") :]
        return 200, {"token_type": "bearer", "access_token": access, "scope": "all", "expires_in": 0}


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def _receive(self) -> Received:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        target = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(target.query, keep_blank_values=True).items()}
        received = Received(self.command, target.path, query, dict(self.headers.items()), body)
        with self.server.standin.lock:
            self.server.standin.received.append(received)
        return received

    def do_GET(self) -> None:
        standin = self.server.standin
        request = self._receive()
        authorization = self.headers.get("Authorization")
        if request.path == "/account/applications/authorize":
            status, headers, body = standin.authorize(request.query)
            self._send(status, body, headers, "text/plain")
        elif request.path == "/v2/token":
            self._json(*standin.token_info(authorization))
        elif request.path == "/v2/account":
            if standin.live(authorization):
                self._json(200, {"id": 1001, "first_name": "Ada", "last_name": "Lovelace", "email": USERNAME})
            else:
                self._json(401, {"message": "Invalid or expired token", "code": "OAuthInvalidToken"})
        elif request.path == "/v2/elsewhere":
            self._send(302, b"", {"Location": standin.elsewhere_url}, "text/plain")
        else:
            self._json(404, {"message": "no such endpoint", "code": "EntityNotFound"})

    def do_POST(self) -> None:
        standin = self.server.standin
        request = self._receive()
        if request.path != "/v2/token":
            self._json(404, {"message": "no such endpoint", "code": "EntityNotFound"})
            return
        status, document = standin.token(request.form)
        if status == 307:
            self._send(307, b"", {"Location": document["Location"]}, "text/plain")
        else:
            self._json(status, document)

    def _json(self, status: int, document: dict[str, Any]) -> None:
        self._send(status, json.dumps(document).encode(), {}, "application/json")

    def _send(self, status: int, body: bytes, headers: dict[str, str], content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Quiet(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up (the tests' idle and cut connections) is no news


class _Server(_Quiet):
    def __init__(self, standin: StandIn) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.standin = standin


class Recorder:
    """Another origin: answers every request with `status` and keeps what it received."""

    def __init__(self, status: int = 200, document: dict[str, Any] | None = None) -> None:
        self.status = status
        self.document = document if document is not None else {"access_token": "planted-by-another-origin"}
        self.received: list[Received] = []
        self.base = ""


class _RecorderHandler(http.server.BaseHTTPRequestHandler):
    server: _RecorderServer
    protocol_version = "HTTP/1.1"

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        target = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(target.query).items()}
        self.server.recorder.received.append(Received(self.command, target.path, query, dict(self.headers), body))
        content = json.dumps(self.server.recorder.document).encode()
        self.send_response(self.server.recorder.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _RecorderServer(_Quiet):
    def __init__(self, recorder: Recorder) -> None:
        super().__init__(("127.0.0.1", 0), _RecorderHandler)
        self.recorder = recorder


@contextmanager
def serving(server: http.server.HTTPServer) -> Iterator[str]:
    """Run `server` in a thread; yield its `http://127.0.0.1:PORT` base; stop it afterwards."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def running_standin() -> Iterator[StandIn]:
    standin = StandIn()
    with serving(_Server(standin)) as base:
        standin.base = base
        yield standin


@contextmanager
def running_recorder(status: int = 200) -> Iterator[Recorder]:
    recorder = Recorder(status)
    with serving(_RecorderServer(recorder)) as base:
        recorder.base = base
        yield recorder
