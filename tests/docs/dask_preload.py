"""A ``dask.distributed`` worker preload: the docs examples' routing and pacing, in every worker process.

The ``fs`` service (tests/docs/services.py) names this module in ``DASK_DISTRIBUTED__WORKER__PRELOAD`` and its
routes in ``FIGSHARE_DOCS_ROUTES`` (JSON, URL prefixes only: handlers do not cross processes). A worker of a
cluster an example starts then imports it at start-up and sends Figshare's hosts to the same local services
as the example's own process, unpaced like it (tests/docs/example_runner.py).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

ROUTES_VARIABLE = "FIGSHARE_DOCS_ROUTES"
PRELOAD_VARIABLE = "DASK_DISTRIBUTED__WORKER__PRELOAD"


def dask_setup(worker: Any) -> None:
    """Install the routes and unpaced rate limiters in this worker process (called by distributed)."""
    from tests.docs import services
    from tests.docs.example_runner import unpace_rate_limiters

    routes: dict[str, services.Route] = json.loads(os.environ[ROUTES_VARIABLE])
    services.install_routes(routes)
    unpace_rate_limiters()


def reach_workers(routes: dict[str, str]) -> None:
    """Make every dask worker started from now on (in this process or a child) load this module."""
    os.environ[ROUTES_VARIABLE] = json.dumps(routes)
    os.environ[PRELOAD_VARIABLE] = json.dumps([__name__])
    config = sys.modules.get("dask.config")
    if config is not None:  # dask reads its environment variables when imported (xarray imports it)
        config.refresh()
