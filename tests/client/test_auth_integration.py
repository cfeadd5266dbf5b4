"""Credentials through the client: the staging host, and OAuth2 tokens refreshed on a 401."""

from __future__ import annotations

import httpx
import pytest

from figshare import STAGING_BASE_URL, Figshare, MemoryTokenStore, OAuth2Auth, OAuth2Client, OAuth2Token
from figshare.auth import TokenAuth
from figshare.errors import InvalidArgumentError
from tests.client.client_fakes import RecordingAPI


def test_staging_host_gets_the_token_and_the_requests() -> None:
    api = RecordingAPI(lambda request: httpx.Response(200, json={"id": 1}))
    with Figshare(
        token="t", base_url=STAGING_BASE_URL, rate_limit=None, http_client=httpx.Client(transport=api.transport())
    ) as client:
        client.articles.details(1)
        client.v3.items.details(2)
    assert [str(request.url) for request in api.requests] == [
        "https://api.figsh.com/v2/articles/1",
        "https://api.figsh.com/v3/items/2",
    ]
    assert all(request.headers["authorization"] == "token t" for request in api.requests)


def test_expired_oauth_token_is_refreshed_once_and_saved() -> None:
    seen: list[tuple[str, str | None]] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers.get("authorization")))
        if request.url.path == "/v2/token":
            assert b"grant_type=refresh_token" in request.content or b'"refresh_token"' in request.content
            return httpx.Response(200, json={"access_token": "fresh", "token_type": "bearer", "refresh_token": "r2"})
        if request.headers["authorization"] == "token stale":
            return httpx.Response(401, json={"message": "Token expired", "code": "OAuthInvalidToken"})
        return httpx.Response(200, json={"id": 1, "title": "T"})

    recording = RecordingAPI(api)
    http_client = httpx.Client(transport=recording.transport())
    store = MemoryTokenStore()
    oauth = OAuth2Client("client-id", "client-secret", http_client=http_client)
    auth = OAuth2Auth(oauth, OAuth2Token.from_response({"access_token": "stale", "refresh_token": "r1"}), store=store)
    with Figshare(auth=auth, rate_limit=None, http_client=http_client) as client:
        assert client.articles.details(1).title == "T"
    assert seen[0] == ("/v2/articles/1", "token stale")
    assert seen[1][0] == "/v2/token"
    assert seen[2] == ("/v2/articles/1", "token fresh")
    assert len(seen) == 3
    saved = store.load()
    assert saved is not None and saved.access_token.get_secret_value() == "fresh"


def test_an_auth_that_would_send_no_credentials_to_the_api_root_is_refused() -> None:
    oauth = OAuth2Client("client-id", "client-secret")  # its base_url is production: it trusts Figshare's hosts
    auth = OAuth2Auth(oauth, OAuth2Token.from_response({"access_token": "canary-access-token"}))
    with pytest.raises(InvalidArgumentError, match=r"my-figshare\.example") as raised:
        Figshare(auth=auth, base_url="https://my-figshare.example/v2")
    assert raised.value.argument == "auth" and "canary-access-token" not in str(raised.value)
    with pytest.raises(InvalidArgumentError):
        Figshare(auth=TokenAuth("canary"), base_url="https://my-figshare.example/v2")
    # the same auth told to trust that host is accepted, and Figshare's own hosts need nothing more
    token = auth.token
    trusting = OAuth2Auth(oauth, token, trusted_hosts=["my-figshare.example"])
    Figshare(auth=trusting, base_url="https://my-figshare.example/v2")
    Figshare(auth=auth, base_url=STAGING_BASE_URL)
    custom = OAuth2Client("client-id", "client-secret", base_url="https://my-figshare.example/v2")
    Figshare(auth=OAuth2Auth(custom, token), base_url="https://my-figshare.example/v2")


def test_auth_wins_over_the_token_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIGSHARE_TOKEN", "personal-token-from-the-environment")
    seen: list[str | None] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200, json={"id": 1})

    http_client = httpx.Client(transport=RecordingAPI(api).transport())
    auth = OAuth2Auth(OAuth2Client("id", "secret"), OAuth2Token.from_response({"access_token": "oauth-token"}))
    with Figshare(auth=auth, rate_limit=None, http_client=http_client) as client:
        client.articles.details(1)
    assert seen == ["token oauth-token"]
    with pytest.raises(ValueError, match="not both"):
        Figshare(token="explicit", auth=auth)
