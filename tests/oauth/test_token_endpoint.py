"""Token requests: never redirected, only over https (or to this machine), errors free of every secret."""

from __future__ import annotations

import json
import logging
import pickle
import traceback
import tracemalloc
from collections.abc import Callable

import httpx
import pytest

from figshare.auth import AsyncOAuth2Client, OAuth2Auth, OAuth2Client, OAuth2Token
from figshare.errors import (
    APIConnectionError,
    AuthenticationError,
    ClientClosedError,
    FigshareError,
    OAuthError,
    PermissionDeniedError,
    ResponseParseError,
)
from tests.oauth.helpers import async_oauth_client, figshare, oauth_client, signed_in_token
from tests.oauth.standin import CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME, Recorder, StandIn
from tests.support.streams import gzip_bomb

# --- redirects ------------------------------------------------------------------------------------------


def test_a_redirecting_token_endpoint_gets_nothing_and_its_token_is_never_used(
    standin: StandIn, other_origin: Recorder
) -> None:
    token = signed_in_token(standin)
    standin.expire_access_tokens()
    standin.token_redirect_to = f"{other_origin.base}/v2/token"
    other_origin.status = 200  # and it would answer with a token of its own
    # The OAuth client shares the API client's httpx client, which follows redirects.
    shared = httpx.Client(follow_redirects=True)
    auth = OAuth2Auth(oauth_client(standin, http_client=shared), token)
    with figshare(standin, auth, http_client=shared) as client, pytest.raises(ResponseParseError) as caught:
        client.account.details()
    assert "redirect" in str(caught.value)
    assert caught.value.status_code == 307
    assert other_origin.received == []  # neither the client secret nor the refresh token went there
    assert auth.token is token
    sent = [request.headers.get("Authorization") for request in standin.api_requests()]
    assert sent == [f"token {token.access_token.get_secret_value()}"]


@pytest.mark.parametrize("follow_redirects", [True, False])
def test_no_token_request_follows_a_redirect(standin: StandIn, other_origin: Recorder, follow_redirects: bool) -> None:
    standin.token_redirect_to = f"{other_origin.base}/v2/token"
    other_origin.status = 200
    oauth = oauth_client(standin, http_client=httpx.Client(follow_redirects=follow_redirects))
    calls = [
        lambda: oauth.exchange_code("code-1234", "state", "state"),
        lambda: oauth.refresh("refresh-1234"),
        lambda: oauth.password_grant(USERNAME, PASSWORD),
    ]
    for call in calls:
        with pytest.raises(ResponseParseError, match="redirect"):
            call()
    assert other_origin.received == []


async def test_no_async_token_request_follows_a_redirect(standin: StandIn, other_origin: Recorder) -> None:
    standin.token_redirect_to = f"{other_origin.base}/v2/token"
    other_origin.status = 200
    async with async_oauth_client(standin, http_client=httpx.AsyncClient(follow_redirects=True)) as oauth:
        with pytest.raises(ResponseParseError, match="redirect"):
            await oauth.refresh("refresh-1234")
    assert other_origin.received == []


def test_token_requests_ignore_the_clients_own_auth(standin: StandIn) -> None:
    client = httpx.Client(auth=("user", "basic-password-1234"))
    oauth = oauth_client(standin, http_client=client)
    oauth.password_grant(USERNAME, PASSWORD)
    (request,) = standin.token_requests()
    assert "Authorization" not in request.headers


# --- endpoints ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "url"),
    [
        ("base_url", "http://api.figshare.com/v2"),
        ("token_url", "http://auth.example.org/token"),
        ("authorize_url", "http://figshare.com/account/applications/authorize"),
        ("base_url", "http://10.0.0.5/v2"),
        ("token_url", "ftp://example.org/token"),
        ("token_url", "/v2/token"),
        ("token_url", "https://user:pass@example.org/token"),
        ("base_url", "https://api.figshare.com/v2?x=1"),
    ],
)
def test_endpoints_must_be_https_except_on_this_machine(option: str, url: str) -> None:
    with pytest.raises(ValueError, match=option):
        OAuth2Client(CLIENT_ID, CLIENT_SECRET, **{option: url})
    with pytest.raises(ValueError, match=option):
        AsyncOAuth2Client(CLIENT_ID, CLIENT_SECRET, **{option: url})


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "[::1]", "localhost"])
def test_plain_http_is_allowed_for_this_machine(host: str) -> None:
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, base_url=f"http://{host}:8080/v2")
    assert oauth.token_url == f"http://{host}:8080/v2/token"


def test_the_token_url_can_be_set_on_its_own(standin: StandIn) -> None:
    oauth = OAuth2Client(
        CLIENT_ID, CLIENT_SECRET, base_url="https://api.figsh.com/v2", token_url=f"{standin.api}/token"
    )
    assert oauth.token_url == f"{standin.api}/token"
    assert oauth.password_grant(USERNAME, PASSWORD).refresh_token is not None
    assert len(standin.token_requests("password")) == 1


