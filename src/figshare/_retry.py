"""When to retry a request, and how long to wait first.

`RetryPolicy` answers two questions for the HTTP core: may this failure be retried, and after how many
seconds. It retries connection failures and the statuses in `retry_statuses` (429 and 5xx gateways by
default), but only for idempotent methods unless the caller opts in, because repeating a `POST` could create
an item twice. The wait is exponential backoff with full jitter (a random wait between 0 and the capped
exponential), unless the server says how long to wait with `Retry-After`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import timezone
from email.utils import parsedate_to_datetime
from random import random as _uniform_random

import httpx

DEFAULT_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})

# Failures that happen before the request reaches the server: safe to retry whatever the method.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have reached the server: retried only for idempotent requests.
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """Which failures are retried, and how long to wait before each retry.

    Attributes:
        max_retries: retries after the first attempt (0 turns retrying off; at most 1000).
        initial_backoff: the backoff cap of the first retry, in seconds; it doubles on each retry.
        max_backoff: the largest backoff cap, in seconds.
        max_retry_after: the longest `Retry-After` the policy waits for; a server asking for longer makes the
            request fail at once (with `RateLimitError.retry_after` telling the caller how long to wait).
        retry_statuses: response statuses that are retried (any collection of ints, kept as a frozenset).
        idempotent_methods: methods retried without the caller opting in (any collection of str, upper-cased).
        random: returns a float in [0, 1); inject a seeded `random.Random().random` for repeatable tests.
        clock: wall-clock time in seconds since the epoch, used for `Retry-After` HTTP-dates.

    Raises:
        InvalidArgumentError: a negative, infinite or NaN number (a `ValueError`).
        InvalidArgumentTypeError: a wait that is not a number, or a status or method set of the wrong type.
    """

    max_retries: int = 3
    initial_backoff: float = 0.5
    max_backoff: float = 30.0
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES
    idempotent_methods: frozenset[str] = DEFAULT_IDEMPOTENT_METHODS
    random: Callable[[], float] = field(default=_uniform_random, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)

    def __post_init__(self) -> None:
        from figshare._validate import seconds, whole_number
        from figshare.errors import InvalidArgumentTypeError

        whole_number(self.max_retries, "max_retries", minimum=0, maximum=1000)
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            seconds(getattr(self, name), name, allow_zero=True)
        for name, kind in (("retry_statuses", int), ("idempotent_methods", str)):  # kept as frozensets (hashable)
            values = getattr(self, name)
            items = values if isinstance(values, Collection) and not isinstance(values, str | bytes) else [None]
            if not all(isinstance(value, kind) for value in items):
                raise InvalidArgumentTypeError(f"{name} must be a collection of {kind.__name__}s", argument=name)
            object.__setattr__(self, name, frozenset(v.upper() if isinstance(v, str) else v for v in items))

    def is_idempotent(self, method: str, override: bool | None = None) -> bool:
        """Whether a request may be repeated: `override` when given, otherwise decided by its method."""
        if override is not None:
            return override
        return method.upper() in self.idempotent_methods

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry number `retry_number` (0 for the first retry), with full jitter."""
        cap = min(self.max_backoff, self.initial_backoff * (2.0**retry_number))
        return self.random() * cap

    def delay_after_response(self, retry_number: int, response: httpx.Response, *, idempotent: bool) -> float | None:
        """Seconds to wait before retrying after `response`, or None when it must not be retried."""
        if not idempotent or retry_number >= self.max_retries or response.status_code not in self.retry_statuses:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now=self.clock())
        if retry_after is None:
            return self.backoff(retry_number)
        return None if retry_after > self.max_retry_after else retry_after

    def delay_after_error(self, retry_number: int, error: Exception, *, idempotent: bool) -> float | None:
        """Seconds to wait before retrying after a transport `error`, or None when it must not be retried.

        Errors raised before the request was sent (connection refused, DNS failure, connect or pool timeout)
        are retried for any method; errors after it may have reached the server only when `idempotent`.
        """
        retryable = isinstance(error, _NOT_SENT_ERRORS) or (idempotent and isinstance(error, _TRANSIENT_ERRORS))
        return self.backoff(retry_number) if retryable and retry_number < self.max_retries else None


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or an HTTP-date), or None if unusable.

    `now` is the current wall-clock time (seconds since the epoch); an HTTP-date in the past means 0.
    """
    value = (value or "").strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 and seconds != float("inf") else None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # asctime form: RFC 9110 HTTP-dates are always GMT
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, moment.timestamp() - now)
