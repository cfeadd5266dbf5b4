"""Scale-out on a dask.distributed LocalCluster with process workers, against the public stand-in running in its
own process: dask.dataframe.read_csv with a glob, dask.bag over a collection's files, the download and
process helpers under one cluster-wide API budget, OAI-PMH sets, and a canary token that never shows."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import httpx
import pytest
from distributed import Client, LocalCluster

from figshare.fs.cluster import (
    SharedRateLimiter,
    collection_files,
    download_files,
    oai_set_files,
    process_files,
    shared_rate_limiter,
)
from tests.fs.conftest import CANARY, FAST_RETRIES

pytestmark = pytest.mark.cluster

REPOSITORY = Path(__file__).resolve().parents[2]
TIMEOUT = 120
"""Seconds any cluster computation may take (a broken worker fails the test instead of hanging it)."""
INTERVAL = 0.2
"""Seconds between two API calls, cluster-wide, in these tests."""


@pytest.fixture(scope="module")
def remote_server() -> Iterator[dict[str, str]]:
    """The public stand-in in its own process (as Figshare is to a cluster): its URLs."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fs.public_server"],
        cwd=REPOSITORY,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        yield json.loads(process.stdout.readline())
    finally:
        process.stdin.close()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard": False},
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture
def options(remote_server: dict[str, str], client: Client) -> dict[str, Any]:
    """Storage options: the canary token (which the stand-in accepts and ignores) and the shared budget."""
    return {
        "token": CANARY,
        "base_url": remote_server["api_base_url"],
        "retry": FAST_RETRIES,
        "rate_limiter": shared_rate_limiter(client, min_interval=INTERVAL),
    }


@pytest.fixture(autouse=True)
def _no_canary_in_any_log(client: Client, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """After each test: the canary token is in no log record of this process, the scheduler or a worker."""
    caplog.set_level(logging.DEBUG)
    yield
    cluster_logs = json.dumps([client.get_scheduler_logs(), client.get_worker_logs()], default=str)
    assert CANARY not in cluster_logs
    assert CANARY not in "\n".join(record.getMessage() for record in caplog.records)


def server_log(remote_server: dict[str, str]) -> list[dict[str, Any]]:
    log: list[dict[str, Any]] = httpx.get(remote_server["api_base_url"].removesuffix("/v2") + "/_log").json()
    return log


def printed(value: Any, depth: int = 0) -> str:
    """Everything printing a graph can show: reprs of its tasks and, recursively, of their arguments."""
    parts = [repr(value), str(value)]
    if depth < 6:
        children: list[Any] = []
        if isinstance(value, dict):
            children = [*value.keys(), *value.values()]
        elif isinstance(value, list | tuple | set):
            children = list(value)
        else:
            for attribute in ("args", "kwargs", "func", "dependencies", "storage_options", "fs", "path"):
                if hasattr(value, attribute):
                    children.append(getattr(value, attribute))
        parts += [printed(child, depth + 1) for child in children]
    return "\n".join(parts)


def test_read_csv_with_a_glob_on_process_workers(client: Client, options: dict[str, Any]) -> None:
    frame = dd.read_csv("figshare://articles/1001/*.csv", storage_options=options)
    shown = "\n".join([repr(frame), repr(frame.expr), printed(dict(frame.__dask_graph__()))])
    assert CANARY not in shown
    result = client.compute(frame).result(timeout=TIMEOUT)
    assert result.shape == (120, 2)
    assert sorted(set(result["day"].str[:4])) == ["2020", "2021", "2022"]


def test_a_bag_over_a_collections_files(client: Client, options: dict[str, Any]) -> None:
    paths = collection_files(2001, storage_options=options)
    assert paths == [
        "figshare://collections/2001/1001/2020.csv",
        "figshare://collections/2001/1001/2021.csv",
        "figshare://collections/2001/1001/2022.csv",
        "figshare://collections/2001/1001/notes.txt",
        "figshare://collections/2001/1001/raw/early/2019-raw.csv",
        "figshare://collections/2001/1003/readme.txt",
    ]
    lines = db.read_text("figshare://collections/2001/*/*.csv", storage_options=options)
    assert CANARY not in printed(dict(lines.__dask_graph__()))
    assert client.compute(lines.count()).result(timeout=TIMEOUT) == 3 * 41

    def size(path: str) -> int:  # nested: pickled by value (pytest's module names do not import on workers)
        import fsspec

        with fsspec.open(path, "rb", **options) as file:
            return len(file.read())

    sizes = client.compute(db.from_sequence(paths, npartitions=2).map(size)).result(timeout=TIMEOUT)
    assert sizes[3] == len(b"measured at noon\n")


def test_downloads_and_processing_share_one_api_budget(
    client: Client, options: dict[str, Any], remote_server: dict[str, str], tmp_path: Path
) -> None:
    paths = collection_files("10.6084/m9.figshare.c.2001.v2", storage_options=options)
    started = len(server_log(remote_server))
    local = download_files(client, paths, tmp_path, storage_options=options)
    assert Path(local[0]) == tmp_path / "collections/10.6084/m9.figshare.c.2001.v2/1001/2020.csv"
    assert Path(local[-1]).read_bytes() == b"a dataset with an institutional DOI\n"
    sizes = process_files(client, lambda file: (file.path, len(file.read())), paths[:2], storage_options=options)
    assert sizes[1] == ("collections/10.6084/m9.figshare.c.2001.v2/1001/2021.csv", len(Path(local[1]).read_bytes()))

    log = server_log(remote_server)[started:]
    api_calls = [entry for entry in log if entry["path"].startswith("/v2/")]
    moments = sorted(entry["started"] for entry in api_calls)
    assert len(moments) >= 6, api_calls
    # Every API call of both workers drew a slot from the scheduler's budget, so together they took at least
    # the budget's time; one slot of slack for a call that a loaded machine sent late (two workers with a
    # limiter each would have needed only about half of it).
    assert moments[-1] - moments[0] >= (len(moments) - 2) * INTERVAL, moments
    # file bytes are not API calls: the storage host is not held to the budget
    assert [entry for entry in log if entry["host"] == "storage"], log


def test_oai_set_files(options: dict[str, Any]) -> None:
    assert oai_set_files("portal_7", storage_options=options) == [
        "figshare://articles/1001/2020.csv",
        "figshare://articles/1001/2021.csv",
        "figshare://articles/1001/2022.csv",
        "figshare://articles/1001/notes.txt",
        "figshare://articles/1001/raw/early/2019-raw.csv",
        "figshare://articles/1003/readme.txt",
    ]


def test_the_shared_limiter_pickles_as_its_name(client: Client) -> None:
    limiter = SharedRateLimiter(0.5, name="mine")
    assert repr(limiter) == "SharedRateLimiter(min_interval=0.5, name='mine')"
    assert client.submit(lambda value: repr(value), limiter).result(timeout=TIMEOUT) == repr(limiter)
