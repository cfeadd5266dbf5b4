"""Fixtures for file transfer tests: the upload emulator, a client pointed at it, and a fake clock."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from figshare import AsyncFigshare, Figshare, RetryPolicy
from tests.servers.figshare_upload_emulator import FigshareEmulator

NO_WAIT_RETRIES = RetryPolicy(max_retries=2, initial_backoff=0.0)
"""Core retries without waiting, so faults cost no time."""


class FakeTime:
    """A monotonic clock that only moves when something sleeps on it (thread-safe)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def emulator(upload_emulator: FigshareEmulator) -> FigshareEmulator:
    return upload_emulator


def client_for(emulator: FigshareEmulator, **options: object) -> Figshare:
    settings: dict[str, object] = {
        "token": emulator.token,
        "base_url": emulator.api_base_url,
        "rate_limit": None,
        "retry": NO_WAIT_RETRIES,
        "trusted_hosts": [emulator.api_host, emulator.upload_host],
    }
    settings.update(options)
    return Figshare(**settings)  # type: ignore[arg-type]


def async_client_for(emulator: FigshareEmulator, **options: object) -> AsyncFigshare:
    settings: dict[str, object] = {
        "token": emulator.token,
        "base_url": emulator.api_base_url,
        "rate_limit": None,
        "retry": NO_WAIT_RETRIES,
        "trusted_hosts": [emulator.api_host, emulator.upload_host],
    }
    settings.update(options)
    return AsyncFigshare(**settings)  # type: ignore[arg-type]


@pytest.fixture
def client(emulator: FigshareEmulator) -> Iterator[Figshare]:
    with client_for(emulator) as figshare:
        yield figshare


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


def write_random(path: Path, size: int) -> bytes:
    """A file of ``size`` random bytes; returns them."""
    data = os.urandom(size)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data
