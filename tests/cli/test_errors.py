"""Failures: one readable line, a hint, a documented exit code, and a traceback only with --debug."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from figshare.cli._failures import CliError, ExitCode, describe
from figshare.cli._services import Services
from tests.cli.cli_fakes import FakeAPI, invoke


def answer(status: int, body: object = None, **headers: str) -> object:
    def respond(request: httpx.Request) -> httpx.Response:
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return respond


def fail(error: Exception) -> object:
    def respond(request: httpx.Request) -> httpx.Response:
        raise error

    return respond


@pytest.mark.parametrize(
    ("responder", "code", "message", "hint"),
    [
        (
            answer(401, {"message": "Invalid token", "code": "InvalidToken"}),
            ExitCode.AUTH,
            "401 Unauthorized: Invalid token (code: InvalidToken) [GET https://api.figshare.com/v2/articles/1]",
            "The token was refused",
        ),
        (
            answer(403, {"message": "Forbidden", "code": "Forbidden"}),
            ExitCode.AUTH,
            "403 Forbidden",
            "may not do this",
        ),
        (
            answer(404, {"message": "Entity not found", "code": "EntityNotFound"}),
            ExitCode.NOT_FOUND,
            "404 Not Found: Entity not found",
            "--mine",
        ),
        (
            answer(404, b"<html><body><h1>Not Found</h1></body></html>", **{"Content-Type": "text/html"}),
            ExitCode.NOT_FOUND,
            "HTML page",
            "check --base-url",
        ),
        (answer(409, {"message": "Locked"}), ExitCode.REJECTED, "409 Conflict", "try again shortly"),
        (
            answer(422, {"message": "Invalid field"}),
            ExitCode.REJECTED,
            "422 Unprocessable",
            "Figshare refused",
        ),
        (
            answer(429, {"message": "Slow down"}, **{"Retry-After": "120"}),
            ExitCode.UNAVAILABLE,
            "429 Too Many",
            "wait 120 s",
        ),
        (answer(503, b"upstream down"), ExitCode.UNAVAILABLE, "503 Service Unavailable", "try again later"),
        (
            fail(httpx.ConnectError("[Errno 111] Connection refused")),
            ExitCode.NETWORK,
            "Connection refused",
            "Check the network connection",
        ),
        (fail(httpx.ReadTimeout("timed out")), ExitCode.NETWORK, "timed out", "did not answer in time"),
        (answer(202, b"", **{"x-amzn-waf-action": "challenge"}), ExitCode.NETWORK, "challenge", "firewall"),
        (answer(200, b"<html>maintenance</html>"), ExitCode.FAILED, "HTML", "--debug"),
    ],
)
def test_failures_map_to_exit_codes_and_hints(
    services: Services, api: FakeAPI, responder: object, code: ExitCode, message: str, hint: str
) -> None:
    api.on("GET", "/v2/articles/1", responder)
    result = invoke(services, "articles", "get", "1")
    assert result.exit_code == code, result.stderr
    error_line, hint_line = result.stderr.splitlines()
    assert error_line.startswith("Error: ")
    assert message in error_line
    assert hint_line.startswith("Hint: ")
    assert hint in hint_line
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_debug_shows_the_traceback_and_the_request_log(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles/1", answer(404, {"message": "Entity not found"}))
    result = invoke(services, "--debug", "articles", "get", "1")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "Traceback (most recent call last)" in result.stderr
    assert "NotFoundError" in result.stderr
    assert "figshare: GET https://api.figshare.com/v2/articles/1 -> 404" in result.stderr
    assert result.stderr.rstrip().splitlines()[-2].startswith("Error: 404 Not Found")


def test_an_unexpected_exception_asks_for_a_report(services: Services) -> None:
    def broken_factory(settings: object) -> Any:
        raise ZeroDivisionError("boom")

    services.make_client = broken_factory  # a bug outside any call (inside a call it would be a FigshareError)
    result = invoke(services, "articles", "get", "1")
    assert result.exit_code == ExitCode.FAILED
    assert "Error: unexpected ZeroDivisionError: boom" in result.stderr
    assert "This is a bug in figshare-sdk; please report it" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_are_the_frameworks_exit_2(services: Services) -> None:
    result = invoke(services, "articles", "get")
    assert result.exit_code == ExitCode.USAGE
    assert "Missing argument" in result.stderr
    unknown = invoke(services, "artcles")
    assert unknown.exit_code == ExitCode.USAGE
    assert "Did you mean 'articles'" in unknown.stderr


def test_an_interrupt_is_exit_130_with_a_note(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/articles/1", fail(KeyboardInterrupt()))
    result = invoke(services, "articles", "get", "1")
    assert result.exit_code == ExitCode.INTERRUPTED
    assert "Interrupted. Run the same command again" in result.stderr


def test_a_file_that_cannot_be_read_is_one_line(services: Services, tmp_path: object) -> None:
    failure = describe(FileNotFoundError(2, "No such file or directory", "/nowhere/x.json"))
    assert failure.message == "cannot use '/nowhere/x.json': No such file or directory"
    assert failure.exit_code == ExitCode.FAILED


def test_cli_errors_keep_their_code_and_hint() -> None:
    failure = describe(CliError("not\nsigned   in", hint="Sign in.", exit_code=ExitCode.AUTH))
    assert (failure.message, failure.hint, failure.exit_code) == ("not signed in", "Sign in.", ExitCode.AUTH)


def test_exit_codes_are_documented() -> None:
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    documentation = guide[guide.index("## Errors and exit codes") :]
    for code in ExitCode:
        assert f"| {code.value} |" in documentation, f"exit code {code.value} ({code.name}) is not in docs/cli.md"


def test_a_base_url_with_a_password_is_refused_in_a_readable_line(services: Services) -> None:
    # the message names the arguments to use instead; the CLI's secret scrubbing must not garble it
    result = invoke(services, "--base-url", "https://ada:canary-pw@api.figshare.com/v2", "articles", "get", "1")
    assert result.exit_code == ExitCode.USAGE
    error_line = result.stderr.splitlines()[0]
    assert error_line.endswith("(pass credentials as arguments of their own: token, auth, client_secret)")
    assert "canary-pw" not in result.stderr and "REDACTED" not in error_line
