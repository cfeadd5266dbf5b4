"""What the HTTP cores share (`figshare._http` describes the pipeline): options, request preparation, retry
decisions, logging, error mapping and body accounting, with no I/O. `AsyncHTTPCore` (``_async_core.py``) is
the one I/O loop; ``make unasync`` writes its sync twin `HTTPCore` (``_core.py``)."""

from __future__ import annotations

import enum
import json as jsonlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, TypedDict

import httpx

from figshare import _log_redaction, _validate
from figshare._deadline import Budget
from figshare._hosts import host_is_trusted
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare._secrets import redact_text, redact_url, request_credentials
from figshare._validate import instance_of
from figshare.errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    DeadlineExceededError,
    FigshareError,
    InvalidArgumentError,
    ResponseParseError,
    ResponseTooLargeError,
)

_log_redaction.install()

QueryParams = httpx.QueryParams | Mapping[str, Any] | list[tuple[str, Any]] | tuple[tuple[str, Any], ...] | str

DEFAULT_DEADLINE: Final = 120.0
"""Seconds one call may take in total by default: every attempt, and the waits between retries."""
DEFAULT_MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024
"""The largest response body (after decompression) the core reads into memory by default: 32 MiB."""
ERROR_BODY_BYTES: Final = 1024 * 1024
"""At most this much of an error response's body is read (enough for any message; the rest is dropped)."""


