"""Reading and downloading Figshare files on a ``dask.distributed`` cluster, politely.

Figshare asks for at most one API call per second, from everyone together. On a cluster each worker process
has its own client, and so its own rate limiter: ten workers would make ten calls a second. This module keeps
one budget for the whole cluster, kept by the scheduler (`RateBudget`, a scheduler plugin): every API call of
every worker first reserves the next free slot there (`SharedRateLimiter`). File bytes come from storage,
not from the API, and are not limited: downloads and reads run in parallel at full speed.

```python
from dask.distributed import Client
from figshare.fs.cluster import collection_files, download_files, shared_rate_limiter

with Client("tcp://scheduler:8786") as client:
    options = {"rate_limiter": shared_rate_limiter(client)}          # plus token=..., if needed
    paths = collection_files("10.6084/m9.figshare.c.5555555", storage_options=options)
    local = download_files(client, paths, "/shared/mirror", storage_options=options)   # md5-verified
```

`process_files` runs a function on every file instead, and `oai_set_files` lists the files of an OAI-PMH
set (``portal_<n>``, ``category_<n>``, ...). Needs ``dask[distributed]``.
"""

from __future__ import annotations

import os
import posixpath
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from distributed.diagnostics.plugin import SchedulerPlugin

from figshare._ratelimit import RateLimiter
from figshare.fs._backend import protect_token
from figshare.fs._errors import FigshareFSError
from figshare.fs._filesystem import FigshareFileSystem

if TYPE_CHECKING:
    from distributed import Client
    from distributed.scheduler import Scheduler

__all__ = [
    "RateBudget",
    "SharedRateLimiter",
    "collection_files",
    "download_files",
    "oai_set_files",
    "process_files",
    "shared_rate_limiter",
]

T = TypeVar("T")

DEFAULT_BUDGET = "figshare-api"
_HANDLER = "figshare_rate_reserve"


class RateBudget(SchedulerPlugin):
    """A scheduler plugin that hands out API-call slots: for each budget name, the next slot is at least
    ``min_interval`` seconds after the one before, whichever worker asks. Reservations run one at a time on
    the scheduler's event loop, against the scheduler's clock (so workers' clocks do not matter).

    Register it with `shared_rate_limiter` (idempotent: registering again keeps the budget)."""

    name = "figshare-rate-budget"
    idempotent = True

    def __init__(self) -> None:
        self._next_slots: dict[str, float] = {}

    async def start(self, scheduler: Scheduler) -> None:
        """Add the reservation handler to the scheduler."""
        scheduler.handlers[_HANDLER] = self.reserve

    def reserve(self, name: str = DEFAULT_BUDGET, min_interval: float = 1.0) -> float:
        """Reserve the next slot of budget ``name``; the seconds the caller must wait for it."""
        now = time.monotonic()
        slot = max(now, self._next_slots.get(name, now))
        self._next_slots[name] = slot + max(float(min_interval), 0.0)
        return slot - now


class SharedRateLimiter(RateLimiter):
    """A `figshare.RateLimiter` whose slots come from the cluster's `RateBudget`, so that every worker (and
    the client process) shares one budget: at most one API call per ``min_interval`` cluster-wide.

    Pass it as the ``rate_limiter`` storage option. It pickles (to workers) as its name and interval.

    Args:
        min_interval: seconds between two API calls, cluster-wide (Figshare asks for 1.0).
        name: the budget's name (filesystems with the same name share it).
    """

    def __init__(self, min_interval: float = 1.0, name: str = DEFAULT_BUDGET) -> None:
        super().__init__(min_interval=min_interval)
        self.name = name

    def reserve(self) -> float:
        """Reserve the next cluster-wide slot; the seconds to wait for it.

        Raises:
            FigshareFSError: no ``dask.distributed`` client, or the budget was not registered (call
                `shared_rate_limiter` first).
        """
        if not self.min_interval:
            return 0.0
        from distributed import get_client

        try:
            client = get_client()
        except ValueError as error:
            raise FigshareFSError(f"{self!r} needs a dask.distributed client or worker: {error}") from error
        scheduler: Any = client.scheduler
        sync: Callable[..., Any] = client.sync
        delay = sync(scheduler.figshare_rate_reserve, name=self.name, min_interval=self.min_interval)
        if not isinstance(delay, int | float):
            raise FigshareFSError(
                "the scheduler has no Figshare rate budget: call figshare.fs.cluster.shared_rate_limiter(client) first"
            )
        return float(delay)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.min_interval, self.name))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(min_interval={self.min_interval!r}, name={self.name!r})"


