"""The HTTP core: every request of the SDK goes through `HTTPCore` (``httpx.Client``) or `AsyncHTTPCore`
(``httpx.AsyncClient``): rate limit, retries, credentials for trusted hosts only, DEBUG log lines with URLs
redacted, error mapping to `FigshareError`, a total deadline and a body size cap (docs/architecture.md, "HTTP
core"). The httpx client is used as given, never reconfigured or closed. Importing the core installs the
redacting filter on httpx's and httpcore's loggers (`figshare._log_redaction`).

Where it lives: ``_core_base.py`` (everything but I/O), ``_async_core.py`` (the async I/O loop, the one
source), ``_core.py`` (its sync twin, written by ``make unasync``), ``_deadline.py``/``_async_deadline.py``
(keeping an attempt to the deadline: a watchdog thread, or a cancel scope). `AsyncHTTPCore` is imported on
first use, so that the sync path never loads the async modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from figshare._core import HTTPCore
from figshare._core_base import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    NOT_GIVEN,
    NotGiven,
    TimeoutArg,
    parse_json,
)

if TYPE_CHECKING:
    from figshare._async_core import AsyncHTTPCore

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "NOT_GIVEN",
    "AsyncHTTPCore",
    "HTTPCore",
    "NotGiven",
    "TimeoutArg",
    "parse_json",
]


def __getattr__(name: str) -> Any:
    if name == "AsyncHTTPCore":
        from figshare._async_core import AsyncHTTPCore

        return AsyncHTTPCore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
