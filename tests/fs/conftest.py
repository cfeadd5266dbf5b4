"""Fixtures for the `figshare://` filesystem: the public stand-in server, the upload emulator, filesystems."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from figshare import RetryPolicy
from figshare.fs import FigshareFileSystem
from tests.fs.public_server import Dataset, PublicFigshare, demo_dataset
from tests.servers.figshare_upload_emulator import FigshareEmulator

CANARY = "canary-fs-token-3f9a1c7e5b2d4680"
"""A token that must never show up in logs, reprs, errors or printed task graphs."""

FAST_RETRIES = RetryPolicy(max_retries=2, initial_backoff=0.0, max_backoff=0.0)


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return demo_dataset()


@pytest.fixture(scope="module")
def running_server(dataset: Dataset) -> Iterator[PublicFigshare]:
    with PublicFigshare(dataset) as server:
        yield server


@pytest.fixture
def server(running_server: PublicFigshare) -> Iterator[PublicFigshare]:
    """The public stand-in, with an empty log and no faults."""
    running_server.clear_log()
    yield running_server
    running_server.corrupt.clear()
    running_server.cut_after.clear()
    running_server.signature_lifetime = None
    running_server.ignore_range = False
    running_server.open_ended_ranges = False
    running_server.padding.clear()
    running_server.files_endpoint = True


@pytest.fixture(autouse=True)
def _fresh_instances() -> Iterator[None]:
    """fsspec caches filesystem instances; every test starts without any."""
    FigshareFileSystem.clear_instance_cache()
    yield
    FigshareFileSystem.clear_instance_cache()


def options_for(server: PublicFigshare, **options: Any) -> dict[str, Any]:
    """Storage options for the public stand-in: no rate limit, retries without waiting."""
    return {"base_url": server.api_base_url, "rate_limit": None, "retry": FAST_RETRIES, **options}


@pytest.fixture
def make_fs(server: PublicFigshare) -> Callable[..., FigshareFileSystem]:
    def make(**options: Any) -> FigshareFileSystem:
        return FigshareFileSystem(**options_for(server, **options))

    return make


@pytest.fixture
def fs(make_fs: Callable[..., FigshareFileSystem]) -> FigshareFileSystem:
    return make_fs()


def emulator_options(emulator: FigshareEmulator, tmp_state: Any, **options: Any) -> dict[str, Any]:
    """Storage options for the upload emulator (your own articles): its token, uploads' state in tmp."""
    return {
        "token": emulator.token,
        "base_url": emulator.api_base_url,
        "rate_limit": None,
        "retry": FAST_RETRIES,
        "trusted_hosts": [emulator.api_host, emulator.upload_host],
        "state_dir": str(tmp_state),
        **options,
    }
