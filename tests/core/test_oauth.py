"""OAuth 2.0: authorization URL, code exchange, refresh, token info, OAuth2Auth, token stores."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from figshare._secrets import Secret
from figshare.auth import (
    AsyncOAuth2Client,
    FileTokenStore,
    MemoryTokenStore,
    OAuth2Auth,
    OAuth2Client,
    OAuth2Token,
    TokenStore,
)
from figshare.errors import (
    InternalServerError,
    OAuthAuthorizationError,
    OAuthError,
    PermissionDeniedError,
    ResponseParseError,
    TokenStoreError,
)
from tests.core.core_fakes import API, CLIENT_ID, CLIENT_SECRET, ChunkStream, FakeFigshare, Recorder

REDIRECT = "https://app.example.org/callback"
NOW = 1_700_000_000.0


def oauth_client(fake: FakeFigshare | Recorder) -> OAuth2Client:
    return OAuth2Client(CLIENT_ID, CLIENT_SECRET, REDIRECT, http_client=fake.client(), clock=lambda: NOW)


def async_oauth_client(fake: FakeFigshare | Recorder) -> AsyncOAuth2Client:
    return AsyncOAuth2Client(CLIENT_ID, CLIENT_SECRET, REDIRECT, http_client=fake.async_client(), clock=lambda: NOW)


def form_of(request: httpx.Request) -> dict[str, str]:
    return dict(httpx.QueryParams(request.content.decode()))


# --- authorization URL and code exchange ----------------------------------------------------------------


def test_authorization_url() -> None:
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, REDIRECT)
    url, state = oauth.authorization_url()
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://figshare.com/account/applications/authorize"
    query = {name: values[0] for name, values in parse_qs(parts.query).items()}
    challenge = query.pop("code_challenge")
    assert query == {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "scope": "all",
        "state": state,
        "redirect_uri": REDIRECT,
        "code_challenge_method": "S256",
    }
    assert len(challenge) == 43  # base64url of a SHA-256 digest, unpadded
    assert len(state) >= 40
    assert oauth.authorization_url()[1] != state
    assert CLIENT_SECRET not in url


def test_authorization_url_options() -> None:
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, authorize_url="https://figsh.com/account/applications/authorize")
    url, state = oauth.authorization_url(state="fixed", redirect_uri="http://127.0.0.1:9/")
    assert state == "fixed"
    assert url.startswith("https://figsh.com/account/applications/authorize?")
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2F" in url
    url, _ = oauth.authorization_url()
    assert "redirect_uri" not in url


def test_exchange_code() -> None:
    fake = FakeFigshare()
    token = oauth_client(fake).exchange_code("good-code", "s1", "s1")
    assert token.access_token.get_secret_value() == "acc-1"
    assert token.refresh_token == Secret("ref-1")
    assert (token.token_type, token.expires_in, token.scope) == ("bearer", 3600, "all")
    assert token.obtained_at == NOW
    assert token.expires_at == NOW + 3600
    (request,) = fake.requests
    assert request.method == "POST"
    assert str(request.url) == f"{API}/token"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert "Authorization" not in request.headers
    assert form_of(request) == {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "authorization_code",
        "code": "good-code",
        "redirect_uri": REDIRECT,
    }


@pytest.mark.parametrize(("state", "expected"), [("other", "mine"), ("", ""), ("mine", ""), ("", "mine")])
def test_state_mismatch_fails_before_any_request(state: str, expected: str) -> None:
    fake = FakeFigshare()
    with pytest.raises(OAuthAuthorizationError) as caught:
        oauth_client(fake).exchange_code("good-code", state, expected)
    assert caught.value.error == "state_mismatch"
    assert "does not match" in str(caught.value)
    assert fake.requests == []


def test_missing_code_fails_before_any_request() -> None:
    fake = FakeFigshare()
    with pytest.raises(OAuthAuthorizationError) as caught:
        oauth_client(fake).exchange_code("", "s", "s")
    assert caught.value.error == "missing_code"
    assert fake.requests == []


def test_used_code_is_an_oauth_error_and_not_retried() -> None:
    fake = FakeFigshare()
    with pytest.raises(OAuthError) as caught:
        oauth_client(fake).exchange_code("used-code", "s", "s")
    error = caught.value
    assert error.error == "invalid_grant"
    assert error.error_description == "Code expired or already used"
    assert "sign in again" in str(error)
    assert error.url == f"{API}/token"
    assert len(fake.requests) == 1


def test_wrong_client_secret() -> None:
    fake = FakeFigshare()
    oauth = OAuth2Client(CLIENT_ID, "wrong-secret", http_client=fake.client())
    with pytest.raises(OAuthError) as caught:
        oauth.exchange_code("good-code", "s", "s")
    assert caught.value.error == "invalid_client"
    assert "wrong-secret" not in str(caught.value) + repr(caught.value)


def test_refresh_and_password_grants() -> None:
    fake = FakeFigshare()
    oauth = oauth_client(fake)
    first = oauth.exchange_code("good-code", "s", "s")
    assert first.refresh_token is not None
    second = oauth.refresh(first.refresh_token)
    assert second.access_token.get_secret_value() == "acc-2"
    assert form_of(fake.requests[-1])["grant_type"] == "refresh_token"
    with pytest.raises(OAuthError, match="invalid_grant"):
        oauth.refresh("ref-1")  # already used
    third = oauth.password_grant("me@example.org", Secret("pw-1"))
    assert third.access_token.get_secret_value() == "acc-3"
    assert form_of(fake.requests[-1])["password"] == "pw-1"


def test_token_info() -> None:
    fake = FakeFigshare()
    oauth = oauth_client(fake)
    token = oauth.exchange_code("good-code", "s", "s")
    info = oauth.token_info(token.access_token)
    assert info.access_token == token.access_token
    assert info.expires_in == 0
    assert info.expires_at is None
    assert info.refresh_token is None
    request = fake.requests[-1]
    assert (request.method, str(request.url)) == ("GET", f"{API}/token")
    assert request.headers["Authorization"] == "token acc-1"
    with pytest.raises(PermissionDeniedError):
        oauth.token_info("stale")


def test_token_info_reads_the_real_response_shape(corpus_dir: Path) -> None:
    body = (corpus_dir / "rest" / "deposits__GET_token.json").read_bytes()
    recorder = Recorder([httpx.Response(200, content=body, headers={"Content-Type": "application/json"})])
    info = oauth_client(recorder).token_info("anything")
    assert info.access_token.get_secret_value() == "<redacted>"
    assert (info.token_type, info.scope, info.refresh_token) == ("bearer", "all", None)


@pytest.mark.parametrize(
    ("answer", "error_class", "text"),
    [
        (httpx.Response(500, json={"message": "boom"}), InternalServerError, "boom"),
        (httpx.Response(200, content=b"<html>login</html>"), ResponseParseError, "got HTML"),
        (httpx.Response(200, json={"token_type": "bearer"}), ResponseParseError, "no access_token"),
        (httpx.Response(200, json=["x"]), ResponseParseError, "JSON object"),
        (httpx.Response(400, content=b""), OAuthError, "empty body"),
    ],
)
def test_bad_token_endpoint_answers(answer: httpx.Response, error_class: type[Exception], text: str) -> None:
    recorder = Recorder([answer])
    with pytest.raises(error_class, match=text):
        oauth_client(recorder).exchange_code("c", "s", "s")
    assert len(recorder.requests) == 1


def test_oauth_client_repr_masks_the_secret_and_close_keeps_callers_client() -> None:
    fake = FakeFigshare()
    client = fake.client()
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=client)
    assert CLIENT_SECRET not in repr(oauth)
    assert CLIENT_ID in repr(oauth)
    with oauth:
        pass
    assert not client.is_closed
    owned = OAuth2Client(CLIENT_ID, CLIENT_SECRET)
    owned.close()
    with pytest.raises(ValueError):
        OAuth2Client("", CLIENT_SECRET)


async def test_async_oauth_client() -> None:
    fake = FakeFigshare()
    async with async_oauth_client(fake) as oauth:
        token = await oauth.exchange_code("good-code", "s", "s")
        assert token.refresh_token is not None
        renewed = await oauth.refresh(token.refresh_token)
        assert renewed.access_token.get_secret_value() == "acc-2"
        info = await oauth.token_info(renewed.access_token)
        assert info.access_token == renewed.access_token
        by_password = await oauth.password_grant("me@example.org", "pw-1")
        assert by_password.access_token.get_secret_value() == "acc-3"
        with pytest.raises(OAuthError, match="invalid_grant"):
            await oauth.exchange_code("good-code", "s", "s")
        with pytest.raises(OAuthAuthorizationError):
            await oauth.exchange_code("good-code", "s", "t")


# --- OAuth2Auth -----------------------------------------------------------------------------------------


def signed_in(fake: FakeFigshare) -> tuple[OAuth2Client, OAuth2Token]:
    oauth = oauth_client(fake)
    return oauth, oauth.exchange_code("good-code", "s", "s")


def test_oauth2auth_sends_the_token() -> None:
    fake = FakeFigshare()
    oauth, token = signed_in(fake)
    with httpx.Client(transport=httpx.MockTransport(fake), auth=OAuth2Auth(oauth, token)) as client:
        assert client.get(f"{API}/account").status_code == 200
    assert fake.requests[-1].headers["Authorization"] == "token acc-1"


def test_oauth2auth_refreshes_once_on_401_and_saves() -> None:
    fake = FakeFigshare()
    oauth, token = signed_in(fake)
    fake.issue()  # the server moved on: acc-1 is no longer valid
    store = MemoryTokenStore()
    auth = OAuth2Auth(oauth, token, store=store)
    fake.requests.clear()
    with httpx.Client(transport=httpx.MockTransport(fake), auth=auth) as client:
        response = client.get(f"{API}/account")
        assert response.status_code == 200
        assert [(r.method, r.url.path) for r in fake.requests] == [
            ("GET", "/v2/account"),
            ("POST", "/v2/token"),
            ("GET", "/v2/account"),
        ]
        assert form_of(fake.requests[1])["refresh_token"] == "ref-1"
        assert auth.token.access_token.get_secret_value() == "acc-3"
        saved = store.load()
        assert saved is not None
        assert saved.access_token.get_secret_value() == "acc-3"
        fake.requests.clear()
        assert client.get(f"{API}/account").status_code == 200
        assert len(fake.requests) == 1  # the renewed token is used directly


def test_oauth2auth_keeps_the_refresh_token_when_none_is_returned() -> None:
    refreshed = httpx.Response(200, json={"access_token": "acc-new", "token_type": "bearer"})
    answers = [httpx.Response(401), refreshed, httpx.Response(200)]
    recorder = Recorder(answers)  # type: ignore[arg-type]
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=recorder.client())
    token = OAuth2Token(Secret("acc-old"), refresh_token=Secret("ref-keep"))
    auth = OAuth2Auth(oauth, token)
    with httpx.Client(transport=httpx.MockTransport(recorder), auth=auth) as client:
        client.get(f"{API}/account")
    assert auth.token.access_token == Secret("acc-new")
    assert auth.token.refresh_token == Secret("ref-keep")


def test_oauth2auth_refresh_refused_raises_oauth_error() -> None:
    fake = FakeFigshare()
    oauth, token = signed_in(fake)
    fake.issue()
    fake.refresh_tokens.clear()  # the refresh token was revoked
    with (
        httpx.Client(transport=httpx.MockTransport(fake), auth=OAuth2Auth(oauth, token)) as client,
        pytest.raises(OAuthError) as caught,
    ):
        client.get(f"{API}/account")
    assert caught.value.error == "invalid_grant"


def test_oauth2auth_without_refresh_token_lets_the_401_through() -> None:
    fake = FakeFigshare()
    oauth, _ = signed_in(fake)
    auth = OAuth2Auth(oauth, OAuth2Token(Secret("stale")))
    with httpx.Client(transport=httpx.MockTransport(fake), auth=auth) as client:
        assert client.get(f"{API}/account").status_code == 401


def test_oauth2auth_uses_a_token_renewed_meanwhile_instead_of_refreshing_again() -> None:
    fake = FakeFigshare()
    oauth, token = signed_in(fake)
    auth = OAuth2Auth(oauth, token)
    renewed = OAuth2Token.from_response(fake.issue())

    def another_thread_refreshes() -> None:  # runs while the first request is in flight
        fake.before_account_answer = None
        with auth._lock:
            auth._token = renewed

    fake.before_account_answer = another_thread_refreshes
    fake.requests.clear()
    with httpx.Client(transport=httpx.MockTransport(fake), auth=auth) as client:
        assert client.get(f"{API}/account").status_code == 200
    assert [r.method for r in fake.requests] == ["GET", "GET"]
    assert fake.requests[1].headers["Authorization"] == "token acc-2"


def test_oauth2auth_only_for_trusted_hosts() -> None:
    fake = FakeFigshare()
    oauth, token = signed_in(fake)
    recorder = Recorder([httpx.Response(401)])
    with httpx.Client(transport=httpx.MockTransport(recorder), auth=OAuth2Auth(oauth, token)) as client:
        assert client.get("https://storage.example/file").status_code == 401
    assert "Authorization" not in recorder.requests[0].headers
    assert len(recorder.requests) == 1


def test_oauth2auth_keeps_downloads_streamed() -> None:
    fake = FakeFigshare()
    oauth, token = signed_in(fake)
    recorder = Recorder([lambda request: httpx.Response(200, stream=ChunkStream(b"a", b"b"))])
    client = httpx.Client(transport=httpx.MockTransport(recorder), auth=OAuth2Auth(oauth, token))
    with client, client.stream("GET", f"{API}/file/download/1") as response:
        assert not response.is_stream_consumed
        assert response.read() == b"ab"


async def test_oauth2auth_async_refresh() -> None:
    fake = FakeFigshare()
    oauth = async_oauth_client(fake)
    token = await oauth.exchange_code("good-code", "s", "s")
    fake.issue()
    auth = OAuth2Auth(oauth, token)
    async with httpx.AsyncClient(transport=httpx.MockTransport(fake), auth=auth) as client:
        response = await client.get(f"{API}/account")
    assert response.status_code == 200
    assert auth.token.access_token == Secret("acc-3")


def test_oauth2auth_loads_from_store_or_refuses() -> None:
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET)
    token = OAuth2Token(Secret("acc-9"))
    assert OAuth2Auth(oauth, store=MemoryTokenStore(token)).token is token
    with pytest.raises(ValueError, match="sign in first"):
        OAuth2Auth(oauth, store=MemoryTokenStore())
    with pytest.raises(ValueError):
        OAuth2Auth(oauth)


def test_reprs_mask_every_secret() -> None:
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET)
    token = OAuth2Token(Secret("acc-secret"), refresh_token=Secret("ref-secret"))
    auth = OAuth2Auth(oauth, token, store=MemoryTokenStore(token))
    shown = repr(auth) + repr(token) + str(token) + repr(oauth) + repr(MemoryTokenStore(token))
    for secret in ("acc-secret", "ref-secret", CLIENT_SECRET):
        assert secret not in shown


# --- tokens and stores ----------------------------------------------------------------------------------


def test_token_round_trip_and_variants() -> None:
    token = OAuth2Token.from_response(
        {"token": "only-token-key", "expires_in": "60", "refresh_token": None}, obtained_at=10.0
    )
    assert token.access_token.get_secret_value() == "only-token-key"
    assert token.expires_at == 70.0
    assert OAuth2Token.from_dict(token.to_dict()) == token
    assert OAuth2Token.from_dict({"access_token": "a"}).obtained_at is None
    with pytest.raises(ValueError):
        OAuth2Token.from_response({"access_token": ""})
    assert OAuth2Token.from_response({"access_token": "a", "expires_in": True}).expires_in is None


def test_memory_store_is_a_token_store() -> None:
    store = MemoryTokenStore()
    assert isinstance(store, TokenStore)
    assert store.load() is None


def test_file_store_round_trip_with_private_mode(tmp_path: Path) -> None:
    path = tmp_path / "config" / "figshare-token.json"
    store = FileTokenStore(path)
    assert isinstance(store, TokenStore)
    assert store.load() is None
    token = OAuth2Token(Secret("acc-1"), expires_in=10, refresh_token=Secret("ref-1"), obtained_at=5.0)
    store.save(token)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.load() == token
    assert json.loads(path.read_text())["refresh_token"] == "ref-1"
    assert "acc-1" not in repr(store)


def test_file_store_replaces_atomically_and_tightens_mode(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text("{}")
    os.chmod(path, 0o644)
    store = FileTokenStore(path)
    store.save(OAuth2Token(Secret("acc-2")))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]  # no temporary file left


@pytest.mark.parametrize("content", ["not json", "[1]", '{"token_type": "bearer"}'])
def test_file_store_corrupt_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "token.json"
    path.write_text(content)
    path.chmod(0o600)
    with pytest.raises(TokenStoreError, match="delete it and sign in again") as caught:
        FileTokenStore(path).load()
    assert caught.value.location == str(path)


def test_file_store_unwritable_location(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(TokenStoreError, match="cannot write"):
        FileTokenStore(blocker / "token.json").save(OAuth2Token(Secret("a")))


def test_file_store_failed_replace_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "token.json"
    target.mkdir()  # os.replace onto a folder fails
    with pytest.raises(TokenStoreError, match="cannot write"):
        FileTokenStore(target).save(OAuth2Token(Secret("a")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]


def test_file_store_expands_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    store = FileTokenStore("~/figshare/token.json")
    store.save(OAuth2Token(Secret("a")))
    assert (tmp_path / "figshare" / "token.json").is_file()


def test_file_store_unreadable_path(tmp_path: Path) -> None:
    with pytest.raises(TokenStoreError, match="cannot read"):
        FileTokenStore(tmp_path).load()  # a folder, not a file
