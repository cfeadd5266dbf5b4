"""The command with tokens as people really pass them (issue 12 items 1 and 10): a token file's trailing
newline is removed, a token with whitespace inside is refused without being shown, a lower layer's error text
never carries it to stderr, and a config folder other users can reach gets a warning."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from figshare.cli._failures import ExitCode
from figshare.cli._services import Services
from tests.cli.cli_fakes import FakeAPI, invoke, make_services

TOKEN = "f00dcafe0123456789abcdef0123456789abcdef"
ARTICLE = {"id": 1, "title": "An article", "doi": "10.6084/m9.figshare.1"}


def sent_tokens(api: FakeAPI) -> list[str | None]:
    return [request.headers.get("authorization") for request in api.requests]


@pytest.mark.parametrize("raw", [TOKEN + "\n", f"  {TOKEN}\r\n"])
def test_a_token_with_a_trailing_newline_works(services: Services, api: FakeAPI, raw: str) -> None:
    api.on("GET", "/v2/articles/1", ARTICLE)
    result = invoke(services, "articles", "get", "1", env={"FIGSHARE_TOKEN": raw})
    assert result.exit_code == 0, result.stderr
    assert sent_tokens(api) == [f"token {TOKEN}"]
    result = invoke(services, "--token", raw, "articles", "get", "1")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("raw", [f"{TOKEN[:20]}\n{TOKEN[20:]}", f"{TOKEN[:20]} {TOKEN[20:]}", f"{TOKEN}\x1b[2J"])
def test_a_token_with_whitespace_inside_is_refused_without_being_shown(
    services: Services, api: FakeAPI, raw: str
) -> None:
    for result in (
        invoke(services, "articles", "get", "1", env={"FIGSHARE_TOKEN": raw}),
        invoke(services, "--token", raw, "articles", "get", "1"),
        invoke(services, "--debug", "articles", "get", "1", env={"FIGSHARE_TOKEN": raw}),
    ):
        assert result.exit_code == ExitCode.USAGE
        assert "inside it" in result.stderr
        shown = result.stdout + result.stderr
        assert TOKEN[:20] not in shown and TOKEN[20:] not in shown
    assert api.requests == []


def test_login_strips_the_token_and_refuses_one_with_whitespace_inside(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account", {"id": 5, "email": "a@b.c"})
    result = invoke(services, "login", "--with-token", input=f"{TOKEN[:20]} {TOKEN[20:]}\n")
    assert result.exit_code == ExitCode.USAGE
    assert TOKEN[20:] not in result.stdout + result.stderr
    assert invoke(services, "login", "--with-token", input=TOKEN + "\n").exit_code == 0
    assert sent_tokens(api)[-1] == f"token {TOKEN}"


def test_a_stored_token_is_stripped_and_a_damaged_one_reported(tmp_path: Path, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles/1", ARTICLE)
    services = make_services(tmp_path, api, keyring=None)
    services.config_dir.mkdir(mode=0o700)
    credentials = services.config_dir / "credentials.json"
    for stored, expected in ((TOKEN + "\n", 0), (f"{TOKEN[:20]}\n{TOKEN[20:]}", ExitCode.AUTH)):
        document = {"version": 1, "profiles": {"default": {"type": "token", "token": stored}}}
        credentials.write_text(json.dumps(document))
        credentials.chmod(0o600)
        result = invoke(services, "articles", "get", "1")
        assert result.exit_code == expected, result.stderr
        assert TOKEN[20:] not in result.stdout + result.stderr
    assert sent_tokens(api) == [f"token {TOKEN}"]


def test_a_lower_layers_error_text_never_carries_the_token_to_stderr(services: Services, api: FakeAPI) -> None:
    def leaky(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy said: bad credentials {request.headers['authorization']}")

    api.on("GET", "/v2/articles/1", leaky)
    for options in ((), ("--debug",)):
        result = invoke(services, *options, "articles", "get", "1", env={"FIGSHARE_TOKEN": TOKEN + "\n"})
        assert result.exit_code == ExitCode.NETWORK
        assert "bad credentials" in result.stderr
        assert TOKEN not in result.stdout + result.stderr


@pytest.mark.parametrize(("mode", "warning"), [(0o777, "written to"), (0o770, "written to"), (0o755, "read")])
def test_a_config_folder_others_can_reach_is_warned_about(
    tmp_path: Path, api: FakeAPI, mode: int, warning: str
) -> None:
    api.on("GET", "/v2/articles/1", ARTICLE)
    services = make_services(tmp_path, api, keyring=None)
    services.config_dir.mkdir()
    services.config_dir.chmod(mode)
    result = invoke(services, "articles", "get", "1")
    assert result.exit_code == 0
    assert f"can be {warning} by other users" in result.stderr
    assert f"chmod 700 '{services.config_dir}'" in result.stderr
    assert f"{mode:04o}" in result.stderr


def test_a_private_config_folder_gets_no_warning(tmp_path: Path, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles/1", ARTICLE)
    services = make_services(tmp_path, api, keyring=None)
    services.config_dir.mkdir()
    services.config_dir.chmod(0o700)
    result = invoke(services, "articles", "get", "1")
    assert "Warning" not in result.stderr
    missing = make_services(tmp_path / "elsewhere", api, keyring=None)
    assert "Warning" not in invoke(missing, "articles", "get", "1").stderr


# Titles, file names and error messages come from the server (anyone can publish an article): their control
# characters must not reach the terminal, where ESC sequences retitle the window, clear the screen, or write
# the clipboard (OSC 52); C1 controls (U+009B is CSI) act the same in terminals that honour them.
HOSTILE = "Evil\x1b]0;pwned\x07\x1b]52;c;ZWNobyBoaQ==\x07\x1b[2J\x9b31m\x00 title"


def test_server_text_cannot_drive_the_terminal(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles", [{**ARTICLE, "title": HOSTILE}])
    api.on("GET", "/v2/articles/2", {"message": HOSTILE, "code": "EntityNotFound"}, status=404)
    api.on("GET", "/v2/account/articles/3", {"id": 3, "title": HOSTILE})
    api.on("GET", "/v2/articles/4", {**ARTICLE, "id": 4, "title": HOSTILE, "files": [{"id": 9, "name": HOSTILE}]})
    shown = [
        invoke(services, "articles", "list").stdout,
        invoke(services, "articles", "get", "4").stdout,
        invoke(services, "articles", "get", "2").stderr,
        invoke(services, "articles", "delete", "3", input="n\n", env={"FIGSHARE_TOKEN": TOKEN}).stderr,
    ]
    for text in shown:
        assert "Evil" in text and "title" in text, shown
        assert not any((ord(c) < 32 and c != "\n") or 127 <= ord(c) < 160 for c in text), shown
