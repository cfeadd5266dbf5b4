"""Send one logical request through rate limiting, retries, authentication, logging and error mapping.

`HTTPCore` (for `httpx.Client`) and `AsyncHTTPCore` (for `httpx.AsyncClient`) are the one path every request
of the SDK takes:

1. request hooks transform the request once (impersonation adds `impersonate=<id>`);
2. each attempt first waits for the shared `RateLimiter`;
3. credentials (an `httpx.Auth`) are applied per request, and only to trusted hosts;
4. connection failures and retryable statuses are retried as the `RetryPolicy` says;
5. a firewall challenge raises `BotChallengeError`, an error status raises the matching `APIStatusError`;
6. each attempt is logged at DEBUG on the `figshare` logger as `METHOD URL -> STATUS (N ms)`, URL redacted,
   headers never;
7. the whole call keeps to a total deadline (`deadline`), and a buffered body to a size cap
   (`max_response_bytes`);
8. whatever fails becomes a `FigshareError`, its text scrubbed of every secret (a lower layer's exception
   that carried one is not chained).

The `httpx` client is used as it is given (it may be the caller's own, with their proxies and timeouts); the
core never changes its settings and never closes it. Importing this module adds a redacting filter to the
loggers of httpx and httpcore (`figshare._log_redaction`).

Where it lives: ``_core_base.py`` (everything but I/O), ``_async_core.py`` (the async I/O loop, the one
source), ``_core.py`` (its sync twin, written by ``make unasync``), ``_deadline.py``/``_async_deadline.py``
(keeping an attempt to the deadline: a watchdog thread, or a cancel scope). This module names them.
"""

from __future__ import annotations

from figshare._async_core import AsyncHTTPCore
from figshare._core import HTTPCore
from figshare._core_base import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    NOT_GIVEN,
    NotGiven,
    RequestHook,
    TimeoutArg,
    parse_json,
)

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "NOT_GIVEN",
    "AsyncHTTPCore",
    "HTTPCore",
    "NotGiven",
    "RequestHook",
    "TimeoutArg",
    "parse_json",
]
