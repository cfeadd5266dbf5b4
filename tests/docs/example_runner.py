"""Runs one documentation page's examples: ``python -m tests.docs.example_runner JOB.json``.

The job (written by tests/docs/test_examples.py) names the page, its services and its blocks. Each block is
compiled with the page's path and its own line numbers, so a traceback points at the line of the page.

Examples run unpaced: every `RateLimiter` is made with no interval, so a page takes seconds rather than one
second per request (no example depends on the pacing; the rate limiter has its own tests). Nothing else of
the SDK is changed.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from figshare import _ratelimit
from tests.docs import services

EXAMPLE_ENVIRONMENT = {
    "FIGSHARE_CLIENT_ID": "docs-example-client-id",
    "FIGSHARE_CLIENT_SECRET": "docs-example-client-secret",
}
"""Settings the examples read that no service provides: an OAuth application's id and secret."""


def unpace_rate_limiters() -> None:
    """Make every `RateLimiter` created from now on (in this process) one with no interval."""
    original = _ratelimit.RateLimiter.__init__

    def no_interval(self: _ratelimit.RateLimiter, min_interval: float | None = 1.0, **options: Any) -> None:
        original(self, None, **options)

    _ratelimit.RateLimiter.__init__ = no_interval  # type: ignore[method-assign]


def main(job_file: str) -> None:
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    os.environ.update(EXAMPLE_ENVIRONMENT)
    unpace_rate_limiters()
    with ExitStack() as stack:
        routes: dict[str, services.Route] = {}
        for name in job["services"]:
            routes.update(stack.enter_context(services.start(name)))
        services.install_routes(routes)
        namespace: dict[str, object] = {"__name__": "__main__"}
        for block in job["blocks"]:
            print(f"--- {block['name']}", flush=True)
            source = "\n" * (block["line"] - 1) + block["code"]  # line numbers of the page
            exec(compile(source, job["page"], "exec"), namespace)


if __name__ == "__main__":
    main(sys.argv[1])