class NotGiven(enum.Enum):
    """Marks an option left out, where None has a meaning of its own (no deadline, no cap, no timeout)."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
"""The value of an option that was not given: the core's (or client's) own setting applies."""

TimeoutArg = float | httpx.Timeout | None
"""httpx's per-operation timeouts: seconds for each of connect, read, write and pool, or an `httpx.Timeout`;
None: no per-operation timeout (the deadline still applies)."""


class SendOptions(TypedDict, total=False):
    """The options of one call (`AsyncHTTPCore.send`), which `request()` passes on."""

    idempotent: bool | None
    stream: bool
    authenticate: bool
    raise_for_status: bool
    timeout: TimeoutArg | NotGiven
    deadline: float | NotGiven | None
    max_response_bytes: int | NotGiven | None


@dataclass(frozen=True)
class _CallOptions:
    timeout: dict[str, Any] | NotGiven
    deadline: float | None
    max_response_bytes: int | None


def _timeout_dict(value: object) -> dict[str, Any]:
    if isinstance(value, httpx.Timeout):
        return value.as_dict()
    return httpx.Timeout(_validate.optional_seconds(value, "timeout", allow_zero=False)).as_dict()


class _CoreBase:
    """All of `AsyncHTTPCore` and `HTTPCore` but their constructors and I/O loops."""

    retry: RetryPolicy
    rate_limiter: RateLimiter | None
    auth: httpx.Auth | None
    trusted_hosts: tuple[str, ...]
    logger: logging.Logger
    timeout: dict[str, Any] | NotGiven
    deadline: float | None
    max_response_bytes: int | None
    closed: bool
    _defaults: _CallOptions

    def _configure(
        self,
        retry: RetryPolicy | None,
        rate_limiter: RateLimiter | None,
        timeout: TimeoutArg | NotGiven,
        deadline: float | None,
        max_response_bytes: int | None,
    ) -> None:
        self.retry = RetryPolicy() if retry is None else instance_of(retry, RetryPolicy, "retry", "a RetryPolicy")
        self.rate_limiter = instance_of(
            rate_limiter, (RateLimiter, type(None)), "rate_limiter", "a RateLimiter or None"
        )
        self.timeout = NOT_GIVEN if timeout is NOT_GIVEN else _timeout_dict(timeout)
        self.deadline = _validate.optional_seconds(deadline, "deadline")
        self.max_response_bytes = _validate.optional_byte_count(max_response_bytes, "max_response_bytes")
        self._defaults = _CallOptions(self.timeout, self.deadline, self.max_response_bytes)
        self.closed = False
        _log_redaction.install()

    def close(self) -> None:
        """Refuse further calls with `ClientClosedError` (the httpx client is left open: it is not the core's)."""
        self.closed = True

    def _options(
        self,
        timeout: TimeoutArg | NotGiven,
        deadline: float | NotGiven | None,
        max_response_bytes: int | NotGiven | None,
    ) -> _CallOptions:
        return _CallOptions(
            timeout=self.timeout if timeout is NOT_GIVEN else _timeout_dict(timeout),
            deadline=self.deadline if deadline is NOT_GIVEN else _validate.optional_seconds(deadline, "deadline"),
            max_response_bytes=(
                self.max_response_bytes
                if max_response_bytes is NOT_GIVEN
                else _validate.optional_byte_count(max_response_bytes, "max_response_bytes")
            ),
        )

    def _check_open(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        if self.closed or http_client.is_closed:
            raise ClientClosedError()

    def _credentials(self, request: httpx.Request, authenticate: bool) -> Any:
        """The `auth` argument of httpx's ``send``: the core's credentials for trusted hosts only; without
        them, the httpx client's own `auth` setting."""
        if self.auth is None:
            return httpx.USE_CLIENT_DEFAULT if authenticate else None
        if authenticate and host_is_trusted(request.url, self.trusted_hosts):
            return self.auth
        return None

    def _delay_after_error(
        self,
        request: httpx.Request,
        error: Exception,
        budget: Budget,
        cut_off: bool,
        may_retry: bool,
        retry_number: int,
    ) -> float:
        """The seconds to wait before retrying after `error` (raised while sending); else raise its failure."""
        failure = self._failure(request, error, budget, cut_off)
        if not cut_off and not budget.expired() and isinstance(error, httpx.TransportError):
            delay = self.retry.delay_after_error(retry_number, error, idempotent=may_retry)
            if delay is not None and budget.allows(delay):
                return delay
        raise failure from failure.__cause__

    def _failure(self, request: httpx.Request, error: Exception, budget: Budget, cut_off: bool) -> FigshareError:
        """The `FigshareError` for `error`, raised by httpx or below while sending or reading, its text scrubbed
        of the request's secrets (and then not chained)."""
        name = type(error).__name__
        detail = str(error) or name
        cleaned = redact_text(detail, request_credentials(request))
        failure: FigshareError
        if budget.expired() or cut_off:
            message = f"{DeadlineExceededError.default_message} of {budget.seconds:g} s ({name})"
            failure = DeadlineExceededError(message, deadline=budget.seconds, method=request.method, url=request.url)
        else:
            kind, prefix = next((kind, prefix) for base, kind, prefix in _FAILURES if isinstance(error, base))
            failure = kind(f"{prefix}: {name}: {cleaned}", method=request.method, url=request.url)
        failure.__cause__ = None if cleaned != detail else error
        failure.__suppress_context__ = True
        return failure

    def _deadline_error(self, request: httpx.Request, budget: Budget) -> DeadlineExceededError:
        return DeadlineExceededError(deadline=budget.seconds, method=request.method, url=request.url)


_FAILURES: Final[tuple[tuple[type[Exception], Callable[..., FigshareError], str], ...]] = (
    (httpx.TimeoutException, APITimeoutError, APITimeoutError.default_message),
    (httpx.DecodingError, ResponseParseError, "the response body could not be decoded"),
    (httpx.TransportError, APIConnectionError, APIConnectionError.default_message),
    # TooManyRedirects, a stream misuse, an error of a custom transport or auth: still ours to report
    (Exception, APIConnectionError, "The request to Figshare failed"),
)


def log_attempt(logger: logging.Logger, request: httpx.Request, outcome: object, started: float) -> None:
    """Log ``METHOD URL -> OUTCOME (N ms)`` at DEBUG, URL redacted: a response's status, an error's type, or
    `outcome` itself (`started` is the attempt's `time.perf_counter()`)."""
    if logger.isEnabledFor(logging.DEBUG):
        if isinstance(outcome, httpx.Response):
            outcome = outcome.status_code
        elif isinstance(outcome, BaseException):
            outcome = type(outcome).__name__
        elapsed = round((time.perf_counter() - started) * 1000)
        logger.debug("%s %s -> %s (%d ms)", request.method, redact_url(request.url), outcome, elapsed)


def build_request(
    http_client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: httpx.URL | str,
    **kwargs: Any,
) -> httpx.Request:
    """`http_client.build_request`, with a value that cannot be encoded refused as an argument error."""
    try:
        return http_client.build_request(method, url, **kwargs)
    except UnicodeEncodeError as error:
        raise InvalidArgumentError(
            f"the request cannot be sent: a value contains {error.object[error.start : error.end]!r}, which has "
            f"no {error.encoding} encoding",
        ) from None
    except httpx.InvalidURL as error:
        raise InvalidArgumentError(f"the request URL is not valid: {redact_text(str(error))}", argument="url") from None


def parse_json(response: httpx.Response) -> Any:
    """Return the JSON document of a (read) success response.

    Raises:
        ResponseParseError: the body is empty, an HTML page, malformed JSON, not UTF-8, or nested deeper than
            Python can follow.
    """
    content = response.content
    if not content or content.isspace():  # as `not content.strip()`, without copying the body
        raise ResponseParseError.from_response(response, "expected a JSON body, got an empty body")
    try:
        return jsonlib.loads(content)
    except RecursionError:
        raise ResponseParseError.from_response(response, "expected a JSON body, got one nested too deeply") from None
    except ValueError as error:  # JSONDecodeError, and UnicodeDecodeError for bytes that are not UTF-8
        if content.lstrip()[:1] == b"<":
            problem = "expected a JSON body, got HTML or XML"
        else:
            problem = f"expected a JSON body, got malformed JSON ({error})"
        raise ResponseParseError.from_response(response, problem) from None


def undecodable(response: httpx.Response, error: httpx.DecodingError) -> ResponseParseError:
    """The error of a body that its ``Content-Encoding`` does not describe (worded as the core's own)."""
    message = f"the response body could not be decoded: DecodingError: {error}"  # zlib's, brotli's: no secrets
    return ResponseParseError(message, method=response.request.method, url=response.request.url)


def too_large(request: httpx.Request, response: httpx.Response, limit: int) -> ResponseTooLargeError:
    """The error of a body longer than `limit`."""
    return ResponseTooLargeError(limit=limit, method=request.method, url=request.url, status_code=response.status_code)


def header_facts(response: httpx.Response) -> tuple[bool, int | None, bool]:
    """What the core needs from a response's headers, read in one pass (each `Headers` lookup is a pass of
    its own): whether it carries ``x-amzn-waf-action`` (`is_bot_challenge` then decides), the body length it
    declares (None: no ``Content-Length``, more than one, or not a number) and whether it has a
    ``Content-Encoding`` (then the declared length is not the length read)."""
    waf_action = encoded = False
    length: int | None = None
    lengths = 0
    headers = response.headers
    # httpx's own (raw name, lower-case name, value) triples when it keeps them so (`Headers.raw` would copy
    # them, and each name would be lowered again); otherwise made from the public `raw`.
    items = headers._list if _HEADER_TRIPLES else [(name, name.lower(), value) for name, value in headers.raw]
    for _, key, value in items:
        if key == b"content-length":
            lengths += 1
            length = int(value) if value.isdigit() else None
        elif key == b"content-encoding":
            encoded = True
        elif key == b"x-amzn-waf-action":
            waf_action = True
    return waf_action, length if lengths == 1 else None, encoded


_HEADER_TRIPLES: Final = getattr(httpx.Headers([(b"Content-Length", b"1")]), "_list", None) == [
    (b"Content-Length", b"content-length", b"1")
]
"""Whether `httpx.Headers` keeps its items as (raw name, lower-case name, value) triples in ``_list``."""
