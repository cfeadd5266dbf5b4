"""Fixtures for the core tests."""

from __future__ import annotations

import pytest

from tests.core.core_fakes import FakeClock, SleepRecorder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()
