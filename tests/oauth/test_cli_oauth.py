"""`figshare login --oauth` and OAuth profiles against the stand-in (real sockets, the real clients)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import Result

from figshare.cli._failures import ExitCode
from figshare.cli._services import Services
from tests.cli.cli_fakes import invoke
from tests.oauth.helpers import browser_get
from tests.oauth.standin import CLIENT_ID, CLIENT_SECRET, StandIn

SECRET_ENV = {"FIGSHARE_CLIENT_SECRET": CLIENT_SECRET}


class Browser:
    def __init__(self) -> None:
        self.visited: list[str] = []

    def __call__(self, url: str) -> bool:
        self.visited.append(url)
        browser_get(url)
        return True


def services_for(tmp_path: Path, browser: Browser) -> Services:
    return Services(config_dir=tmp_path / "config", find_keyring=lambda: None, open_browser=browser)


def login(services: Services, standin: StandIn, *options: str) -> Result:
    return invoke(
        services, "--base-url", standin.api, "login", "--oauth", "--client-id", CLIENT_ID, *options, env=SECRET_ENV
    )


def stored_token(services: Services) -> dict[str, object]:
    document = json.loads((services.config_dir / "credentials.json").read_text())
    token: dict[str, object] = document["profiles"]["default"]["token"]
    return token


def test_login_with_pkce_against_a_custom_host(tmp_path: Path, standin: StandIn) -> None:
    browser = Browser()
    services = services_for(tmp_path, browser)
    result = login(services, standin)
    assert result.exit_code == 0, result.stderr
    assert browser.visited[0].startswith(f"{standin.authorize_url}?")
    assert "code_challenge=" in browser.visited[0]
    assert "code_verifier" in standin.token_requests("authorization_code")[0].form
    config = (services.config_dir / "config.ini").read_text()
    assert f"base_url = {standin.api}" in config
    assert "pkce" not in config  # the default is not written
    assert CLIENT_SECRET not in config


def test_no_pkce_is_kept_in_the_profile(tmp_path: Path, standin: StandIn) -> None:
    standin.pkce = "refuse"
    services = services_for(tmp_path, Browser())
    refused = login(services, standin)
    assert refused.exit_code == ExitCode.AUTH
    assert "invalid_request" in refused.stderr
    assert CLIENT_SECRET not in refused.stderr + refused.stdout
    result = login(services, standin, "--no-pkce")
    assert result.exit_code == 0, result.stderr
    assert "pkce = false" in (services.config_dir / "config.ini").read_text()
    again = login(services, standin)  # the profile remembers
    assert again.exit_code == 0, again.stderr
    assert all("code_verifier" not in request.form for request in standin.token_requests("authorization_code")[1:])


def test_the_token_url_and_authorize_url_are_profile_settings(tmp_path: Path, standin: StandIn) -> None:
    browser = Browser()
    services = services_for(tmp_path, browser)
    port = standin.base.rsplit(":", 1)[1]
    api = f"http://localhost:{port}/v2"  # the API under one name, the OAuth endpoints under another
    authorize_url = f"http://127.0.0.1:{port}/account/applications/authorize"
    result = invoke(
        services,
        "--base-url",
        api,
        "login",
        "--oauth",
        "--client-id",
        CLIENT_ID,
        "--authorize-url",
        authorize_url,
        "--token-url",
        f"http://127.0.0.1:{port}/v2/token",
        env=SECRET_ENV,
    )
    assert result.exit_code == 0, result.stderr
    assert browser.visited[0].startswith(f"{authorize_url}?")
    (exchange,) = standin.token_requests("authorization_code")
    assert exchange.headers["Host"] == f"127.0.0.1:{port}"
    assert standin.api_requests()[0].headers["Host"] == f"localhost:{port}"
    config = (services.config_dir / "config.ini").read_text()
    assert f"token_url = http://127.0.0.1:{port}/v2/token" in config
    assert f"authorize_url = {authorize_url}" in config
    standin.expire_access_tokens()
    assert invoke(services, "whoami").exit_code == 0  # the renewal goes to the profile's token_url
    refresh = standin.token_requests("refresh_token")[0]
    assert refresh.headers["Host"] == f"127.0.0.1:{port}"


@pytest.mark.parametrize(
    ("option", "value"),
    [("--token-url", "http://auth.example.org/token"), ("--authorize-url", "http://figshare.example/authorize")],
)
def test_a_plain_http_endpoint_elsewhere_is_a_usage_error(
    tmp_path: Path, standin: StandIn, option: str, value: str
) -> None:
    services = services_for(tmp_path, Browser())
    result = login(services, standin, option, value)
    assert result.exit_code == ExitCode.USAGE
    assert option.lstrip("-").replace("-", "_") in result.stderr
    assert standin.token_requests() == []


def test_an_expired_token_is_renewed_once_and_kept(tmp_path: Path, standin: StandIn) -> None:
    standin.rotate_refresh_tokens = True
    services = services_for(tmp_path, Browser())
    assert login(services, standin).exit_code == 0
    before = stored_token(services)
    standin.expire_access_tokens()
    result = invoke(services, "--base-url", standin.api, "whoami", "--json")
    assert result.exit_code == 0, result.stderr
    assert len(standin.token_requests("refresh_token")) == 1
    after = stored_token(services)
    assert after["access_token"] != before["access_token"]
    assert after["refresh_token"] != before["refresh_token"]  # the rotated one is kept


def test_options_that_only_oauth_takes(tmp_path: Path) -> None:
    services = services_for(tmp_path, Browser())
    result = invoke(services, "login", "--with-token", "--no-pkce", input="token-1234\n")
    assert result.exit_code == ExitCode.USAGE
    assert "are for --oauth" in result.stderr


def test_a_bad_pkce_value_in_the_profile(tmp_path: Path, standin: StandIn) -> None:
    services = services_for(tmp_path, Browser())
    services.config_dir.mkdir(mode=0o700)
    (services.config_dir / "config.ini").write_text("[default]\npkce = perhaps\n")
    result = login(services, standin)
    assert result.exit_code != 0
    assert "pkce" in result.stderr
