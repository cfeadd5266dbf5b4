"""Fixtures for the OAuth tests: the loopback stand-in for Figshare's OAuth server, and another origin."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.oauth.standin import Recorder, StandIn, running_recorder, running_standin


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with running_standin() as server:
        yield server


@pytest.fixture
def other_origin() -> Iterator[Recorder]:
    """A server on another port (another origin) that answers 401 and records what it receives."""
    with running_recorder(401) as server:
        yield server
