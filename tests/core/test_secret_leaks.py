"""Secrets never come out of a lower layer: tokens are cleaned at construction, httpx/httpcore exception text
is scrubbed, and no log record of any logger, at any level, carries a token or a private-link key.

These tests use a real socket server (tests.support.loopback_http) so that httpcore really logs and h11
really refuses headers, which `httpx.MockTransport` never does.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Generator, Iterator

import httpx
import pytest

from figshare import APIConnectionError, Figshare, FigshareError, InvalidArgumentError
from figshare._http import HTTPCore
from figshare._retry import RetryPolicy
from figshare._secrets import Secret
from figshare.auth import TokenAuth
from tests.core.core_fakes import Recorder
from tests.support.loopback_http import respond, serve

CANARY = "canary0d2b7c4e9f1a3b5c"
KEY = "linkkey7e3f9a1c5d2b8e4f"


def shown(error: BaseException) -> str:
    """Everything a person or a log could see of an error."""
    return "\n".join([str(error), repr(error), "".join(traceback.format_exception(error))])


@pytest.fixture
def every_record(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Captures every record of every logger at every level (httpx, httpcore and hpack included)."""
    caplog.set_level(1)
    names = ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "hpack", "figshare")
    previous = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(1)
    yield caplog
    for name, level in previous.items():
        logging.getLogger(name).setLevel(level)


def record_texts(records: list[logging.LogRecord]) -> list[str]:
    texts = []
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in records:
        texts += [record.getMessage(), formatter.format(record), repr(record.msg), repr(record.args)]
    return texts


# -- item 1: tokens with surrounding whitespace, inner whitespace refused ----------------------------------


