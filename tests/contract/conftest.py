"""A Prism mock of the patched spec, shared by the contract tests of one session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.prism import PRISM, prism_mock


@pytest.fixture(scope="session")
def prism_url(patched_spec_path: Path) -> Iterator[str]:
    if not PRISM.exists():
        message = "Stoplight Prism is not installed (run `npm ci`)"
        if os.environ.get("FIGSHARE_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with prism_mock(patched_spec_path) as url:
        yield url