def test_the_default_endpoints() -> None:
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET)
    assert oauth.token_url == "https://api.figshare.com/v2/token"
    assert oauth.authorization_url()[0].startswith("https://figshare.com/account/applications/authorize?")
    staging = OAuth2Client(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url="https://api.figsh.com/v2/",
        authorize_url="https://figsh.com/account/applications/authorize",
    )
    assert staging.token_url == "https://api.figsh.com/v2/token"


# --- secrets in errors ----------------------------------------------------------------------------------


def everything_shown(error: BaseException) -> str:
    """Every way the error can be shown or inspected, as one text."""
    parts = [str(error), repr(error), "".join(traceback.format_exception(error)), repr(error.args)]
    if isinstance(error, FigshareError):
        for value in vars(error).values():
            parts.append(repr(value))
            parts.append(str(value))
            if isinstance(value, httpx.Response):
                parts.extend([value.text, repr(dict(value.headers))])
                parts.extend(
                    [value.request.content.decode(), str(value.request.url), repr(dict(value.request.headers))]
                )
        parts.append(repr(vars(pickle.loads(pickle.dumps(error)))))
    return "\n".join(parts)


def test_an_echoing_token_endpoint_leaves_no_secret_in_any_error(standin: StandIn) -> None:
    standin.echo_in_errors = True
    code = "authorization-code-9f8e7d6c"
    refresh = "refresh-token-1a2b3c4d5e"
    wrong_password = "wrong-password-7777"
    other_secret = "another-secret-abcdef"
    oauth = oauth_client(standin)
    errors = []
    _, state = oauth.authorization_url(redirect_uri="http://127.0.0.1:9/")
    for call in (
        lambda: oauth.exchange_code(code, state, state, redirect_uri="http://127.0.0.1:9/"),
        lambda: oauth.refresh(refresh),
        lambda: oauth.password_grant(USERNAME, wrong_password),
        lambda: OAuth2Client(CLIENT_ID, other_secret, base_url=standin.api).refresh(refresh),
    ):
        with pytest.raises(OAuthError) as caught:
            call()
        errors.append(caught.value)
    assert [error.error for error in errors] == ["invalid_grant", "invalid_grant", "invalid_grant", "invalid_client"]
    assert all(error.error_description and "you sent" in error.error_description for error in errors)
    shown = "\n".join(everything_shown(error) for error in errors)
    sent = "\n".join(request.body.decode() for request in standin.token_requests())
    for secret in (CLIENT_SECRET, code, refresh, wrong_password, other_secret):
        assert secret in sent  # the stand-in did receive and echo it ...
        assert secret not in shown  # ... and no error shows it
    verifier_sent = standin.token_requests("authorization_code")[0].form["code_verifier"]
    assert verifier_sent not in shown


def test_a_refresh_through_oauth2auth_leaves_no_secret_in_the_error(
    standin: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    standin.echo_in_errors = True
    token = signed_in_token(standin)
    standin.expire_access_tokens()
    standin.grants[0].revoked = True
    auth = OAuth2Auth(oauth_client(standin), token)
    with figshare(standin, auth) as client, pytest.raises(OAuthError) as caught:
        client.account.details()
    shown = everything_shown(caught.value) + "\n".join(record.getMessage() for record in caplog.records)
    assert token.refresh_token is not None
    for secret in (CLIENT_SECRET, token.refresh_token.get_secret_value(), token.access_token.get_secret_value()):
        assert secret not in shown


def test_escaped_echoes_are_scrubbed_too() -> None:
    secret = "se/cret+with&odd=chars\u00e9"

    def echo(request: httpx.Request) -> httpx.Response:
        form = request.content.decode()
        body = json.dumps({"error": "invalid_client", "error_description": f"{form} {secret!r}"})
        return httpx.Response(400, content=body.encode(), headers={"Content-Type": "application/json"})

    oauth = OAuth2Client(CLIENT_ID, secret, http_client=httpx.Client(transport=httpx.MockTransport(echo)))
    with pytest.raises(OAuthError) as caught:
        oauth.refresh("refresh-1234")
    shown = everything_shown(caught.value)
    for form in (secret, httpx.QueryParams({"s": secret}).__str__()[2:], json.dumps(secret)[1:-1]):
        assert form not in shown


def test_a_huge_or_deeply_nested_answer_is_a_typed_error() -> None:
    answers = iter(
        [
            httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000),
            httpx.Response(400, content=b"[" * 100_000 + b"]" * 100_000),
            httpx.Response(200, content=b" " * (2 * 1024 * 1024)),
        ]
    )
    oauth = OAuth2Client(
        CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=httpx.MockTransport(lambda _: next(answers)))
    )
    for expected in (ResponseParseError, OAuthError, ResponseParseError):
        with pytest.raises(expected):
            oauth.refresh("refresh-1234")


