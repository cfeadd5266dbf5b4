"""Fakes for the command-line tests: a programmable Figshare API, an in-memory keyring, and a runner.

``FakeAPI`` answers ``httpx`` requests from routes (method + path pattern) and records every request, so a
test asserts both what the command printed and exactly what it sent. ``make_services`` wires the command's
factories to it; ``invoke`` runs the command through Typer's runner with a given stdin.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from typer.testing import CliRunner, Result

from figshare._client import Figshare
from figshare._retry import RetryPolicy
from figshare.auth import OAuth2Client
from figshare.cli._app import app
from figshare.cli._services import ClientSettings, OAuthSettings, Services

API = "https://api.figshare.com/v2"
Responder = Callable[[httpx.Request], httpx.Response]


@dataclass
class FakeAPI:
    """Routes ``(METHOD, path regex)`` to answers; unknown requests get Figshare's JSON 404."""

    routes: list[tuple[str, re.Pattern[str], Responder]] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def on(self, method: str, path: str, answer: Responder | Any = None, *, status: int = 200, **headers: str) -> None:
        """Answer ``method path`` (``path`` a regex over the URL path) with JSON ``answer`` or a responder."""
        if callable(answer):
            responder = answer
        else:

            def responder(request: httpx.Request) -> httpx.Response:
                if answer is None:
                    return httpx.Response(status, headers=headers)
                return httpx.Response(status, json=answer, headers=headers)

        self.routes.insert(0, (method, re.compile(path), responder))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        for method, pattern, responder in self.routes:
            if request.method == method and pattern.fullmatch(request.url.path):
                return responder(request)
        return httpx.Response(404, json={"message": "Entity not found", "code": "EntityNotFound"})

    def sent(self, method: str | None = None) -> list[httpx.Request]:
        return [request for request in self.requests if method is None or request.method == method]

    def json_of(self, request: httpx.Request) -> Any:
        return json.loads(request.content)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self), follow_redirects=True)


class MemoryKeyring:
    """A keyring backend kept in a dict; ``broken`` makes every call fail like a locked keyring."""

    def __init__(self, *, broken: bool = False) -> None:
        self.passwords: dict[tuple[str, str], str] = {}
        self.broken = broken

    def _check(self) -> None:
        if self.broken:
            raise RuntimeError("the keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        del self.passwords[(service, username)]


def quiet_figshare(api: Callable[[httpx.Request], httpx.Response]) -> Callable[[ClientSettings], Figshare]:
    """A client factory sending through ``api`` with no rate limit and no retries."""

    def make(settings: ClientSettings) -> Figshare:
        return Figshare(
            token=settings.token,
            base_url=settings.base_url,
            auth=settings.auth,
            http_client=httpx.Client(transport=httpx.MockTransport(api), follow_redirects=True),
            rate_limit=None,
            retry=RetryPolicy(max_retries=0),
        )

    return make


def make_services(
    tmp_path: Path,
    api: Callable[[httpx.Request], httpx.Response],
    *,
    keyring: MemoryKeyring | None = None,
    **overrides: Any,
) -> Services:
    """Services wired to ``api``, a config folder under ``tmp_path`` and ``keyring`` (None: file only)."""

    def oauth_client(settings: OAuthSettings) -> OAuth2Client:
        return OAuth2Client(
            settings.client_id,
            settings.client_secret,
            base_url=settings.base_url,
            authorize_url=settings.authorize_url,
            http_client=httpx.Client(transport=httpx.MockTransport(api)),
        )

    values: dict[str, Any] = {
        "config_dir": tmp_path / "config",
        "find_keyring": lambda: keyring,
        "make_client": quiet_figshare(api),
        "make_oauth_client": oauth_client,
        "open_browser": lambda url: False,
    }
    values.update(overrides)
    return Services(**values)


def invoke(services: Services, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    """Run ``figshare ARGS`` with ``services`` and return the runner's result (stdout and stderr apart)."""
    return CliRunner().invoke(app, list(args), obj=services, input=input, env=env, prog_name="figshare")


class FakeBrowser:
    """Plays the person signing in: follows the authorization URL's redirect back with a code."""

    def __init__(self, code: str = "the-code") -> None:
        self.code = code
        self.visited: list[str] = []

    def __call__(self, url: str) -> bool:
        self.visited.append(url)
        query = {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}
        redirect = query["redirect_uri"]
        with httpx.Client(trust_env=False) as browser:
            browser.get(f"{redirect}?{urlencode({'code': self.code, 'state': query['state']})}")
        return True


def account(**fields: Any) -> dict[str, Any]:
    """A ``GET /account`` answer."""
    return {
        "id": 1001,
        "user_id": 2002,
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.org",
        **fields,
    }


def article(item_id: int, title: str = "Caulobacter data", **fields: Any) -> dict[str, Any]:
    """A short article, as in lists."""
    return {
        "id": item_id,
        "title": title,
        "doi": f"10.6084/m9.figshare.{item_id}",
        "url": f"{API}/articles/{item_id}",
        "defined_type_name": "dataset",
        "published_date": "2024-05-01T10:00:00Z",
        **fields,
    }
