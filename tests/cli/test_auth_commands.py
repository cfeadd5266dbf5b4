"""login, logout, whoami and profiles: where tokens are stored, which one is used, and what is shown."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from figshare.cli._credentials import KEYRING_SERVICE
from figshare.cli._failures import ExitCode
from figshare.cli._services import Services
from tests.cli.cli_fakes import FakeAPI, FakeBrowser, MemoryKeyring, account, invoke, make_services

TOKEN = "personal-token-0123"


def authorization_of(request: httpx.Request) -> str | None:
    return request.headers.get("Authorization")


def test_login_checks_the_token_then_stores_it_in_the_keyring(
    services: Services, api: FakeAPI, keyring: MemoryKeyring
) -> None:
    api.on("GET", "/v2/account", account())
    result = invoke(services, "login", input=TOKEN + "\n")
    assert result.exit_code == 0, result.stderr
    assert "Signed in to https://api.figshare.com/v2 as Ada Lovelace <ada@example.org>" in result.stdout
    assert "system keyring" in result.stdout
    assert authorization_of(api.requests[0]) == f"token {TOKEN}"
    stored = json.loads(keyring.passwords[(KEYRING_SERVICE, "default")])
    assert stored == {"type": "token", "token": TOKEN}
    assert not (services.config_dir / "credentials.json").exists()
    assert "auth = token" in (services.config_dir / "config.ini").read_text()


def test_a_refused_token_is_not_stored(services: Services, api: FakeAPI, keyring: MemoryKeyring) -> None:
    api.on("GET", "/v2/account", {"message": "Invalid token", "code": "InvalidToken"}, status=401)
    result = invoke(services, "login", input="wrong\n")
    assert result.exit_code == ExitCode.AUTH
    assert "401 Unauthorized" in result.stderr
    assert "Hint: The token was refused" in result.stderr
    assert keyring.passwords == {}
    assert not (services.config_dir / "config.ini").exists()


def test_without_a_keyring_the_token_goes_to_a_file_only_the_owner_reads(tmp_path: Path, api: FakeAPI) -> None:
    api.on("GET", "/v2/account", account())
    services = make_services(tmp_path, api, keyring=None)
    result = invoke(services, "login", "--with-token", input=TOKEN)
    assert result.exit_code == 0, result.stderr
    credentials = services.config_dir / "credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    assert json.loads(credentials.read_text())["profiles"]["default"] == {"type": "token", "token": TOKEN}
    assert str(credentials) in result.stdout

    whoami = invoke(services, "whoami", "--json")
    assert json.loads(whoami.stdout)["credentials"] == {"type": "personal token", "source": str(credentials)}


def test_a_failing_keyring_falls_back_to_the_file_with_a_warning(tmp_path: Path, api: FakeAPI) -> None:
    api.on("GET", "/v2/account", account())
    services = make_services(tmp_path, api, keyring=MemoryKeyring(broken=True))
    result = invoke(services, "login", "--with-token", "--store", "auto", input=TOKEN)
    assert result.exit_code == 0, result.stderr
    assert "Warning: the system keyring failed (RuntimeError)" in result.stderr
    assert (services.config_dir / "credentials.json").exists()


def test_store_keyring_fails_when_there_is_none(tmp_path: Path, api: FakeAPI) -> None:
    api.on("GET", "/v2/account", account())
    services = make_services(tmp_path, api, keyring=None)
    result = invoke(services, "login", "--with-token", "--store", "keyring", input=TOKEN)
    assert result.exit_code == ExitCode.AUTH
    assert "no system keyring is available" in result.stderr
    assert "--store file" in result.stderr


def test_store_file_keeps_it_out_of_the_keyring(services: Services, api: FakeAPI, keyring: MemoryKeyring) -> None:
    api.on("GET", "/v2/account", account())
    assert invoke(services, "login", "--with-token", input=TOKEN).exit_code == 0
    result = invoke(services, "login", "--with-token", "--store", "file", input=TOKEN)
    assert result.exit_code == 0
    assert keyring.passwords == {}  # moved, not copied
    assert (services.config_dir / "credentials.json").exists()


def test_whoami_uses_the_stored_token_and_says_where_it_came_from(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account", account())
    invoke(services, "login", "--with-token", input=TOKEN)
    result = invoke(services, "whoami")
    assert result.exit_code == 0
    assert "Ada Lovelace <ada@example.org>" in result.stdout
    assert "personal token from the system keyring" in result.stdout
    assert authorization_of(api.requests[-1]) == f"token {TOKEN}"


def test_the_environment_and_the_option_override_the_stored_token(services: Services, api: FakeAPI) -> None:
    api.on("GET", "/v2/account", account())
    invoke(services, "login", "--with-token", input=TOKEN)

    from_env = invoke(services, "whoami", "--json", env={"FIGSHARE_TOKEN": "env-token"})
    assert json.loads(from_env.stdout)["credentials"]["source"] == "FIGSHARE_TOKEN"
    assert authorization_of(api.requests[-1]) == "token env-token"

    from_option = invoke(services, "--token", "option-token", "whoami", "--json", env={"FIGSHARE_TOKEN": "env-token"})
    assert json.loads(from_option.stdout)["credentials"]["source"] == "--token"
    assert authorization_of(api.requests[-1]) == "token option-token"


def test_whoami_when_signed_out_explains_how_to_sign_in(services: Services, api: FakeAPI) -> None:
    result = invoke(services, "whoami")
    assert result.exit_code == ExitCode.AUTH
    assert "Error: not signed in (profile 'default')" in result.stderr
    assert "figshare login" in result.stderr
    assert api.requests == []  # refused before anything was sent


def test_logout_removes_the_token(services: Services, api: FakeAPI, keyring: MemoryKeyring) -> None:
    api.on("GET", "/v2/account", account())
    invoke(services, "login", "--with-token", input=TOKEN)
    result = invoke(services, "logout")
    assert result.exit_code == 0
    assert "removed the token from the system keyring" in result.stdout
    assert keyring.passwords == {}
    assert invoke(services, "whoami").exit_code == ExitCode.AUTH
    assert "had no stored token" in invoke(services, "logout").stdout


def test_logout_warns_that_the_environment_token_still_applies(services: Services) -> None:
    result = invoke(services, "logout", env={"FIGSHARE_TOKEN": "env-token"})
    assert "FIGSHARE_TOKEN is still set" in result.stderr


def test_profiles_keep_accounts_and_hosts_apart(services: Services, api: FakeAPI, keyring: MemoryKeyring) -> None:
    api.on("GET", "/v2/account", account())
    assert invoke(services, "login", "--with-token", input="prod-token").exit_code == 0
    staging = invoke(services, "--profile", "staging", "login", "--staging", "--with-token", input="stage-token")
    assert staging.exit_code == 0, staging.stderr
    assert "Signed in to https://api.figsh.com/v2" in staging.stdout
    assert str(api.requests[-1].url) == "https://api.figsh.com/v2/account"

    invoke(services, "-p", "staging", "whoami")
    assert str(api.requests[-1].url) == "https://api.figsh.com/v2/account"
    assert authorization_of(api.requests[-1]) == "token stage-token"
    invoke(services, "whoami")
    assert str(api.requests[-1].url) == "https://api.figshare.com/v2/account"
    assert authorization_of(api.requests[-1]) == "token prod-token"

    listing = json.loads(invoke(services, "profiles", "--json", env={"FIGSHARE_PROFILE": "staging"}).stdout)
    assert listing == [
        {
            "name": "default",
            "current": False,
            "base_url": "https://api.figshare.com/v2",
            "auth": "token",
            "token": "keyring",
        },
        {
            "name": "staging",
            "current": True,
            "base_url": "https://api.figsh.com/v2",
            "auth": "token",
            "token": "keyring",
        },
    ]


def test_a_bad_profile_name_is_a_usage_error(services: Services) -> None:
    result = invoke(services, "--profile", "../etc", "whoami")
    assert result.exit_code == ExitCode.USAGE
    assert "not a valid profile name" in result.stderr


def test_a_damaged_credentials_file_is_reported_not_ignored(tmp_path: Path, api: FakeAPI) -> None:
    services = make_services(tmp_path, api, keyring=None)
    services.config_dir.mkdir(parents=True)
    (services.config_dir / "credentials.json").write_text("{not json")
    result = invoke(services, "whoami")
    assert result.exit_code == ExitCode.AUTH
    assert "the credentials file is damaged" in result.stderr
    assert "figshare logout" in result.stderr


def test_a_credentials_file_others_can_read_is_warned_about(tmp_path: Path, api: FakeAPI) -> None:
    api.on("GET", "/v2/account", account())
    services = make_services(tmp_path, api, keyring=None)
    invoke(services, "login", "--with-token", input=TOKEN)
    (services.config_dir / "credentials.json").chmod(0o644)
    result = invoke(services, "whoami")
    assert result.exit_code == 0
    assert "can be read by other users; run: chmod 600" in result.stderr


OAUTH_TOKEN = {
    "access_token": "oauth-access-1",
    "refresh_token": "oauth-refresh-1",
    "expires_in": 3600,
    "token_type": "bearer",
}


def oauth_api() -> FakeAPI:
    api = FakeAPI()
    api.on("GET", "/v2/account", account())
    api.on("POST", "/v2/token", OAUTH_TOKEN)
    return api


def test_oauth_login_through_the_browser(tmp_path: Path, keyring: MemoryKeyring) -> None:
    api = oauth_api()
    browser = FakeBrowser()
    services = make_services(tmp_path, api, keyring=keyring, open_browser=browser)
    result = invoke(
        services,
        "login",
        "--oauth",
        "--client-id",
        "app-1",
        env={"FIGSHARE_CLIENT_SECRET": "client-secret-1"},
    )
    assert result.exit_code == 0, result.stderr
    assert "Signed in to https://api.figshare.com/v2 as Ada Lovelace" in result.stdout
    (visited,) = browser.visited
    assert visited.startswith("https://figshare.com/account/applications/authorize?")
    token_request = api.sent("POST")[0]
    form = dict(httpx.QueryParams(token_request.content.decode()))
    assert form["code"] == "the-code"
    assert form["client_secret"] == "client-secret-1"
    assert authorization_of(api.sent("GET")[-1]) == "token oauth-access-1"
    stored = json.loads(keyring.passwords[(KEYRING_SERVICE, "default")])
    assert stored["type"] == "oauth"
    assert stored["token"]["refresh_token"] == "oauth-refresh-1"
    config = (services.config_dir / "config.ini").read_text()
    assert "client_id = app-1" in config
    assert "client-secret-1" not in config


def test_oauth_login_on_staging_uses_the_staging_authorization_page(tmp_path: Path) -> None:
    browser = FakeBrowser()
    services = make_services(tmp_path, oauth_api(), open_browser=browser)
    result = invoke(services, "login", "--oauth", "--staging", "--client-id", "app-1", input="client-secret-1\n")
    assert result.exit_code == 0, result.stderr
    assert browser.visited[0].startswith("https://figsh.com/account/applications/authorize?")


def test_oauth_needs_a_client_id(services: Services) -> None:
    result = invoke(services, "login", "--oauth")
    assert result.exit_code == ExitCode.USAGE
    assert "needs the application's client id" in result.stderr


def test_an_expired_oauth_token_is_renewed_and_the_new_one_kept(tmp_path: Path, keyring: MemoryKeyring) -> None:
    api = oauth_api()
    services = make_services(tmp_path, api, keyring=keyring, open_browser=FakeBrowser())
    invoke(
        services,
        "login",
        "--oauth",
        "--client-id",
        "app-1",
        env={"FIGSHARE_CLIENT_SECRET": "client-secret-1"},
    )

    def expired_unless_renewed(request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") == "token oauth-access-2":
            return httpx.Response(200, json=account())
        return httpx.Response(401, json={"message": "Token expired", "code": "InvalidToken"})

    api.on("GET", "/v2/account", expired_unless_renewed)
    api.on("POST", "/v2/token", {**OAUTH_TOKEN, "access_token": "oauth-access-2"})
    result = invoke(services, "whoami", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["credentials"]["type"] == "OAuth"
    refresh = dict(httpx.QueryParams(api.sent("POST")[-1].content.decode()))
    assert refresh["grant_type"] == "refresh_token"
    assert refresh["refresh_token"] == "oauth-refresh-1"
    stored = json.loads(keyring.passwords[(KEYRING_SERVICE, "default")])
    assert stored["token"]["access_token"] == "oauth-access-2"
    assert stored["token"]["refresh_token"] == "oauth-refresh-1"  # kept: Figshare sent no new one


@pytest.mark.parametrize("answer", ["", "   "])
def test_an_empty_token_is_a_usage_error(services: Services, answer: str) -> None:
    result = invoke(services, "login", "--with-token", input=answer)
    assert result.exit_code == ExitCode.USAGE
    assert "no token was given" in result.stderr


def test_login_without_a_terminal_reads_standard_input(services: Services, api: FakeAPI, tmp_path: Path) -> None:
    # a script or CI job (stdin a pipe or /dev/null): no hidden prompt, no getpass warning, a usage error if empty
    api.on("GET", "/v2/account", account())
    assert invoke(services, "login", input=TOKEN + "\n").exit_code == 0
    empty = invoke(services, "login", input="")
    assert empty.exit_code == ExitCode.USAGE, empty.stderr
    assert "no token was given" in empty.stderr
    environment = {**os.environ, "FIGSHARE_CONFIG_DIR": str(tmp_path / "config")}
    environment.pop("FIGSHARE_TOKEN", None)
    run = subprocess.run(
        [sys.executable, "-m", "figshare", "login"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert run.returncode == ExitCode.USAGE, run.stderr
    assert run.stderr.strip() == "Error: no token was given"
