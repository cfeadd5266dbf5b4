"""The options every client takes, with the same names and meanings, defined once.

`Figshare`, `AsyncFigshare`, `Stats`, `AsyncStats`, `OAIClient`, `AsyncOAIClient`, `ResourceSyncClient` and
`AsyncResourceSyncClient` all accept:

- ``timeout``: httpx's timeouts, seconds or an ``httpx.Timeout`` (default `DEFAULT_TIMEOUT`);
- ``deadline``: seconds one call may take in total (default 120; None: none);
- ``max_retries``: retries of a failed idempotent request (default 3), or ``retry``: a full `RetryPolicy`;
- ``rate_limit``: seconds between two requests (default `DEFAULT_RATE_LIMIT`), a shared `RateLimiter`, or
  None for none;
- ``trusted_hosts``: the hosts credentials may be sent to;
- ``user_agent``: the ``User-Agent`` of the HTTP client a client makes (default `USER_AGENT`);
- ``http_client``: your own ``httpx.Client``/``httpx.AsyncClient``, used as-is and never closed.

The renamed options of 0.1 (``rate_limiter``, ``min_interval``, ``auth_hosts``) are still accepted, with a
`DeprecationWarning` (`renamed`).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import TypedDict, TypeVar

import httpx

from figshare import __version__, _validate
from figshare._http import NOT_GIVEN, NotGiven
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "LONG_TIMEOUT",
    "USER_AGENT",
    "RateLimitArg",
    "http_client_settings",
    "make_rate_limiter",
    "renamed",
    "retry_policy",
    "timeout_value",
    "trusted_host_list",
]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""httpx's timeouts for the HTTP client a client makes: 30 s per network operation, 10 s to connect."""

LONG_TIMEOUT = httpx.Timeout(60.0, connect=DEFAULT_TIMEOUT.connect)
"""The default of the OAI-PMH and ResourceSync clients, whose pages and documents can take a while to build."""

DEFAULT_RATE_LIMIT = 1.0
"""Seconds between two requests, as Figshare asks."""

USER_AGENT = f"figshare-sdk-python/{__version__}"
"""The ``User-Agent`` every client sends from the HTTP client it makes."""

RateLimitArg = float | RateLimiter | None
"""``rate_limit``: seconds between two requests, a `RateLimiter` to share, or None (or 0) for no limit."""


def renamed(old: str, old_value: T | NotGiven, new: str, new_value: T, default: T) -> T:
    """The value of an option renamed from ``old`` to ``new``; the old name warns (`DeprecationWarning`).

    Raises:
        InvalidArgumentError: both names were given (a `ValueError`).
    """
    if old_value is NOT_GIVEN:
        return new_value
    if new_value is not default and new_value != default:
        raise InvalidArgumentError(f"pass either {new}= or {old}= (its old name), not both", argument=old)
    warnings.warn(f"{old}= is deprecated: use {new}= (same meaning)", DeprecationWarning, stacklevel=3)
    return old_value


def timeout_value(timeout: float | httpx.Timeout | None, default: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.Timeout:
    """``timeout`` checked, as an ``httpx.Timeout`` (None: `default`).

    Raises:
        InvalidArgumentError: a negative, infinite or NaN number of seconds (a `ValueError`).
        InvalidArgumentTypeError: not a number or an ``httpx.Timeout`` (a `TypeError`).
    """
    if timeout is None:
        return default
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(_validate.optional_seconds(timeout, "timeout"))


def make_rate_limiter(rate_limit: RateLimitArg) -> RateLimiter | None:
    """The `RateLimiter` for ``rate_limit``: the one given, else a new one (None or 0: None, no limit).

    Raises:
        InvalidArgumentError: a negative, infinite or NaN number (a `ValueError`).
        InvalidArgumentTypeError: neither a number, a `RateLimiter` nor None (a `TypeError`).
    """
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    interval = _validate.optional_seconds(rate_limit, "rate_limit", allow_zero=True)
    return RateLimiter(min_interval=interval) if interval else None


def retry_policy(max_retries: int | None, retry: RetryPolicy | None) -> RetryPolicy:
    """The retry policy: ``retry``, else 3 (or ``max_retries``) retries of idempotent requests.

    Raises:
        InvalidArgumentError: both were given, or ``max_retries`` is not a whole number from 0 to 1000 (a
            `ValueError`).
        InvalidArgumentTypeError: ``retry`` is not a `RetryPolicy` (a `TypeError`).
    """
    if retry is not None and max_retries is not None:
        raise InvalidArgumentError("pass either retry= or max_retries=, not both", argument="max_retries")
    if retry is not None:
        if not isinstance(retry, RetryPolicy):
            raise InvalidArgumentTypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}", argument="retry")
        return retry
    if max_retries is None:
        return RetryPolicy()
    return RetryPolicy(max_retries=_validate.whole_number(max_retries, "max_retries", minimum=0, maximum=1000))


def trusted_host_list(trusted_hosts: Iterable[str] | None, default: Iterable[str]) -> tuple[str, ...]:
    """``trusted_hosts`` as a tuple (None: `default`); a single string is refused.

    Raises:
        InvalidArgumentTypeError: one string instead of a list of hosts (a `TypeError`).
    """
    if trusted_hosts is None:
        return tuple(default)
    if isinstance(trusted_hosts, str | bytes):
        raise InvalidArgumentTypeError(
            "trusted_hosts must be a list of host names or '*.domain' patterns, not a single string",
            argument="trusted_hosts",
        )
    return tuple(trusted_hosts)


class HTTPClientSettings(TypedDict):
    """What `http_client_settings` gives: keyword arguments of ``httpx.Client``/``AsyncClient``."""

    timeout: httpx.Timeout
    follow_redirects: bool
    headers: dict[str, str]


def http_client_settings(
    timeout: float | httpx.Timeout | None,
    user_agent: str | None,
    *,
    default_timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    follow_redirects: bool = True,
) -> HTTPClientSettings:
    """Keyword arguments for the ``httpx.Client``/``AsyncClient`` a client makes when given none.

    Raises:
        InvalidArgumentError: a bad ``timeout`` (a `ValueError`).
        InvalidArgumentTypeError: ``user_agent`` is not a string (a `TypeError`).
    """
    if user_agent is not None and not isinstance(user_agent, str):
        raise InvalidArgumentTypeError(
            f"user_agent must be a string, not {type(user_agent).__name__}", argument="user_agent"
        )
    return {
        "timeout": timeout_value(timeout, default_timeout),
        "follow_redirects": follow_redirects,
        "headers": {"User-Agent": user_agent or USER_AGENT},
    }
