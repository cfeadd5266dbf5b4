"""A canary secret goes through requests, retries, errors, logging and reprs, and must never come out.

Everything the SDK shows a person (log records of every logger, exception messages, reprs, formatted
tracebacks, stdout and stderr) is collected and searched for the canary.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from figshare._http import HTTPCore, parse_json
from figshare._retry import RetryPolicy
from figshare._secrets import Secret
from figshare.auth import FileTokenStore, OAuth2Auth, OAuth2Client, OAuth2Token, TokenAuth
from figshare.errors import FigshareError
from tests.core.core_fakes import API, SleepRecorder

CANARY = "canary-7f3e9a1b2c5d"


def leaky_server(request: httpx.Request) -> httpx.Response:
    """A server that echoes what it received in the worst ways it plausibly could."""
    request.read()
    path = request.url.path
    echoed_url = str(request.url)
    echoed_header = f"Authorization: {request.headers.get('Authorization', '')}"
    if path.endswith("/ok"):
        return httpx.Response(200, json={"ok": True})
    if path.endswith("/html-instead-of-json"):
        return httpx.Response(200, content=f"<html><body>{echoed_header}</body></html>".encode())
    if path.endswith("/not-found"):
        return httpx.Response(404, json={"message": f"No route for {echoed_url}", "code": "NotFound"})
    if path.endswith("/unavailable"):
        return httpx.Response(503, text=f"upstream failed for {echoed_url}; {echoed_header}")
    if path.endswith("/challenge"):
        return httpx.Response(202, headers={"x-amzn-waf-action": "challenge"})
    if path.endswith("/refused"):
        raise httpx.ConnectError("[Errno 111] Connection refused")
    if path.endswith("/slow"):
        raise httpx.ReadTimeout("The read operation timed out")
    if path == "/v2/token":
        form = request.content.decode()
        description = f"Rejected request {form}"
        return httpx.Response(400, json={"error": "invalid_grant", "error_description": description})
    if path.endswith("/account"):
        return httpx.Response(401, json={"message": f"Invalid token; {echoed_header}", "code": "InvalidToken"})
    return httpx.Response(500)


def run_everything(tmp_path: Path, collected: list[str]) -> None:
    def keep(error: BaseException) -> None:
        collected.extend([str(error), repr(error), "".join(traceback.format_exception(error))])
        if isinstance(error, FigshareError):
            collected.append(json.dumps({key: repr(value) for key, value in vars(error).items()}))

    client = httpx.Client(transport=httpx.MockTransport(leaky_server))
    token_auth = TokenAuth(CANARY)
    core = HTTPCore(client, auth=token_auth, retry=RetryPolicy(max_retries=1), sleep=SleepRecorder())
    collected.extend([repr(token_auth), str(token_auth.token), repr(core.retry)])

    for path in ["ok", "not-found", "unavailable", "challenge", "refused", "slow", "account"]:
        for url in (f"{API}/{path}", f"{API}/{path}?access_token={CANARY}&page=1"):
            for stream in (False, True):
                try:
                    core.request("GET", url, stream=stream).close()
                except FigshareError as error:
                    keep(error)
    try:
        parse_json(core.request("GET", f"{API}/html-instead-of-json"))
    except FigshareError as error:
        keep(error)

    oauth = OAuth2Client("client-id", CANARY + "-secret", http_client=client)
    collected.append(repr(oauth))
    attempts: list[Callable[[], OAuth2Token]] = [
        lambda: oauth.exchange_code(CANARY + "-code", "state", "state"),
        lambda: oauth.refresh(CANARY + "-refresh"),
        lambda: oauth.password_grant("me@example.org", CANARY + "-password"),
        lambda: oauth.exchange_code("code", CANARY, "other-state"),
    ]
    for attempt in attempts:
        try:
            attempt()
        except FigshareError as error:
            keep(error)

    token = OAuth2Token(Secret(CANARY + "-access"), refresh_token=Secret(CANARY + "-refresh"))
    store = FileTokenStore(tmp_path / "token.json")
    store.save(token)
    oauth_auth = OAuth2Auth(oauth, store=store)
    collected.extend([repr(token), str(token), repr(store), repr(oauth_auth), repr(store.load())])
    with httpx.Client(transport=httpx.MockTransport(leaky_server), auth=oauth_auth) as oauth_client:
        try:
            oauth_client.get(f"{API}/account")
        except FigshareError as error:
            keep(error)

    (tmp_path / "broken.json").write_text(f'{{"access_token": "{CANARY}"')
    (tmp_path / "broken.json").chmod(0o600)  # a private file, as saving makes it: the warning is not under test
    try:
        FileTokenStore(tmp_path / "broken.json").load()
    except FigshareError as error:
        keep(error)


def test_canary_never_appears(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    collected: list[str] = []
    with caplog.at_level(logging.DEBUG, logger="figshare"):
        run_everything(tmp_path, collected)
    output = capsys.readouterr()
    figshare_logs = [record.getMessage() for record in caplog.records if record.name.startswith("figshare")]

    assert len(figshare_logs) > 20  # the run really logged
    assert len(collected) > 60  # and really raised
    everything = "\n".join([*collected, *figshare_logs, output.out, output.err])
    assert CANARY not in everything
    assert "REDACTED" in everything


def test_canary_sent_only_as_a_header_stays_out_of_every_logger(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # httpx itself logs full request URLs at INFO; the SDK sends tokens in headers, so they stay out of them.
    client = httpx.Client(transport=httpx.MockTransport(leaky_server))
    core = HTTPCore(client, auth=TokenAuth(CANARY), retry=RetryPolicy(max_retries=1), sleep=SleepRecorder())
    with caplog.at_level(logging.DEBUG):
        for path in ["ok", "not-found", "unavailable", "account"]:
            try:
                core.request("GET", f"{API}/{path}")
            except FigshareError as error:
                logging.getLogger("app").exception("request failed: %s", error)
    assert any(record.name == "httpx" for record in caplog.records)
    assert CANARY not in caplog.text
