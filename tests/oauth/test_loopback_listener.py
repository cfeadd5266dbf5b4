"""`loopback_login` against the stand-in: PKCE, callbacks that must not end the login, a listener that holds."""

from __future__ import annotations

import base64
import hashlib
import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from figshare.auth import OAuth2Token, loopback_login
from figshare.errors import OAuthAuthorizationError, OAuthError
from tests.oauth.helpers import browser_get, oauth_client
from tests.oauth.standin import StandIn


def query_of(url: str) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}


class Browser:
    """Plays the user's browser: optionally lets `before` poke the listener, then signs in at the stand-in."""

    def __init__(self, before: Callable[[str, str], None] | None = None, *, sign_in: bool = True) -> None:
        self.before = before
        self.sign_in = sign_in
        self.visited: list[str] = []
        self.landing: httpx.Response | None = None

    def __call__(self, url: str) -> bool:
        self.visited.append(url)
        redirect = query_of(url)["redirect_uri"]
        if self.before is not None:
            self.before(redirect, query_of(url)["state"])
        if self.sign_in:
            self.landing = browser_get(url)
        return True


def in_thread(function: Callable[[], Any], limit: float) -> Any:
    """Run `function` in a thread; fail (instead of hanging) when it has not returned within `limit` s."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(limit)
    assert not thread.is_alive(), f"still running after {limit} s"
    outcome["elapsed"] = time.monotonic() - started
    return outcome


def raw_get(redirect: str, target: str, host: str | None = None, extra: str = "") -> int:
    """Send `GET target` to the listener with `host` as the Host header; return the status."""
    parts = urlsplit(redirect)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as connection:
        connection.sendall(
            f"GET {target} HTTP/1.1\r\nHost: {parts.netloc if host is None else host}\r\n{extra}\r\n".encode()
        )
        answer = connection.recv(4096)
    return int(answer.split(b" ", 2)[1])


# --- PKCE -----------------------------------------------------------------------------------------------


def test_login_uses_pkce_s256_and_a_verifying_server_accepts_it(standin: StandIn) -> None:
    browser = Browser()
    token = loopback_login(oauth_client(standin), open_browser=browser, timeout=30)
    assert isinstance(token, OAuth2Token)
    assert browser.landing is not None and browser.landing.status_code == 200
    query = query_of(browser.visited[0])
    assert query["code_challenge_method"] == "S256"
    (exchange,) = standin.token_requests("authorization_code")
    verifier = exchange.form["code_verifier"]
    assert 43 <= len(verifier) <= 128
    digest = hashlib.sha256(verifier.encode()).digest()
    assert query["code_challenge"] == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert exchange.form["redirect_uri"] == query["redirect_uri"]


def test_the_browser_always_gets_the_whole_landing_page(standin: StandIn) -> None:
    oauth = oauth_client(standin)
    for _ in range(5):  # the listener closes right after the redirect: never before its answer is sent
        browser = Browser()
        loopback_login(oauth, open_browser=browser, timeout=30)
        assert browser.landing is not None and browser.landing.status_code == 200
        assert "You can close this tab" in browser.landing.text


def test_each_login_has_its_own_state_and_verifier(standin: StandIn) -> None:
    oauth = oauth_client(standin)
    loopback_login(oauth, open_browser=Browser(), timeout=30)
    loopback_login(oauth, open_browser=Browser(), timeout=30)
    first, second = standin.token_requests("authorization_code")
    assert first.form["code_verifier"] != second.form["code_verifier"]


def test_a_server_that_knows_nothing_of_pkce_still_signs_in(standin: StandIn) -> None:
    standin.pkce = "ignore"
    assert loopback_login(oauth_client(standin), open_browser=Browser(), timeout=30).refresh_token is not None


def test_pkce_can_be_turned_off_for_a_server_that_refuses_it(standin: StandIn) -> None:
    standin.pkce = "refuse"
    with pytest.raises(OAuthError) as caught:
        loopback_login(oauth_client(standin), open_browser=Browser(), timeout=30)
    assert caught.value.error == "invalid_request"
    browser = Browser()
    loopback_login(oauth_client(standin, pkce=False), open_browser=browser, timeout=30)
    assert "code_challenge" not in query_of(browser.visited[0])
    assert "code_verifier" not in standin.token_requests("authorization_code")[-1].form


def test_a_wrong_verifier_is_refused_by_a_verifying_server(standin: StandIn) -> None:
    oauth = oauth_client(standin)
    url, state = oauth.authorization_url(redirect_uri="http://127.0.0.1:9/cb")
    landing = httpx.Client(trust_env=False).get(url)  # the stand-in's redirect, not followed
    code = query_of(landing.headers["Location"])["code"]
    with pytest.raises(OAuthError, match="PKCE"):
        oauth.exchange_code(code, state, state, redirect_uri="http://127.0.0.1:9/cb", code_verifier="x" * 43)


# --- callbacks that must not end the login ---------------------------------------------------------------


def test_a_callback_with_another_state_is_ignored(standin: StandIn) -> None:
    statuses: list[int] = []

    def forge(redirect: str, state: str) -> None:
        for query in ({"code": "forged-code", "state": "forged"}, {"code": "forged-code"}):
            statuses.append(browser_get(f"{redirect}?{urlencode(query)}").status_code)

    token = loopback_login(oauth_client(standin), open_browser=Browser(forge), timeout=30)
    assert token.refresh_token is not None
    assert statuses == [400, 400]
    (exchange,) = standin.token_requests("authorization_code")
    assert exchange.form["code"] != "forged-code"


def test_an_error_without_the_state_does_not_end_the_login(standin: StandIn) -> None:
    def deny(redirect: str, state: str) -> None:
        browser_get(f"{redirect}?error=access_denied")  # a web page's <img src=...>, another local program
        browser_get(f"{redirect}?error=access_denied&state=guess")

    token = loopback_login(oauth_client(standin), open_browser=Browser(deny), timeout=30)
    assert token.refresh_token is not None


def test_an_error_with_the_state_ends_the_login(standin: StandIn) -> None:
    standin.deny = True
    with pytest.raises(OAuthAuthorizationError) as caught:
        loopback_login(oauth_client(standin), open_browser=Browser(), timeout=30)
    assert caught.value.error == "access_denied"
    assert standin.token_requests() == []


def test_only_callbacks_whose_state_matches_and_only_within_the_timeout(standin: StandIn) -> None:
    def forge(redirect: str, state: str) -> None:
        browser_get(f"{redirect}?code=forged&state=forged")

    outcome = in_thread(
        lambda: loopback_login(oauth_client(standin), open_browser=Browser(forge, sign_in=False), timeout=1), 20
    )
    error = outcome["error"]
    assert isinstance(error, OAuthAuthorizationError) and error.error == "timeout"
    assert standin.token_requests() == []


def test_the_host_header_must_name_the_listener(standin: StandIn) -> None:
    statuses: list[int] = []

    def rebind(redirect: str, state: str) -> None:
        port = urlsplit(redirect).port
        target = f"/?{urlencode({'code': 'rebound-code', 'state': state})}"
        statuses.append(raw_get(redirect, target, host=f"evil.example:{port}"))
        statuses.append(raw_get(redirect, f"/?state={state}&state={state}&code=twice"))
        statuses.append(raw_get(redirect, target, extra=f"Host: evil.example:{port}\r\n"))  # two Host headers
        statuses.append(raw_get(redirect, target, host=""))

    token = loopback_login(oauth_client(standin), open_browser=Browser(rebind), timeout=30)
    assert token.refresh_token is not None
    assert statuses == [400, 400, 400, 400]
    (exchange,) = standin.token_requests("authorization_code")
    assert exchange.form["code"] != "rebound-code"


def test_other_paths_and_methods_are_ignored(standin: StandIn) -> None:
    statuses: list[int] = []

    def poke(redirect: str, state: str) -> None:
        statuses.append(browser_get(redirect.rstrip("/") + "/favicon.ico").status_code)
        with httpx.Client(trust_env=False) as client:
            statuses.append(client.post(f"{redirect}?code=posted&state={state}").status_code)

    loopback_login(oauth_client(standin), open_browser=Browser(poke), path="/callback", timeout=30)
    assert statuses[0] == 404
    assert statuses[1] >= 400
    assert len(standin.token_requests("authorization_code")) == 1


# --- a listener that cannot be stalled ------------------------------------------------------------------


def test_idle_connections_do_not_stall_the_login(standin: StandIn) -> None:
    held: list[socket.socket] = []

    def preconnect(redirect: str, state: str) -> None:
        parts = urlsplit(redirect)
        for _ in range(40):  # more than the listener serves at once
            held.append(socket.create_connection((parts.hostname, parts.port), timeout=5))
        held[0].sendall(b"GET /?code=x")  # and one that starts a request and never finishes it

    try:
        outcome = in_thread(
            lambda: loopback_login(oauth_client(standin), open_browser=Browser(preconnect), timeout=20), 30
        )
    finally:
        for connection in held:
            connection.close()
    assert isinstance(outcome.get("value"), OAuth2Token), outcome.get("error")


def test_the_timeout_holds_with_idle_connections_open(standin: StandIn) -> None:
    held: list[socket.socket] = []

    def preconnect(redirect: str, state: str) -> None:
        parts = urlsplit(redirect)
        held.extend(socket.create_connection((parts.hostname, parts.port), timeout=5) for _ in range(3))

    try:
        outcome = in_thread(
            lambda: loopback_login(oauth_client(standin), open_browser=Browser(preconnect, sign_in=False), timeout=1),
            15,  # the old single-threaded listener was still hung here
        )
    finally:
        for connection in held:
            connection.close()
    error = outcome["error"]
    assert isinstance(error, OAuthAuthorizationError) and error.error == "timeout"


def test_the_listener_is_gone_after_the_login(standin: StandIn) -> None:
    browser = Browser()
    loopback_login(oauth_client(standin), open_browser=browser, timeout=30)
    redirect = query_of(browser.visited[0])["redirect_uri"]
    with pytest.raises(httpx.ConnectError):
        browser_get(redirect)


# --- arguments ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "", "::", "192.168.1.10", "10.0.0.1", "example.org", "127.0.0.1.evil"])
def test_only_loopback_addresses_are_listened_on(standin: StandIn, host: str) -> None:
    browser = Browser()
    with pytest.raises(ValueError, match="host"):
        loopback_login(oauth_client(standin), open_browser=browser, host=host, timeout=5)
    assert browser.visited == []


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
def test_loopback_hosts(standin: StandIn, host: str) -> None:
    if host == "::1" and not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    browser = Browser()
    try:
        loopback_login(oauth_client(standin), open_browser=browser, host=host, timeout=30)
    except OSError as error:  # ::1 or 127.0.0.2 not configured here
        pytest.skip(f"cannot listen on {host}: {error}")
    redirect = urlsplit(query_of(browser.visited[0])["redirect_uri"])
    assert redirect.hostname == host
    assert redirect.scheme == "http"


@pytest.mark.parametrize(
    "path",
    ["@evil.example/", "callback", "//evil.example/", "/a?b=1", "/a#b", "/a\\b", "/a b", "/../x", "/a/./b", "/%zz", ""],
)
def test_paths_must_stay_paths(standin: StandIn, path: str) -> None:
    with pytest.raises(ValueError, match="path"):
        loopback_login(oauth_client(standin), open_browser=Browser(), path=path, timeout=5)


@pytest.mark.parametrize("path", ["/", "/callback", "/oauth/cb/", "/a@b", "/%7Euser"])
def test_redirect_paths(standin: StandIn, path: str) -> None:
    browser = Browser()
    loopback_login(oauth_client(standin), open_browser=browser, path=path, timeout=30)
    redirect = urlsplit(query_of(browser.visited[0])["redirect_uri"])
    assert (redirect.hostname, redirect.path) == ("127.0.0.1", path)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"port": -1}, ValueError),
        ({"port": 70000}, ValueError),
        ({"port": True}, TypeError),
        ({"timeout": 0}, ValueError),
        ({"timeout": float("nan")}, ValueError),
        ({"timeout": float("inf")}, ValueError),
        ({"timeout": "5"}, TypeError),
    ],
)
def test_other_arguments(standin: StandIn, options: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        loopback_login(oauth_client(standin), open_browser=Browser(), **options)


def test_a_browser_that_cannot_open_gets_the_address_printed(
    standin: StandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(url: str) -> bool:
        threading.Thread(target=browser_get, args=(url,), daemon=True).start()  # the user copies it by hand
        raise RuntimeError("no display")

    loopback_login(oauth_client(standin), open_browser=broken, timeout=30)
    assert standin.authorize_url in capsys.readouterr().err