def shared_rate_limiter(client: Client, min_interval: float = 1.0, name: str = DEFAULT_BUDGET) -> SharedRateLimiter:
    """Register the cluster's `RateBudget` on the scheduler (once) and return a limiter that uses it.

    Args:
        client: the ``dask.distributed`` client of the cluster.
        min_interval: seconds between two API calls, cluster-wide.
        name: the budget's name.

    Returns:
        The limiter to pass as the ``rate_limiter`` storage option.
    """
    if min_interval < 0:
        raise ValueError("min_interval must be 0 or more")
    client.register_plugin(RateBudget())
    return SharedRateLimiter(min_interval, name)


def collection_files(collection: int | str, *, storage_options: Mapping[str, Any] | None = None) -> list[str]:
    """Every file of a collection's articles, as ``figshare://collections/<ref>/<article id>/...`` paths.

    Args:
        collection: its id, or its DOI (``10.6084/m9.figshare.c.5555555``).
        storage_options: the filesystem's options (token, base_url, rate_limiter, ...).
    """
    fs = FigshareFileSystem(**(storage_options or {}))
    return [fs.unstrip_protocol(path) for path in fs.find(f"collections/{collection}")]


def oai_set_files(
    set_spec: str, *, storage_options: Mapping[str, Any] | None = None, oai_url: str | None = None
) -> list[str]:
    """Every file of the articles of an OAI-PMH set (``portal_<n>``, ``category_<n>``, ``item_type_<n>``,
    ``month_year_<MM>_<YYYY>``; see `figshare.oai`), as ``figshare://articles/<id>/...`` paths. Deleted
    records are left out.

    Args:
        set_spec: the set.
        storage_options: the filesystem's options; the harvest uses its client (retries, rate limit).
        oai_url: the OAI-PMH endpoint (default: ``<base_url>/oai``).
    """
    fs = FigshareFileSystem(**(storage_options or {}))
    article_ids = dict.fromkeys(fs._backend.oai_article_ids(set_spec, oai_url=oai_url))
    return [fs.unstrip_protocol(path) for article_id in article_ids for path in fs.find(f"articles/{article_id}")]


def _download_one(path: str, dest: str, storage_options: Mapping[str, Any]) -> str:
    fs = FigshareFileSystem(**(storage_options or {}))
    target = os.path.join(dest, *FigshareFileSystem._strip_protocol(path).split("/"))
    fs.get_file(path, target)
    return target


def download_files(
    client: Client,
    paths: Iterable[str],
    dest: str | os.PathLike[str],
    *,
    storage_options: Mapping[str, Any] | None = None,
) -> list[str]:
    """Download files on the cluster's workers, one task per file, each md5-verified and resumable (the
    SDK's download): ``figshare://collections/7/12/a.csv`` goes to ``<dest>/collections/7/12/a.csv``.

    ``dest`` must be reachable by the workers (a shared folder; on a single machine, any folder). API calls
    draw on the shared budget when ``storage_options`` has a `SharedRateLimiter`; bytes are not limited.

    Returns:
        The local paths, in the order of ``paths``.

    Raises:
        figshare.files.ChecksumMismatchError, figshare.FigshareError: the first failure of a task.
    """
    names = list(paths)
    normalised = [posixpath.normpath(FigshareFileSystem._strip_protocol(path)) for path in names]
    if len(set(normalised)) != len(normalised):
        raise ValueError("paths: the same file is named twice")
    folder = os.fspath(Path(dest).expanduser().absolute())
    return _map(client, _download_one, names, storage_options, dest=folder)


def _process_one(path: str, function: Callable[[Any], Any], storage_options: Mapping[str, Any]) -> Any:
    fs = FigshareFileSystem(**(storage_options or {}))
    with fs.open(path, "rb") as file:
        return function(file)


def process_files(
    client: Client, func: Callable[[Any], T], paths: Iterable[str], *, storage_options: Mapping[str, Any] | None = None
) -> list[T]:
    """Run ``func(file)`` on every file on the cluster's workers (one task per file) and return the results.

    ``file`` is the file opened for reading (random access with ``Range``; ``file.path``, ``file.details``
    with ``md5``, ``size``, ``file_id``), so ``func`` can be ``pandas.read_csv`` or read only what it needs.

    Returns:
        The results, in the order of ``paths``.
    """
    return _map(client, _process_one, list(paths), storage_options, function=func)


def _map(
    client: Client, task: Callable[..., Any], paths: list[str], storage_options: Mapping[str, Any] | None, **kwargs: Any
) -> list[Any]:
    """One task per path, the results in order; the token goes as a Secret (distributed logs task arguments)."""
    options = protect_token(dict(storage_options or {}))
    gather: Callable[[Any], list[Any]] = client.gather
    return list(gather(client.map(task, paths, storage_options=options, pure=False, **kwargs)))
