"""loopback_login end to end: a real local redirect server, a fake browser, a mock token endpoint."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from figshare.auth import OAuth2Client, loopback_login
from figshare.errors import OAuthAuthorizationError
from tests.core.core_fakes import CLIENT_ID, CLIENT_SECRET, FakeFigshare


def query_of(url: str) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}


class FakeBrowser:
    """Plays the user: 'signs in' at Figshare and follows the redirect back to the local server."""

    def __init__(self, *, result: dict[str, str] | None = None, forge_state: bool = False, opens: bool = True):
        self.result = result if result is not None else {"code": "good-code"}
        self.forge_state = forge_state
        self.opens = opens
        self.visited: list[str] = []
        self.pages: list[httpx.Response] = []

    def __call__(self, url: str) -> bool:
        self.visited.append(url)
        query = query_of(url)
        redirect = query["redirect_uri"]
        state = "forged" if self.forge_state else query["state"]
        with httpx.Client(trust_env=False) as browser:
            self.pages.append(browser.get(redirect.rstrip("/") + "/favicon.ico"))  # stray request
            self.pages.append(browser.get(f"{redirect}?{urlencode({**self.result, 'state': state})}"))
        return self.opens


def test_login_end_to_end() -> None:
    fake = FakeFigshare()
    browser = FakeBrowser()
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, "https://ignored.example/cb", http_client=fake.client())
    token = loopback_login(oauth, open_browser=browser, timeout=30)
    assert token.access_token.get_secret_value() == "acc-1"
    assert token.refresh_token is not None

    (url,) = browser.visited
    assert url.startswith("https://figshare.com/account/applications/authorize?")
    redirect = query_of(url)["redirect_uri"]
    assert redirect.startswith("http://127.0.0.1:")
    assert redirect.endswith("/")
    stray, landing = browser.pages
    assert stray.status_code == 404
    assert landing.status_code == 200
    assert "You can close this tab" in landing.text
    assert "good-code" not in landing.text

    (token_request,) = fake.requests
    form = dict(httpx.QueryParams(token_request.content.decode()))
    assert form["code"] == "good-code"
    assert form["redirect_uri"] == redirect

    with pytest.raises(httpx.ConnectError), httpx.Client(trust_env=False) as after:
        after.get(redirect)  # the server is gone


def test_custom_path_and_url_printed_when_no_browser(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeFigshare()
    browser = FakeBrowser(opens=False)
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=fake.client())
    token = loopback_login(oauth, open_browser=browser, path="/callback", timeout=30)
    assert token.access_token.get_secret_value() == "acc-1"
    assert query_of(browser.visited[0])["redirect_uri"].endswith("/callback")
    assert browser.visited[0] in capsys.readouterr().err


def test_user_denies_access() -> None:
    fake = FakeFigshare()
    browser = FakeBrowser(result={"error": "access_denied", "error_description": "User refused"})
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=fake.client())
    with pytest.raises(OAuthAuthorizationError) as caught:
        loopback_login(oauth, open_browser=browser, timeout=30)
    assert caught.value.error == "access_denied"
    assert caught.value.error_description == "User refused"
    assert fake.requests == []


def test_forged_state_is_ignored_and_never_exchanged() -> None:
    fake = FakeFigshare()
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=fake.client())
    browser = FakeBrowser(forge_state=True)
    with pytest.raises(OAuthAuthorizationError) as caught:
        loopback_login(oauth, open_browser=browser, timeout=1)
    assert caught.value.error == "timeout"  # the forged redirect did not end the login
    assert browser.pages[-1].status_code == 400
    assert fake.requests == []


def test_timeout_when_no_redirect_arrives() -> None:
    fake = FakeFigshare()
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=fake.client())
    with pytest.raises(OAuthAuthorizationError) as caught:
        loopback_login(oauth, open_browser=lambda url: True, timeout=0.05)
    assert caught.value.error == "timeout"
    assert fake.requests == []
