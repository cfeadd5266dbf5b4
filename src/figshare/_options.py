"""The options every client takes, with the same names and meanings, defined once.

They are documented for users once, in docs/errors-and-retries.md ("Client options"); the old names of 0.1
(``rate_limiter``, ``min_interval``, ``auth_hosts``) still work, with a `DeprecationWarning` (`renamed`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, TypeVar

import httpx

from figshare import __version__, _validate
from figshare._core_base import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, NOT_GIVEN, NotGiven
from figshare._hosts import normalise_host_patterns
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.errors import InvalidArgumentError

T = TypeVar("T")
CoreT = TypeVar("CoreT")
ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)

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
    """The value of an option renamed from ``old`` to ``new``; the old name warns, both raise."""
    if old_value is NOT_GIVEN:
        return new_value
    if new_value is not default and new_value != default:
        raise InvalidArgumentError(f"pass either {new}= or {old}= (its old name), not both", argument=old)
    warnings.warn(f"{old}= is deprecated: use {new}= (same meaning)", DeprecationWarning, stacklevel=3)
    return old_value


def make_rate_limiter(rate_limit: RateLimitArg) -> RateLimiter | None:
    """The `RateLimiter` for ``rate_limit``: the one given, else a new one (None or 0: None, no limit)."""
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    interval = _validate.optional_seconds(rate_limit, "rate_limit", allow_zero=True)
    return RateLimiter(min_interval=interval) if interval else None


def retry_policy(max_retries: int | None, retry: RetryPolicy | None) -> RetryPolicy:
    """The retry policy: ``retry``, else 3 (or ``max_retries``) retries of idempotent requests."""
    if retry is not None and max_retries is not None:
        raise InvalidArgumentError("pass either retry= or max_retries=, not both", argument="max_retries")
    if retry is not None:
        return _validate.instance_of(retry, RetryPolicy, "retry", "a RetryPolicy")
    return RetryPolicy() if max_retries is None else RetryPolicy(max_retries=max_retries)  # which checks it


def http_client_for(
    client_class: type[ClientT],
    http_client: object,
    *,
    timeout: float | httpx.Timeout | None,
    user_agent: str | None,
    default_timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    follow_redirects: bool = True,
    **settings: Any,
) -> tuple[ClientT, bool]:
    """The httpx client a client sends with: ``http_client`` (checked), else a new ``client_class`` with
    ``timeout`` (None: ``default_timeout``), the ``User-Agent`` and ``settings``; and whether it is new (then
    the client closes it)."""
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(_validate.optional_seconds(timeout, "timeout"))
    agent = user_agent if user_agent is None else _validate.text(user_agent, "user_agent")
    if agent and not (agent.isascii() and agent.isprintable() and agent == agent.strip()):  # what a header holds
        message = "user_agent must be printable ASCII, without line breaks, control characters or outer spaces"
        raise InvalidArgumentError(message, argument="user_agent")
    if http_client is not None:
        return _validate.instance_of(
            http_client, client_class, "http_client", f"an httpx.{client_class.__name__}"
        ), False
    headers = {"User-Agent": user_agent or USER_AGENT}
    return client_class(
        timeout=timeout or default_timeout, follow_redirects=follow_redirects, headers=headers, **settings
    ), True


class CommonOptions(NamedTuple):
    """The options every client takes (see this module), as given to its constructor."""

    http_client: httpx.Client | httpx.AsyncClient | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    retry: RetryPolicy | None
    rate_limit: RateLimitArg
    deadline: float | None
    user_agent: str | None
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES


_LEFT_OUT = CommonOptions(None, None, None, None, DEFAULT_RATE_LIMIT, DEFAULT_DEADLINE, None)


def open_core(
    core_class: Callable[..., CoreT],
    client_class: type[ClientT],
    options: CommonOptions,
    *,
    core: CoreT | None = None,
    auth: httpx.Auth | None = None,
    trusted_hosts: Iterable[str] | None = (),
    default_timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    follow_redirects: bool = True,
    refuse: type[InvalidArgumentError] = InvalidArgumentError,
    **core_settings: Any,
) -> tuple[CoreT, ClientT | None, CoreT | None]:
    """The HTTP core of a Stats, OAI-PMH or ResourceSync client from its options, then what the client closes:
    the httpx client made for it (or None: ``http_client`` or ``core`` given) and its own core (or None: ``core``).

    ``core``: an existing core to share (the main client's); the common options must then be left out
    (else ``refuse`` is raised). ``auth`` needs ``trusted_hosts``. ``core_settings`` go to ``core_class``.
    """
    if core is not None:
        given = [
            name
            for name, value, default in zip(CommonOptions._fields, options, _LEFT_OUT, strict=True)
            if value is not default and value != default
        ]
        if given:
            raise refuse(f"pass either core or {'/'.join(given)}, not both", argument="core")
        return core, None, None
    hosts = normalise_host_patterns(() if trusted_hosts is None else trusted_hosts)
    if auth is not None and not hosts:
        raise InvalidArgumentError(
            "auth needs trusted_hosts: the hosts (or *.domain patterns) the credentials are for",
            argument="trusted_hosts",
        )
    sender, made = http_client_for(
        client_class,
        options.http_client,
        timeout=options.timeout,
        user_agent=options.user_agent,
        default_timeout=default_timeout,
        follow_redirects=follow_redirects,
    )
    new_core = core_class(
        sender,
        retry=retry_policy(options.max_retries, options.retry),
        rate_limiter=make_rate_limiter(options.rate_limit),
        auth=auth,
        trusted_hosts=hosts,
        timeout=NOT_GIVEN if made or options.timeout is None else options.timeout,
        deadline=options.deadline,
        max_response_bytes=options.max_response_bytes,
        **core_settings,
    )
    return new_core, sender if made else None, new_core
