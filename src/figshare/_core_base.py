"""What the HTTP cores share (`figshare._http` describes the pipeline): options, request preparation, retry
decisions, logging, error mapping and body accounting, with no I/O. `AsyncHTTPCore` (``_async_core.py``) is
the one I/O loop; ``make unasync`` writes its sync twin `HTTPCore` (``_core.py``)."""

from __future__ import annotations

import enum
import json as jsonlib
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import httpx

from figshare import _log_redaction, _validate
from figshare._deadline import Budget
from figshare._hosts import host_is_trusted, normalise_host_patterns
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare._secrets import SENSITIVE_HEADERS, SENSITIVE_QUERY_PARAMS, redact_text, redact_url
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

RequestHook = Callable[[httpx.Request], httpx.Request]
"""A function that returns the request to send in place of the one it is given (applied once per call)."""

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


@dataclass(frozen=True)
class _CallOptions:
    timeout: dict[str, Any] | NotGiven
    deadline: float | None
    max_response_bytes: int | None


def _timeout_dict(value: object) -> dict[str, Any]:
    if isinstance(value, httpx.Timeout):
        return value.as_dict()
    if value is None:
        return httpx.Timeout(None).as_dict()
    seconds = _validate.optional_seconds(value, "timeout", allow_zero=False)
    return httpx.Timeout(seconds).as_dict()


