"""What `Figshare` and `AsyncFigshare` are made of: defaults, checked settings, ``with_options`` and repr."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from figshare import _validate
from figshare._core_base import NOT_GIVEN, NotGiven, TimeoutArg
from figshare._hosts import DEFAULT_TRUSTED_HOSTS, host_is_trusted, normalise_host_patterns
from figshare._oauth_urls import check_endpoint_url
from figshare._options import RateLimitArg, make_rate_limiter, retry_policy
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare._secrets import Secret, clean_token, redact_url
from figshare.auth import TokenAuth
from figshare.errors import InvalidArgumentError

if TYPE_CHECKING:
    from figshare._async_client import AsyncFigshare
    from figshare._client import Figshare

DEFAULT_BASE_URL = "https://api.figshare.com/v2"
STAGING_BASE_URL = "https://api.figsh.com/v2"
TOKEN_VARIABLE = "FIGSHARE_TOKEN"
BASE_URL_VARIABLE = "FIGSHARE_BASE_URL"
V3_BASE_URL_VARIABLE = "FIGSHARE_V3_BASE_URL"

T = TypeVar("T")


def _check_auth_trusts_api(auth: httpx.Auth, base_url: str) -> None:
    patterns = getattr(auth, "trusted_hosts", None)  # TokenAuth, OAuth2Auth: the hosts they send credentials to
    if not isinstance(patterns, tuple) or host_is_trusted(base_url, patterns):
        return
    host = httpx.URL(base_url).host
    raise InvalidArgumentError(
        f"auth sends credentials only to {', '.join(patterns)}, not to the API host {host}: create it with "
        f"trusted_hosts including {host!r} (or, for OAuth2Auth, an OAuth2Client whose base_url is this API root)",
        argument="auth",
    )


@dataclasses.dataclass(frozen=True)
class _Settings:
    """What a client is made of, checked; shared, not copied, by the clients derived from it."""

    base_url: str
    v3_base_url: str
    trusted_hosts: tuple[str, ...]
    auth: httpx.Auth | None
    retry: RetryPolicy
    rate_limiter: RateLimiter
    timeout: TimeoutArg | NotGiven
    deadline: float | None
    max_response_bytes: int | None


def settings(
    *,
    token: str | Secret | None,
    base_url: str | None,
    v3_base_url: str | None,
    max_retries: int | None,
    retry: RetryPolicy | None,
    rate_limit: RateLimitArg,
    auth: httpx.Auth | None,
    trusted_hosts: Iterable[str] | None,
    timeout: TimeoutArg | NotGiven,
    deadline: float | None,
    max_response_bytes: int | None,
) -> _Settings:
    """Check every argument of a client at construction (the core checks ``timeout``, ``deadline`` and
    ``max_response_bytes``)."""
    if token is not None and auth is not None:
        raise InvalidArgumentError("pass either token= or auth=, not both", argument="auth")
    # auth= wins over $FIGSHARE_TOKEN
    secret = _argument_or_environment(token, "token", TOKEN_VARIABLE, clean_token) if auth is None else None
    _validate.instance_of(auth, (httpx.Auth, type(None)), "auth", "an httpx.Auth")
    root = _argument_or_environment(base_url, "base_url", BASE_URL_VARIABLE, _validate.api_root) or DEFAULT_BASE_URL
    v3_root = _argument_or_environment(v3_base_url, "v3_base_url", V3_BASE_URL_VARIABLE, _validate.api_root)
    v3_root = v3_root or (root.removesuffix("/v2") + "/v3" if root.endswith("/v2") else root)
    api_hosts = tuple(dict.fromkeys(httpx.URL(url).host for url in (root, v3_root)))
    hosts = normalise_host_patterns((*api_hosts, *DEFAULT_TRUSTED_HOSTS) if trusted_hosts is None else trusted_hosts)
    if auth is not None:
        _check_auth_trusts_api(auth, root)
    elif secret:
        auth = TokenAuth(secret, trusted_hosts=hosts)
    if auth is not None:  # credentials over https only (plain http to this machine: a mock)
        check_endpoint_url(root, "base_url", query=False)
        check_endpoint_url(v3_root, "v3_base_url", query=False)
    limiter = make_rate_limiter(rate_limit) or RateLimiter(min_interval=None)
    retry = retry_policy(max_retries, retry)
    return _Settings(root, v3_root, hosts, auth, retry, limiter, timeout, deadline, max_response_bytes)


def _argument_or_environment(value: Any, name: str, variable: str, check: Callable[[Any, str], T]) -> T | None:
    """``value`` checked as ``name``; when it is None, the environment ``variable`` (unless unset or blank)
    checked as ``variable``; else None."""
    if value is not None:
        return check(value, name)
    from_environment = os.environ.get(variable, "")
    return check(from_environment, variable) if from_environment.strip() else None


def with_options(
    settings: _Settings,
    timeout: TimeoutArg | NotGiven,
    deadline: float | NotGiven | None,
    max_retries: int | NotGiven,
    retry: RetryPolicy | NotGiven,
    max_response_bytes: int | NotGiven | None,
) -> _Settings:
    """The settings of a `with_options` client: the given options over the parent's."""
    if retry is not NOT_GIVEN and max_retries is not NOT_GIVEN:
        raise InvalidArgumentError("pass either retry= or max_retries=, not both", argument="max_retries")
    if retry is not NOT_GIVEN:  # None is refused too: a RetryPolicy, or the option left out
        retry = _validate.instance_of(retry, RetryPolicy, "retry", "a RetryPolicy")
    elif max_retries is not NOT_GIVEN:  # RetryPolicy checks it, as the constructor's
        retry = dataclasses.replace(settings.retry, max_retries=max_retries)
    given: dict[str, Any] = {
        "timeout": timeout,
        "deadline": deadline,
        "max_response_bytes": max_response_bytes,
        "retry": retry,
    }
    return dataclasses.replace(settings, **{name: value for name, value in given.items() if value is not NOT_GIVEN})


def _describe(client: Figshare | AsyncFigshare) -> str:
    impersonating = f", impersonate={client.impersonating}" if client.impersonating is not None else ""
    who = "authenticated" if client._settings.auth is not None else "anonymous"
    return f"{type(client).__name__}(base_url={redact_url(client.base_url)!r}, {who}{impersonating})"
