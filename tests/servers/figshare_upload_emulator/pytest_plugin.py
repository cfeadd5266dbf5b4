"""Pytest fixtures for the emulator. Load with ``pytest_plugins = ["figshare_upload_emulator.pytest_plugin"]``
(in ``tests/conftest.py``, or in a test module while ``tests/servers`` is on ``sys.path``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.figshare_upload_emulator._emulator import FigshareEmulator

TEST_PART_SIZE = 1024


@pytest.fixture
def upload_emulator() -> Iterator[FigshareEmulator]:
    """A started :class:`FigshareEmulator` with 1 KiB parts, stopped after the test. The test fails if a
    server thread raised an unexpected exception."""
    with FigshareEmulator(part_size=TEST_PART_SIZE) as emulator:
        yield emulator
        if emulator.errors:
            pytest.fail("the upload emulator failed:\n" + "\n".join(emulator.errors))
