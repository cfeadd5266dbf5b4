"""Fixtures for the OAI-PMH tests: the official response schema and an in-process server factory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from lxml import etree

from figshare.oai import _prefetch
from tests.oai.schema import load_schema

if TYPE_CHECKING:
    from tests.oai.harness import Harness


@pytest.fixture(autouse=True)
def prefetch_even_from_fast_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-process server answers at once; fetch ahead anyway, so that every test exercises that path."""
    monkeypatch.setattr(_prefetch, "WORTHWHILE_LATENCY", 0.0)
    monkeypatch.setattr(_prefetch, "WORTHWHILE_BEFORE_PARSE", 0.0)
    monkeypatch.setattr(_prefetch, "HAND_OVER", 0.0)


@pytest.fixture(scope="session")
def oai_schema(shared_dir: Path) -> etree.XMLSchema:
    """OAI-PMH.xsd, read from the shared reference folder."""
    return load_schema(shared_dir)


@pytest.fixture
def harness(oai_schema: etree.XMLSchema) -> Callable[..., Harness]:
    """Make an in-process OAI-PMH server (every page validated against OAI-PMH.xsd) and its clients."""

    from tests.oai.harness import make_harness

    def make(**options: Any) -> Harness:
        return make_harness(oai_schema, **options)

    return make
