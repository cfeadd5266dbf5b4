"""The OAuth constructors and `loopback_login` refuse bad arguments as every other client does: with an
`InvalidArgumentError` (a `ValueError`) or `InvalidArgumentTypeError` (a `TypeError`) naming the argument."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from figshare.auth import (
    AsyncOAuth2Client,
    FileTokenStore,
    MemoryTokenStore,
    OAuth2Auth,
    OAuth2Client,
    OAuth2Token,
    Secret,
    loopback_login,
)
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from tests.oauth.standin import CLIENT_ID, CLIENT_SECRET

TOKEN = OAuth2Token("access-token-1234", refresh_token="refresh-token-5678")

BAD_CLIENT_ARGUMENTS: list[tuple[dict[str, Any], type[InvalidArgumentError], str]] = [
    ({"client_id": 5}, InvalidArgumentTypeError, "client_id"),
    ({"client_id": "  "}, InvalidArgumentError, "client_id"),
    ({"client_secret": b"bytes"}, InvalidArgumentTypeError, "client_secret"),
    ({"redirect_uri": 5}, InvalidArgumentTypeError, "redirect_uri"),
    ({"pkce": "no"}, InvalidArgumentTypeError, "pkce"),
    ({"base_url": 5}, InvalidArgumentTypeError, "base_url"),
    ({"base_url": "https://api.figshare.com/v2?x=1"}, InvalidArgumentError, "base_url"),
    ({"base_url": "http://api.figshare.com/v2"}, InvalidArgumentError, "base_url"),
    ({"authorize_url": 5}, InvalidArgumentTypeError, "authorize_url"),
    ({"authorize_url": "http://figshare.com/authorize"}, InvalidArgumentError, "authorize_url"),
    ({"token_url": "https://user:pass@example.org/token"}, InvalidArgumentError, "token_url"),
    ({"token_url": "/v2/token"}, InvalidArgumentError, "token_url"),
    ({"http_client": object()}, InvalidArgumentTypeError, "http_client"),
    ({"retry": 3}, InvalidArgumentTypeError, "retry"),
    ({"clock": 5}, InvalidArgumentTypeError, "clock"),
]


@pytest.mark.parametrize("client_class", [OAuth2Client, AsyncOAuth2Client])
@pytest.mark.parametrize(("given", "error", "argument"), BAD_CLIENT_ARGUMENTS)
def test_oauth_clients_name_the_refused_argument(
    client_class: type, given: dict[str, Any], error: type[InvalidArgumentError], argument: str
) -> None:
    arguments = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, **given}
    with pytest.raises(error, match=rf"^{argument}\b") as raised:
        client_class(**arguments)
    assert type(raised.value) is error
    assert raised.value.argument == argument


@pytest.mark.parametrize("client_class", [OAuth2Client, AsyncOAuth2Client])
def test_endpoints_are_checked_as_every_url_argument(client_class: type) -> None:
    oauth = client_class(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url=" https://api.figsh.com/v2/ ",
        authorize_url="https://figsh.com/authorize?tenant=1",
        token_url="http://127.0.0.1:8000/token",
    )
    assert (oauth.base_url, oauth.authorize_url, oauth.token_url) == (
        "https://api.figsh.com/v2",
        "https://figsh.com/authorize?tenant=1",
        "http://127.0.0.1:8000/token",
    )
    for option, url in [
        ("token_url", "https://example.org/token#"),
        ("authorize_url", "https://example.org:99999/authorize"),
        ("base_url", ""),
    ]:
        with pytest.raises(InvalidArgumentError, match=rf"^{option}\b") as raised:
            client_class(CLIENT_ID, CLIENT_SECRET, **{option: url})
        assert raised.value.argument == option


@pytest.mark.parametrize("client_class", [OAuth2Client, AsyncOAuth2Client])
def test_authorization_url_names_a_refused_state_or_verifier(client_class: type) -> None:
    oauth = client_class(CLIENT_ID, CLIENT_SECRET)
    for given, error, argument in [
        ({"state": ""}, InvalidArgumentError, "state"),
        ({"state": 5}, InvalidArgumentTypeError, "state"),
        ({"code_verifier": "short"}, InvalidArgumentError, "code_verifier"),
        ({"code_verifier": 5}, InvalidArgumentTypeError, "code_verifier"),
    ]:
        with pytest.raises(error) as raised:
            oauth.authorization_url(**given)
        assert type(raised.value) is error
        assert raised.value.argument == argument


@pytest.mark.parametrize("client_class", [OAuth2Client, AsyncOAuth2Client])
def test_oauth2auth_names_the_refused_argument(client_class: type) -> None:
    oauth = client_class(CLIENT_ID, CLIENT_SECRET)
    for given, error, argument in [
        ({"oauth": object()}, InvalidArgumentTypeError, "oauth"),
        ({"token": "plain-string-token"}, InvalidArgumentTypeError, "token"),
        ({"token": None}, InvalidArgumentError, "token"),
        ({"token": None, "store": MemoryTokenStore()}, InvalidArgumentError, "token"),
        ({"store": "a file name"}, InvalidArgumentTypeError, "store"),
        ({"refresh_leeway": -1}, InvalidArgumentError, "refresh_leeway"),
        ({"refresh_leeway": float("nan")}, InvalidArgumentError, "refresh_leeway"),
        ({"refresh_leeway": "60"}, InvalidArgumentTypeError, "refresh_leeway"),
        ({"clock": 5}, InvalidArgumentTypeError, "clock"),
        ({"trusted_hosts": "api.example.org"}, InvalidArgumentTypeError, "trusted_hosts"),
    ]:
        arguments = {"oauth": oauth, "token": TOKEN, **given}
        with pytest.raises(error) as raised:
            OAuth2Auth(**arguments)
        assert type(raised.value) is error
        assert raised.value.argument == argument
    assert OAuth2Auth(oauth, TOKEN, refresh_leeway=0).refresh_leeway == 0.0


@pytest.mark.parametrize(
    ("given", "error", "argument"),
    [
        ({"oauth_client": object()}, InvalidArgumentTypeError, "oauth_client"),
        ({"host": "0.0.0.0"}, InvalidArgumentError, "host"),
        ({"host": 127}, InvalidArgumentTypeError, "host"),
        ({"path": "callback"}, InvalidArgumentError, "path"),
        ({"path": None}, InvalidArgumentTypeError, "path"),
        ({"port": 70000}, InvalidArgumentError, "port"),
        ({"timeout": None}, InvalidArgumentTypeError, "timeout"),
        ({"timeout": 0}, InvalidArgumentError, "timeout"),
        ({"open_browser": "firefox", "timeout": 0.5}, InvalidArgumentTypeError, "open_browser"),
    ],
)
def test_loopback_login_names_the_refused_argument(
    given: dict[str, Any], error: type[InvalidArgumentError], argument: str
) -> None:
    visited: list[str] = []
    arguments = {"oauth_client": OAuth2Client(CLIENT_ID, CLIENT_SECRET), "open_browser": visited.append, **given}
    with pytest.raises(error) as raised:
        loopback_login(**arguments)
    assert type(raised.value) is error
    assert raised.value.argument == argument
    assert visited == []


def test_token_stores_and_secrets_name_the_refused_argument(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentTypeError) as raised:
        FileTokenStore(b"token.json")  # type: ignore[arg-type]
    assert raised.value.argument == "path"
    with pytest.raises(InvalidArgumentError) as raised:
        FileTokenStore("token\0.json")
    assert raised.value.argument == "path"
    assert FileTokenStore(tmp_path / "token.json").path == tmp_path / "token.json"
    with pytest.raises(InvalidArgumentTypeError) as raised:
        Secret(b"value")  # type: ignore[arg-type]
    assert raised.value.argument == "value"


def test_a_token_dict_of_the_wrong_type_is_refused_by_name() -> None:
    with pytest.raises(InvalidArgumentTypeError) as raised:
        OAuth2Token.from_dict(["access-token-1234"])  # type: ignore[arg-type]
    assert raised.value.argument == "values"
    assert OAuth2Token.from_dict(TOKEN.to_dict()) == TOKEN


@pytest.mark.parametrize("refresh_token", ["", "  ", "two words", "line\r\nbreak", 5])
async def test_a_refresh_token_that_cannot_be_one_is_refused_before_any_request(refresh_token: Any) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json={"error": "invalid_grant"})

    transport = httpx.MockTransport(answer)
    sync = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=transport))
    asynchronous = AsyncOAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=httpx.AsyncClient(transport=transport))
    with pytest.raises(InvalidArgumentError) as raised:
        sync.refresh(refresh_token)
    assert raised.value.argument == "refresh_token"
    with pytest.raises(InvalidArgumentError) as raised:
        await asynchronous.refresh(refresh_token)
    assert raised.value.argument == "refresh_token"
    assert sent == []
