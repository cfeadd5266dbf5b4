"""`FileTokenStore` faults and permissions; which hosts `OAuth2Auth` sends the token to."""

from __future__ import annotations

import logging
import os
import stat
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from figshare.auth import (
    AsyncOAuth2Client,
    FileTokenStore,
    InsecureTokenFileWarning,
    OAuth2Auth,
    OAuth2Client,
    OAuth2Token,
)
from figshare.errors import AuthenticationError, InvalidArgumentError, TokenStoreError
from tests.oauth.helpers import figshare, oauth_client, signed_in_token
from tests.oauth.standin import CLIENT_ID, CLIENT_SECRET, Recorder, StandIn

TOKEN = OAuth2Token("access-token-1234", refresh_token="refresh-token-5678", expires_in=3600, obtained_at=1.0)


def private_file(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    path.chmod(0o600)
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"access_token": "\xff\xfe"}', "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"access_token": "' + b"a" * (1024 * 1024) + b'"}', "larger than"),
        (b"\x00\x01binary", "not JSON"),
        (b'{"access_token": "two words"}', "whitespace"),
        (b'{"access_token": 5}', "no access_token"),
    ],
)
def test_a_damaged_token_file_is_a_token_store_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = private_file(tmp_path / "token.json", content)
    with pytest.raises(TokenStoreError, match=reason) as caught:
        FileTokenStore(path).load()
    assert caught.value.location == str(path)
    assert "two words" not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_at_the_path_is_refused_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    os.mkfifo(path, 0o600)
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            FileTokenStore(path).load()
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    assert isinstance(outcome[0], TokenStoreError)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o644, 0o604, 0o660, 0o666])
def test_a_token_file_others_can_read_is_warned_about(
    tmp_path: Path, mode: int, caplog: pytest.LogCaptureFixture
) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    store.save(TOKEN)
    store.path.chmod(mode)
    with pytest.warns(InsecureTokenFileWarning, match="chmod 600"):
        assert store.load() == TOKEN
    assert any("can be read or changed by other users" in record.getMessage() for record in caplog.records)
    assert all("access-token-1234" not in record.getMessage() for record in caplog.records)
    store.save(TOKEN)  # saving makes it private again
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert store.load() == TOKEN


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_missing_folders_are_created_private_whatever_the_umask(tmp_path: Path, open_umask: None) -> None:
    existing = tmp_path / "existing"
    existing.mkdir(mode=0o755)
    path = existing / "figshare" / "tokens" / "token.json"
    FileTokenStore(path).save(TOKEN)
    assert stat.S_IMODE((existing / "figshare").stat().st_mode) == 0o700
    assert stat.S_IMODE((existing / "figshare" / "tokens").stat().st_mode) == 0o700
    assert stat.S_IMODE(existing.stat().st_mode) == 0o755  # folders that existed are left alone
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_symlink_at_the_path_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    path = tmp_path / "token.json"
    path.symlink_to(victim)
    FileTokenStore(path).save(TOKEN)
    assert victim.read_text() == "keep me"
    assert not path.is_symlink()


# --- hosts ----------------------------------------------------------------------------------------------


def test_the_api_host_of_a_custom_base_url_gets_the_token(standin: StandIn) -> None:
    token = signed_in_token(standin)
    auth = OAuth2Auth(oauth_client(standin), token)
    assert "127.0.0.1" in auth.trusted_hosts
    with figshare(standin, auth) as client:
        assert client.account.details().id == 1001
    (request,) = standin.api_requests()
    assert request.headers["Authorization"] == f"token {token.access_token.get_secret_value()}"


def test_the_default_trusted_hosts() -> None:
    auth = OAuth2Auth(OAuth2Client(CLIENT_ID, CLIENT_SECRET), TOKEN)
    assert auth.trusted_hosts == ("api.figshare.com", "api.figsh.com", "*.figshare.com", "*.figsh.com")
    staging = OAuth2Client(CLIENT_ID, CLIENT_SECRET, base_url="https://api.figsh.com/v2")
    assert OAuth2Auth(staging, TOKEN).trusted_hosts[0] == "api.figsh.com"
    custom = OAuth2Client(CLIENT_ID, CLIENT_SECRET, base_url="https://figshare.example.edu/api/v2")
    assert OAuth2Auth(custom, TOKEN).trusted_hosts[0] == "figshare.example.edu"


def test_explicit_trusted_hosts_replace_the_default(standin: StandIn, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="figshare")
    token = signed_in_token(standin)
    auth = OAuth2Auth(oauth_client(standin), token, trusted_hosts=["api.figshare.com"])
    with pytest.raises(InvalidArgumentError, match=r"auth sends credentials only to api\.figshare\.com"):
        figshare(standin, auth)  # a client whose API host the auth does not trust is refused at once
    with httpx.Client(auth=auth) as plain:  # and the auth itself, used directly, still keeps the token back
        assert plain.get(f"{standin.api}/account").status_code == 401
    assert "Authorization" not in standin.api_requests()[0].headers
    assert standin.token_requests() == []
    assert any("not a trusted host" in record.getMessage() for record in caplog.records)


def test_the_token_never_follows_a_redirect_to_another_host(standin: StandIn, other_origin: Recorder) -> None:
    standin.elsewhere_url = f"http://localhost:{other_origin.base.rsplit(':', 1)[1]}/file"
    auth = OAuth2Auth(oauth_client(standin), signed_in_token(standin))
    with figshare(standin, auth) as client, pytest.raises(AuthenticationError):
        client.core.request("GET", f"{standin.api}/elsewhere")
    (received,) = other_origin.received
    assert {name.lower() for name in received.headers} & {"authorization"} == set()


def test_oauth2auth_arguments() -> None:
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET)
    with pytest.raises(TypeError, match="oauth"):
        OAuth2Auth(object(), TOKEN)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="refresh_leeway"):
        OAuth2Auth(oauth, TOKEN, refresh_leeway=-1)
    with pytest.raises(ValueError, match="refresh_leeway"):
        OAuth2Auth(oauth, TOKEN, refresh_leeway=float("nan"))
    with pytest.raises(TypeError, match="token"):
        OAuth2Auth(oauth, "plain-string-token")  # type: ignore[arg-type]


def test_an_async_oauth_client_with_a_sync_http_client_is_refused_at_the_first_request(standin: StandIn) -> None:
    auth = OAuth2Auth(AsyncOAuth2Client(CLIENT_ID, CLIENT_SECRET, base_url=standin.api), signed_in_token(standin))
    with figshare(standin, auth) as client, pytest.raises(TypeError, match="AsyncOAuth2Client"):
        client.account.details()
    assert standin.api_requests() == []
