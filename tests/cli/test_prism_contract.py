"""Every item command against a Prism mock of the patched spec: each request must reach a documented
operation (Prism answers any other path or method with an error), carry no request violation Prism reports
(``sl-violations``), and the documented example answer must be read and printed (exit 0, valid JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from figshare import Figshare
from figshare.cli._services import ClientSettings, Services
from tests.cli.cli_fakes import invoke

pytestmark = pytest.mark.prism

COMMANDS = [
    ["whoami", "--json"],
    ["categories", "--json"],
    ["licenses", "--json"],
    *[
        command
        for kind in ("articles", "collections", "projects")
        for command in (
            [kind, "list", "--json", "--limit", "3"],
            [kind, "list", "--mine", "--json", "--limit", "3"],
            [kind, "search", ":title: growth", "--json", "--limit", "3"],
            [kind, "search", "growth", "--mine", "--json", "--limit", "3"],
            [kind, "get", "1", "--json"],
            [kind, "get", "1", "--mine", "--json"],
            [kind, "create", "--title", "Growth curves", "--description", "Data", "--json"],
            [kind, "update", "1", "--title", "Renamed", "--json"],
            [kind, "publish", "1", "--yes", "--json"],
            [kind, "delete", "1", "--yes"],
        )
    ],
    [
        "articles",
        "create",
        "--title",
        "Growth curves",
        "--keyword",
        "k",
        "--category",
        "1",
        "--author",
        "Ada Lovelace",
        "--type",
        "dataset",
        "--license",
        "1",
        "--json",
    ],
    ["collections", "create", "--title", "Growth curves", "--article", "1", "--keyword", "k", "--json"],
    ["articles", "list", "--published-since", "2024-01-01", "--order", "views", "--direction", "desc", "--json"],
]


class PrismServices:
    """Services whose clients note every violation Prism reports (``sl-violations``) about a request."""

    def __init__(self, config_dir: Path) -> None:
        self.violations: list[str] = []
        self.services = Services(config_dir=config_dir, find_keyring=lambda: None, make_client=self.client)

    def client(self, settings: ClientSettings) -> Figshare:
        def note(response: httpx.Response) -> None:
            reported = json.loads(response.headers.get("sl-violations") or "[]")
            # Only the request's: Prism also reports its own example answers (e.g. a `location` not a URL).
            for violation in reported:
                if violation.get("location", [None])[0] == "request":
                    self.violations.append(f"{response.request.method} {response.request.url}: {violation}")

        http_client = httpx.Client(event_hooks={"response": [note]}, follow_redirects=True, timeout=30)
        return Figshare(token=settings.token, base_url=settings.base_url, rate_limit=None, http_client=http_client)


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> PrismServices:
    return PrismServices(tmp_path_factory.mktemp("prism") / "config")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command))
def test_the_command_sends_what_the_spec_allows(prism: PrismServices, prism_url: str, command: list[str]) -> None:
    prism.violations.clear()
    result = invoke(prism.services, "--base-url", prism_url, *command, env={"FIGSHARE_TOKEN": "prism-token"})
    assert result.exit_code == 0, result.stderr
    assert prism.violations == []
    if "--json" in command:
        json.loads(result.stdout)
