"""Fixtures for the OAI-PMH tests: the official response schema and an in-process server factory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tests.oai.harness import Harness, make_harness
from tests.oai.oai_server import load_schema


@pytest.fixture(scope="session")
def oai_schema(shared_dir: Path) -> etree.XMLSchema:
    """OAI-PMH.xsd, read from the shared reference folder."""
    return load_schema(shared_dir)


@pytest.fixture
def harness(oai_schema: etree.XMLSchema) -> Callable[..., Harness]:
    """Make an in-process OAI-PMH server (every page validated against OAI-PMH.xsd) and its clients."""

    def make(**options: Any) -> Harness:
        return make_harness(oai_schema, **options)

    return make