@pytest.mark.parametrize("raw", [CANARY + "\n", f"  {CANARY}\r\n", f"\t{CANARY} "])
def test_a_token_with_surrounding_whitespace_is_sent_stripped(raw: str) -> None:
    recorder = Recorder([httpx.Response(200, json={"id": 1})])
    with Figshare(raw, rate_limit=None, http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as client:
        client.articles.details(1)
    assert recorder.requests[0].headers["Authorization"] == f"token {CANARY}"
    assert TokenAuth(raw).token.get_secret_value() == CANARY


def test_the_token_from_the_environment_is_stripped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIGSHARE_TOKEN", CANARY + "\n")
    recorder = Recorder([httpx.Response(200, json={"id": 1})])
    with Figshare(rate_limit=None, http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as client:
        client.articles.details(1)
    assert recorder.requests[0].headers["Authorization"] == f"token {CANARY}"


@pytest.mark.parametrize(
    "raw",
    [f"{CANARY[:8]}\n{CANARY[8:]}", f"{CANARY[:8]} {CANARY[8:]}", f"{CANARY}\x01", f"{CANARY}é", f"a\x85{CANARY}"],
)
def test_a_token_with_whitespace_or_controls_inside_is_refused_without_showing_it(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for make in (lambda: Figshare(raw), lambda: TokenAuth(raw)):
        with pytest.raises(InvalidArgumentError) as raised:
            make()
        assert isinstance(raised.value, ValueError)
        assert raised.value.argument == "token"
        assert CANARY[:8] not in shown(raised.value) and CANARY[8:] not in shown(raised.value)
    monkeypatch.setenv("FIGSHARE_TOKEN", raw)
    with pytest.raises(InvalidArgumentError) as from_environment:
        Figshare()
    assert "FIGSHARE_TOKEN" in str(from_environment.value)
    assert CANARY[8:] not in shown(from_environment.value)


def test_an_empty_token_argument_is_refused_and_an_empty_variable_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidArgumentError, match="token is empty"):
        Figshare(" \n")
    monkeypatch.setenv("FIGSHARE_TOKEN", " \n")
    assert repr(Figshare()).endswith("anonymous)")


# -- item 1: a lower layer's exception text never carries a secret ---------------------------------------


class HeaderAuth(httpx.Auth):
    """Sends whatever credential it is given, unchecked (as a custom or OAuth auth could)."""

    def __init__(self, value: str) -> None:
        self.value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.value
        yield request


@pytest.mark.parametrize("held_as_secret", [True, False])
def test_an_illegal_header_value_error_is_scrubbed(
    held_as_secret: bool, every_record: pytest.LogCaptureFixture
) -> None:
    """h11 refuses a header with a newline and quotes it in full: "Illegal header value b'token ...\\n'"."""
    secret = Secret(CANARY) if held_as_secret else None
    with serve(respond()) as server, httpx.Client() as http_client:
        core = HTTPCore(http_client, auth=HeaderAuth(f"token {CANARY}\n"), trusted_hosts=["127.0.0.1"])
        with pytest.raises(APIConnectionError) as raised:
            core.request("GET", server.url + "/v2/account")
    assert "Illegal header value" in str(raised.value)
    assert CANARY not in shown(raised.value)
    assert raised.value.__cause__ is None, "the httpx error quoting the token is not chained"
    leaks = [text for text in record_texts(every_record.records) if CANARY in text]
    assert not leaks, leaks[:1]
    assert any("send_request_headers.failed" in text for text in record_texts(every_record.records)), (
        "httpcore logged it"
    )
    del secret


def test_any_exception_text_from_below_is_scrubbed_of_live_secrets() -> None:
    token = Secret(CANARY)

    def leaky_transport(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused credentials {CANARY}")

    core = HTTPCore(httpx.Client(transport=httpx.MockTransport(leaky_transport)), retry=RetryPolicy(max_retries=0))
    with pytest.raises(APIConnectionError) as raised:
        core.request("GET", "https://api.figshare.com/v2/x")
    assert CANARY not in shown(raised.value)
    assert "REDACTED" in str(raised.value)
    assert token


def test_an_unexpected_exception_in_a_transport_becomes_a_figshare_error() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise ZeroDivisionError("boom")

    core = HTTPCore(httpx.Client(transport=httpx.MockTransport(broken)))
    with pytest.raises(FigshareError) as raised:
        core.request("GET", "https://api.figshare.com/v2/x")
    assert "ZeroDivisionError: boom" in str(raised.value)
    assert isinstance(raised.value.__cause__, ZeroDivisionError), "chained when it carries no secret"


# -- item 5: no secret in any log record of any logger ---------------------------------------------------


def test_private_link_keys_and_tokens_never_reach_any_log(every_record: pytest.LogCaptureFixture) -> None:
    def answer_with_secrets(connection, request, stop):  # type: ignore[no-untyped-def]
        if "private_links" in request.target:  # a hostile 404 that echoes the URL
            body = f'{{"message": "no link at {request.target}", "code": "NotFound"}}'.encode()
            return respond(404, body)(connection, request, stop)
        if "redirected" not in request.target:
            location = f"/v2/file/download/777/redirected?private_link={KEY}&X-Amz-Signature={CANARY}"
            headers = {"Location": location, "Set-Cookie": f"session={CANARY}"}
            return respond(302, b"", headers)(connection, request, stop)
        return respond(200, b'{"id": 1}', {"Set-Cookie": f"other={CANARY}"})(connection, request, stop)

    with serve(answer_with_secrets) as server:
        client = Figshare(CANARY, base_url=server.url + "/v2", rate_limit=None, trusted_hosts=["127.0.0.1"])
        with client:
            response = client.core.request("GET", server.url + "/v2/file/download/777", params={"private_link": KEY})
            assert response.status_code == 200
            for call in (client.account.articles.private_link_delete, client.account.articles.private_link_update):
                with pytest.raises(FigshareError) as raised:
                    call(1, KEY)
                assert KEY not in shown(raised.value) and CANARY not in shown(raised.value)
    texts = record_texts(every_record.records)
    assert any("HTTP Request: GET" in text for text in texts), "httpx logged its INFO lines"
    assert any("receive_response_headers" in text for text in texts), "httpcore logged at DEBUG"
    leaks = [text for text in texts if KEY in text or CANARY in text]
    assert not leaks, leaks[:2]


def test_the_redacting_filter_covers_records_logged_before_a_client_exists() -> None:
    import figshare._http  # noqa: F401  (importing the core installs the filters)

    for name in ("httpx", "httpcore.http11", "httpcore.connection", "httpcore.http2", "hpack.hpack"):
        filters = logging.getLogger(name).filters
        assert any(type(item).__name__ == "RedactingFilter" for item in filters), name


# -- the registry of live secrets and the text patterns --------------------------------------------------


def test_a_secret_is_scrubbed_while_any_holder_of_its_value_lives() -> None:
    import gc

    from figshare._secrets import known_secrets, redact_text

    first, second = Secret(CANARY), Secret(CANARY)
    del first
    gc.collect()
    assert CANARY in known_secrets(), "the second Secret with the same value still counts"
    assert redact_text(f"echo {CANARY}") == "echo REDACTED"
    assert CANARY not in str(FigshareError(f"made from {CANARY}"))
    del second
    gc.collect()
    assert CANARY not in known_secrets()


def test_urls_and_text_are_redacted_in_every_shape_a_lower_layer_writes() -> None:
    from figshare._secrets import redact_text, redact_url

    assert redact_url(f"https://api.figshare.com/v2/account/articles/1/private_links/{KEY}") == (
        "https://api.figshare.com/v2/account/articles/1/private_links/REDACTED"
    )
    assert KEY not in redact_url(f"https://api.figshare.com/v3/institutions/x/groups/1/submissions/{KEY}?a=1")
    for text in (
        f"Illegal header value b'token {KEY}\\n'",
        f"[(b'Set-Cookie', b'session={KEY}; Path=/'), (b'Location', b'/x?private_link={KEY}')]",
        f"('authorization', 'token {KEY}')",
        f"GET https://figshare.example/v2/account/articles/1/private_links/{KEY} 404",
    ):
        assert KEY not in redact_text(text), text
