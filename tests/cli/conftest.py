"""Fixtures for the command-line tests: a clean environment, a fake API and services wired to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from figshare.cli._services import Services
from tests.cli.cli_fakes import FakeAPI, MemoryKeyring, make_services

ENVIRONMENT = (
    "FIGSHARE_TOKEN",
    "FIGSHARE_PROFILE",
    "FIGSHARE_BASE_URL",
    "FIGSHARE_CONFIG_DIR",
    "FIGSHARE_CLIENT_ID",
    "FIGSHARE_CLIENT_SECRET",
    "FIGSHARE_STATS_USER",
    "FIGSHARE_STATS_PASSWORD",
    "FIGSHARE_OAI_URL",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own Figshare settings never reach a test."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def services(tmp_path: Path, api: FakeAPI, keyring: MemoryKeyring) -> Services:
    return make_services(tmp_path, api, keyring=keyring)