def test_a_closed_oauth_client_raises_client_closed_error() -> None:
    """After close() (or once the caller closes its httpx client) a token request is a ClientClosedError, not
    httpx's RuntimeError, and nothing is sent."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={}))
    own = OAuth2Client(CLIENT_ID, CLIENT_SECRET)
    own.close()
    given = httpx.Client(transport=transport)
    theirs = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=given)
    given.close()
    for oauth in (own, theirs):
        with pytest.raises(ClientClosedError):
            oauth.refresh("refresh-1234")
        with pytest.raises(ClientClosedError):
            oauth.token_info("access-1234")
    assert sent == []


async def test_a_closed_async_oauth_client_raises_client_closed_error() -> None:
    oauth = AsyncOAuth2Client(CLIENT_ID, CLIENT_SECRET)
    await oauth.aclose()
    await oauth.aclose()
    with pytest.raises(ClientClosedError):
        await oauth.password_grant(USERNAME, PASSWORD)


def test_a_token_with_characters_a_header_cannot_hold_is_refused() -> None:
    answer = httpx.Response(200, json={"access_token": "abc\r\nX-Injected: 1", "token_type": "bearer"})
    oauth = OAuth2Client(
        CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=httpx.MockTransport(lambda _: answer))
    )
    with pytest.raises(ResponseParseError) as caught:
        oauth.refresh("refresh-1234")
    assert "X-Injected" not in str(caught.value) + repr(caught.value)


def test_token_strings_are_wrapped_and_never_shown() -> None:
    token = OAuth2Token(access_token="plain-access-1234\n", refresh_token=" plain-refresh-5678 ")
    assert "plain-access" not in repr(token) and "plain-refresh" not in repr(token)
    assert token.access_token.get_secret_value() == "plain-access-1234"
    assert token.refresh_token is not None and token.refresh_token.get_secret_value() == "plain-refresh-5678"
    for bad in ("two words", "tab\there", "caf\u00e9", ""):
        with pytest.raises(ValueError) as caught:
            OAuth2Token(access_token=bad)
        if bad:
            assert bad not in str(caught.value)
    with pytest.raises(TypeError, match="access_token"):
        OAuth2Token(access_token=b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "error_class", "error"),
    [
        (httpx.Response(401, json={"error": "invalid_client"}), OAuthError, "invalid_client"),
        (httpx.Response(400, json={"error": "invalid_grant"}), OAuthError, "invalid_grant"),
        (httpx.Response(403, json={"message": "Forbidden", "code": "Forbidden"}), PermissionDeniedError, None),
        (httpx.Response(401, content=b"<html>no</html>"), AuthenticationError, None),
    ],
)
def test_rfc_6749_error_answers(answer: httpx.Response, error_class: type[Exception], error: str | None) -> None:
    transport = httpx.MockTransport(lambda _: answer)
    oauth = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=transport))
    with pytest.raises(error_class) as caught:
        oauth.refresh("refresh-1234")
    assert getattr(caught.value, "error", None) == error
    assert caught.value.status_code == answer.status_code  # type: ignore[attr-defined]


def _undecodable(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"not gzip at all", headers={"Content-Encoding": "gzip"})


def _broken_transport(request: httpx.Request) -> httpx.Response:
    raise RuntimeError(f"custom transport failed on {request.content.decode()}")


@pytest.mark.parametrize(
    ("answer", "error_class"), [(_undecodable, ResponseParseError), (_broken_transport, APIConnectionError)]
)
async def test_every_failure_of_a_token_request_is_typed_and_free_of_secrets(
    answer: Callable[[httpx.Request], httpx.Response], error_class: type[FigshareError]
) -> None:
    refresh = "refresh-token-canary-4242"
    sync = OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    with pytest.raises(error_class) as caught:
        sync.refresh(refresh)
    transport = httpx.MockTransport(answer)
    async_oauth = AsyncOAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=httpx.AsyncClient(transport=transport))
    with pytest.raises(error_class) as async_caught:
        await async_oauth.refresh(refresh)
    for error in (caught.value, async_caught.value):
        assert error.url == "https://api.figshare.com/v2/token"
        shown = everything_shown(error)
        assert refresh not in shown and CLIENT_SECRET not in shown


async def test_a_compressed_bomb_from_the_token_endpoint_is_refused_in_bounded_memory() -> None:
    bomb = gzip_bomb(256 * 1024 * 1024)  # about 250 KiB on the wire, in socket reads
    transport = httpx.MockTransport(lambda _: httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=bomb))
    for oauth in (
        OAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=transport)),
        AsyncOAuth2Client(CLIENT_ID, CLIENT_SECRET, http_client=httpx.AsyncClient(transport=transport)),
    ):
        tracemalloc.start()
        try:
            with pytest.raises(ResponseParseError, match="larger than"):
                result = oauth.refresh("refresh-token-1234")
                if isinstance(oauth, AsyncOAuth2Client):
                    await result
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB for a 1 MiB answer cap"