class _CoreBase:
    """What `AsyncHTTPCore` and its generated twin `HTTPCore` share: configuration, request preparation,
    retry decisions, logging, error mapping and body accounting. Only the I/O loop is theirs."""

    def __init__(
        self,
        *,
        retry: RetryPolicy | None,
        rate_limiter: RateLimiter | None,
        auth: httpx.Auth | None,
        trusted_hosts: Iterable[str],
        request_hooks: Sequence[RequestHook],
        logger: logging.Logger | None,
        timeout: TimeoutArg | NotGiven,
        deadline: float | None,
        max_response_bytes: int | None,
    ) -> None:
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
        if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
            raise TypeError(f"rate_limiter must be a RateLimiter or None, not {type(rate_limiter).__name__}")
        self.retry = retry if retry is not None else RetryPolicy()
        self.rate_limiter = rate_limiter
        self.auth = auth
        self.trusted_hosts = normalise_host_patterns(trusted_hosts)
        self.request_hooks = tuple(request_hooks)
        self.logger = logger if logger is not None else logging.getLogger("figshare")
        self.timeout: dict[str, Any] | NotGiven = NOT_GIVEN if timeout is NOT_GIVEN else _timeout_dict(timeout)
        self.deadline = _validate.optional_seconds(deadline, "deadline")
        self.max_response_bytes = _validate.optional_byte_count(max_response_bytes, "max_response_bytes")
        self.closed = False
        self._defaults = _CallOptions(self.timeout, self.deadline, self.max_response_bytes)
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
        if timeout is NOT_GIVEN and deadline is NOT_GIVEN and max_response_bytes is NOT_GIVEN:
            return self._defaults  # the common call: nothing to check again
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

    def _prepare(self, request: httpx.Request) -> httpx.Request:
        for hook in self.request_hooks:
            request = hook(request)
        return request

    @staticmethod
    def _set_timeouts(request: httpx.Request, options: _CallOptions, budget: Budget) -> None:
        if options.timeout is NOT_GIVEN and budget.at is None:
            return  # the request's own timeouts, untouched
        configured = request.extensions.get("timeout") if options.timeout is NOT_GIVEN else options.timeout
        timeouts = budget.timeouts(configured)
        if timeouts is not request.extensions.get("timeout"):
            request.extensions = {**request.extensions, "timeout": timeouts}

    def _may_retry(self, request: httpx.Request, idempotent: bool | None) -> bool:
        # A streamed body (an iterator) can only be sent once; bytes, str, JSON and form bodies can be resent.
        replayable = isinstance(request.stream, httpx.ByteStream)
        return replayable and self.retry.is_idempotent(request.method, idempotent)

    def _credentials(self, request: httpx.Request, authenticate: bool) -> Any:
        """The `auth` argument of httpx's ``send``: the core's credentials for trusted hosts only; without
        them, the httpx client's own `auth` setting."""
        if self.auth is None:
            return httpx.USE_CLIENT_DEFAULT if authenticate else None
        if authenticate and host_is_trusted(request.url, self.trusted_hosts):
            return self.auth
        return None

    def _log_attempt(self, request: httpx.Request, outcome: object, started: float) -> None:
        """``METHOD URL -> STATUS (N ms)`` (or the error's type) at DEBUG, the URL redacted."""
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s -> %s (%d ms)",
                request.method,
                redact_url(request.url),
                outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__,
                round((time.perf_counter() - started) * 1000),
            )

    def _log_retry(self, request: httpx.Request, delay: float, retry_number: int) -> None:
        if self.logger.isEnabledFor(logging.INFO):
            self.logger.info(
                "Retrying %s %s in %.2f s (retry %d of %d)",
                request.method,
                redact_url(request.url),
                delay,
                retry_number + 1,
                self.retry.max_retries,
            )

    def _delay_after_error(
        self,
        request: httpx.Request,
        error: Exception,
        *,
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

    def _delay_after_response(
        self, response: httpx.Response, *, budget: Budget, may_retry: bool, retry_number: int
    ) -> float | None:
        """The seconds to wait before retrying after `response`; None: it is the call's answer."""
        delay = self.retry.delay_after_response(retry_number, response, idempotent=may_retry)
        return delay if delay is not None and budget.allows(delay) else None

    def _failure(self, request: httpx.Request, error: Exception, budget: Budget, cut_off: bool) -> FigshareError:
        """The `FigshareError` for `error`, raised by httpx or below while sending or reading, its text scrubbed
        of the request's secrets (and then not chained)."""
        name = type(error).__name__
        detail = str(error) or name
        cleaned = redact_text(detail, _request_secrets(request))
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

    def _body(
        self, request: httpx.Request, response: httpx.Response, limit: int | None, budget: Budget, truncate: bool
    ) -> _Body:
        """A body to collect chunk by chunk (`truncate`: keep what fits under `limit`, else refuse a longer one,
        as soon as it declares its length)."""
        body = _Body(request, response, limit, budget, truncate)
        if not truncate and limit is not None:
            declared = response.headers.get("content-length")  # refused at once, unless compressed
            if declared and declared.isdigit() and int(declared) > limit and "content-encoding" not in response.headers:
                raise body.too_large()
        return body


_FAILURES: Final[tuple[tuple[type[Exception], Callable[..., FigshareError], str], ...]] = (
    (httpx.TimeoutException, APITimeoutError, APITimeoutError.default_message),
    (httpx.DecodingError, ResponseParseError, "the response body could not be decoded"),
    (httpx.TransportError, APIConnectionError, APIConnectionError.default_message),
    # TooManyRedirects, a stream misuse, an error of a custom transport or auth: still ours to report
    (Exception, APIConnectionError, "The request to Figshare failed"),
)


class _Body:
    """A response body collected chunk by chunk, kept to a size cap and to the deadline as it arrives."""

    __slots__ = ("budget", "chunks", "limit", "request", "response", "size", "truncate")

    def __init__(
        self, request: httpx.Request, response: httpx.Response, limit: int | None, budget: Budget, truncate: bool
    ) -> None:
        self.request = request
        self.response = response
        self.limit = limit
        self.budget = budget
        self.truncate = truncate
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> bool:
        """Keep `chunk`; True once the cap is reached when truncating (stop reading), else raise past it."""
        self.size += len(chunk)
        if self.limit is not None and self.size > self.limit:
            if not self.truncate:
                raise self.too_large()
            self.chunks.append(chunk[: len(chunk) - (self.size - self.limit)])
            return True
        self.chunks.append(chunk)
        if self.budget.expired():
            raise DeadlineExceededError(deadline=self.budget.seconds, method=self.request.method, url=self.request.url)
        return False

    def too_large(self) -> ResponseTooLargeError:
        request, response = self.request, self.response
        return ResponseTooLargeError(
            limit=self.limit or 0, method=request.method, url=request.url, status_code=response.status_code
        )

    def keep(self) -> None:
        """Set the collected body as the response's content, as ``httpx.Response.read()`` does."""
        self.response._content = b"".join(self.chunks)


def error_limit(options: _CallOptions) -> int:
    """How much of an error response's body is read: `ERROR_BODY_BYTES`, or the call's smaller cap."""
    cap = options.max_response_bytes
    return ERROR_BODY_BYTES if cap is None else min(cap, ERROR_BODY_BYTES)


def _request_secrets(request: httpx.Request) -> list[str]:
    """Credentials the request carries (headers, secret query values), to scrub from lower layers' text."""
    found = [value for name, value in request.headers.items() if name.lower() in SENSITIVE_HEADERS]
    found += [value.split(" ", 1)[-1] for value in found if " " in value]
    found += [value for name, value in request.url.params.multi_items() if name.lower() in SENSITIVE_QUERY_PARAMS]
    return [value for value in found if len(value) >= 4]


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
    if not content.strip():
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
