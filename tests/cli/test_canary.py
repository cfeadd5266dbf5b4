"""A canary token, client secret and Stats password go through every command that sees secrets, including
failures that echo them back and --debug: they must never come out on stdout, stderr, logs or the config file.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import httpx
import pytest

from figshare.cli._services import Services
from tests.cli.cli_fakes import FakeBrowser, MemoryKeyring, account, invoke, make_services

CANARY = "canary-token-5be1c0de"
SECRET_CANARY = "canary-secret-77aa10"
PASSWORD_CANARY = "canary-password-3c3c"
BASIC_CANARY = base64.b64encode(f"u:{PASSWORD_CANARY}".encode()).decode()
CANARIES = (CANARY, SECRET_CANARY, PASSWORD_CANARY, BASIC_CANARY, "canary-access-9f9f", "canary-refresh-8e8e")


def leaky_api(request: httpx.Request) -> httpx.Response:
    """A server that echoes the credentials it received in the worst ways it plausibly could."""
    request.read()
    authorization = request.headers.get("Authorization", "")
    sent = authorization.split(" ", 1)[-1]
    path = request.url.path
    if path == "/v2/token":
        return httpx.Response(200, json={"access_token": "canary-access-9f9f", "refresh_token": "canary-refresh-8e8e"})
    if path == "/v2/account":
        return httpx.Response(200, json=account())
    if path.startswith("/v2/articles/401"):
        return httpx.Response(401, json={"message": f"Token {sent} is not valid", "code": "InvalidToken"})
    if path.startswith("/v2/articles/500"):
        return httpx.Response(500, text=f"crash while handling {authorization} for {request.url}")
    if path.startswith("/v2/articles/200"):
        return httpx.Response(200, text=f"<html><body>Logged in as {sent}</body></html>")
    if request.url.host == "stats.figshare.com":
        return httpx.Response(403, json={"message": f"Bad credentials {authorization}", "code": "Forbidden"})
    return httpx.Response(404, json={"message": f"nothing for {sent}", "code": "EntityNotFound"})


@pytest.fixture
def leaky_services(tmp_path: Path) -> Services:
    return make_services(tmp_path, leaky_api, keyring=MemoryKeyring(), open_browser=FakeBrowser())


COMMANDS: list[tuple[list[str], str | None, dict[str, str]]] = [
    (["login"], CANARY + "\n", {}),
    (["login", "--with-token"], CANARY, {}),
    (["whoami"], None, {}),
    (["whoami", "--json"], None, {}),
    (["profiles", "--json"], None, {}),
    (["articles", "get", "401"], None, {}),
    (["--debug", "articles", "get", "401"], None, {}),
    (["--debug", "articles", "get", "500"], None, {}),
    (["--debug", "articles", "get", "200"], None, {}),
    (["--debug", "articles", "get", "404"], None, {}),
    (["--token", CANARY, "--debug", "articles", "get", "401"], None, {}),
    (["--debug", "articles", "list", "--mine"], None, {"FIGSHARE_TOKEN": CANARY}),
    (["--debug", "login", "--oauth", "--client-id", "app"], SECRET_CANARY + "\n", {}),
    (["--debug", "whoami"], None, {}),
    (["--debug", "articles", "get", "401"], None, {}),
    (
        ["--debug", "stats", "--institution", "monash", "--user", "u", "top", "views", "group"],
        PASSWORD_CANARY + "\n",
        {},
    ),
    (
        ["--debug", "stats", "--institution", "monash", "--user", "u", "top", "views", "group"],
        None,
        {"FIGSHARE_STATS_PASSWORD": PASSWORD_CANARY},
    ),
    (["logout"], None, {}),
]


def test_no_secret_is_ever_shown(leaky_services: Services, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    exit_codes = []
    for arguments, stdin, env in COMMANDS:
        result = invoke(leaky_services, *arguments, input=stdin, env=env)
        exit_codes.append(result.exit_code)
        shown.extend([result.stdout, result.stderr])
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            shown.append(repr(result.exception))
    shown.extend(record.getMessage() for record in caplog.records)
    shown.append((leaky_services.config_dir / "config.ini").read_text())
    everything = "\n".join(shown)
    assert "Traceback" in everything and "401 Unauthorized" in everything  # the failures did happen
    assert "Logged in as REDACTED" in everything and "crash while handling token REDACTED" in everything
    assert 0 in exit_codes and 3 in exit_codes
    for canary in CANARIES:
        assert canary not in everything, f"{canary} leaked"
