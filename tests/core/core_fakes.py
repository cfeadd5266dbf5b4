"""Fakes for the core tests: clocks and sleeps that never wait, and a recording mock transport."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field

import httpx

API = "https://api.figshare.com/v2"


@dataclass
class FakeClock:
    """A clock that only moves when told to (or when a fake sleep sleeps)."""

    now: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds


@dataclass
class SleepRecorder:
    """Records requested sleeps instead of sleeping; optionally advances a fake clock."""

    clock: FakeClock | None = None
    delays: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.delays.append(seconds)
        if self.clock is not None:
            self.clock.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A MockTransport handler that answers from a list (the last answer repeats) and keeps the requests."""

    answers: list[httpx.Response | Exception | Handler]
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return answer(request)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))


class ChunkStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that arrives in chunks (so the response is really streamed)."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


CLIENT_ID = "client-id-1"
CLIENT_SECRET = "client-secret-1"


@dataclass
class FakeFigshare:
    """A MockTransport handler acting as Figshare's token endpoint and one protected API endpoint.

    Issues `acc-N` / `ref-N` token pairs; `GET /v2/account` answers 200 only for the latest access token.
    """

    valid_codes: set[str] = field(default_factory=lambda: {"good-code"})
    issued: int = 0
    refresh_tokens: set[str] = field(default_factory=set)
    current_access: str | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    before_account_answer: Callable[[], None] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if request.url.path == "/v2/token" and request.method == "POST":
            return self._token(dict(httpx.QueryParams(request.content.decode())))
        if request.url.path == "/v2/token":
            return self._token_info(request)
        if request.url.path == "/v2/account":
            if self.before_account_answer is not None:
                self.before_account_answer()
            if request.headers.get("Authorization") == f"token {self.current_access}":
                return httpx.Response(200, json={"id": 1})
            return httpx.Response(401, json={"message": "Invalid token", "code": "InvalidToken"})
        return httpx.Response(404, json={"message": "no such endpoint"})

    def issue(self) -> dict[str, object]:
        self.issued += 1
        access, refresh = f"acc-{self.issued}", f"ref-{self.issued}"
        self.current_access = access
        self.refresh_tokens.add(refresh)
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": 3600,
            "refresh_token": refresh,
            "scope": "all",
        }

    def _token(self, form: dict[str, str]) -> httpx.Response:
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return _oauth_error("invalid_client", "Unknown client")
        grant = form.get("grant_type")
        if grant == "authorization_code":
            if form.get("code") not in self.valid_codes:
                return _oauth_error("invalid_grant", "Code expired or already used")
            self.valid_codes.discard(form["code"])
            return httpx.Response(200, json=self.issue())
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return _oauth_error("invalid_grant", "Refresh token revoked")
            self.refresh_tokens.discard(form["refresh_token"])
            return httpx.Response(200, json=self.issue())
        if grant == "password":
            if (form.get("username"), form.get("password")) != ("me@example.org", "pw-1"):
                return _oauth_error("invalid_grant", "Wrong credentials")
            return httpx.Response(200, json=self.issue())
        return _oauth_error("unsupported_grant_type", None)

    def _token_info(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") != f"token {self.current_access}":
            return httpx.Response(403, json={"message": "Forbidden", "code": "Forbidden"})
        return httpx.Response(
            200,
            json={
                "token_type": "bearer",
                "token": self.current_access,
                "access_token": self.current_access,
                "refresh_token": None,
                "scope": "all",
                "expires_in": 0,
            },
        )

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))


def _oauth_error(error: str, description: str | None) -> httpx.Response:
    body = {"error": error}
    if description:
        body["error_description"] = description
    return httpx.Response(400, json=body)
