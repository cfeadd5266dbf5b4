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
"""

from __future__ import annotations

import enum
import json as jsonlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Final

import httpx

from figshare import _log_redaction, _validate
from figshare._deadline import MARKER_EXTENSION, Budget, Cutoff, watchdog
from figshare._hosts import DEFAULT_TRUSTED_HOSTS, host_is_trusted, normalise_host_patterns
from figshare._ratelimit import RateLimiter, asyncio_sleep
from figshare._retry import RetryPolicy
from figshare._secrets import SENSITIVE_HEADERS, SENSITIVE_QUERY_PARAMS, redact_text, redact_url
from figshare.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BotChallengeError,
    ClientClosedError,
    DeadlineExceededError,
    FigshareError,
    ResponseParseError,
    ResponseTooLargeError,
    is_bot_challenge,
)

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "NOT_GIVEN",
    "AsyncHTTPCore",
    "HTTPCore",
    "NotGiven",
    "RequestHook",
    "parse_json",
]

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
    """What the sync and async cores share: configuration, request preparation, logging, error building."""

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
        if timeouts is not None:
            request.extensions = {**request.extensions, "timeout": timeouts}

    def _may_retry(self, request: httpx.Request, idempotent: bool | None) -> bool:
        # A streamed body (an iterator) can only be sent once; bytes, str, JSON and form bodies can be resent.
        replayable = isinstance(request.stream, httpx.ByteStream)
        return replayable and self.retry.is_idempotent(request.method, idempotent)

    def _credentials(self, request: httpx.Request, authenticate: bool) -> httpx.Auth | None:
        if authenticate and host_is_trusted(request.url, self.trusted_hosts):
            return self.auth
        return None

    def _log_response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s -> %s (%d ms)",
                request.method,
                redact_url(request.url),
                response.status_code,
                _elapsed_ms(started),
            )

    def _log_failure(self, request: httpx.Request, error: Exception, started: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s -> %s (%d ms)",
                request.method,
                redact_url(request.url),
                type(error).__name__,
                _elapsed_ms(started),
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

    @staticmethod
    def _scrubbed(request: httpx.Request, error: BaseException) -> tuple[str, bool]:
        """A lower layer's exception text with every secret removed, and whether it had one."""
        detail = str(error) or type(error).__name__
        cleaned = redact_text(detail, _request_secrets(request))
        return cleaned, cleaned != detail

    def _failure(
        self, request: httpx.Request, error: Exception, budget: Budget, cutoff: Cutoff | None = None
    ) -> FigshareError:
        """The `FigshareError` for `error`, raised by httpx or below while sending or reading."""
        detail, had_secret = self._scrubbed(request, error)
        failure: FigshareError
        if budget.expired() or (cutoff is not None and cutoff.fired):
            failure = DeadlineExceededError(
                f"{DeadlineExceededError.default_message} of {budget.seconds:g} s ({type(error).__name__})",
                deadline=budget.seconds,
                method=request.method,
                url=request.url,
            )
        elif isinstance(error, httpx.TimeoutException):
            failure = APITimeoutError(
                f"{APITimeoutError.default_message}: {type(error).__name__}: {detail}",
                method=request.method,
                url=request.url,
            )
        elif isinstance(error, httpx.DecodingError):
            failure = ResponseParseError(
                f"the response body could not be decoded ({type(error).__name__}: {detail})",
                method=request.method,
                url=request.url,
            )
        elif isinstance(error, httpx.TransportError):
            failure = APIConnectionError(
                f"{APIConnectionError.default_message}: {type(error).__name__}: {detail}",
                method=request.method,
                url=request.url,
            )
        else:  # TooManyRedirects, a stream misuse, an error of a custom transport or auth: still ours to report
            failure = APIConnectionError(
                f"The request to Figshare failed: {type(error).__name__}: {detail}",
                method=request.method,
                url=request.url,
            )
        failure.__cause__ = None if had_secret else error
        failure.__suppress_context__ = True
        return failure

    def _deadline_error(self, request: httpx.Request, budget: Budget) -> DeadlineExceededError:
        return DeadlineExceededError(deadline=budget.seconds, method=request.method, url=request.url)

    def _too_large(self, request: httpx.Request, response: httpx.Response, limit: int) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            limit=limit, method=request.method, url=request.url, status_code=response.status_code
        )

    @staticmethod
    def _declared_too_large(response: httpx.Response, limit: int | None) -> bool:
        """Whether the response declares a (not compressed) body longer than `limit`."""
        if limit is None:
            return False
        value = response.headers.get("content-length")
        if not value or not value.isdigit() or int(value) <= limit:
            return False
        return "content-encoding" not in response.headers


class HTTPCore(_CoreBase):
    """Sends requests with an `httpx.Client` through rate limiting, retries, auth, logging and error mapping.

    Args:
        http_client: the client to send with, used as-is and never closed by the core.
        retry: which failures are retried (default `RetryPolicy()`: 3 retries of idempotent requests).
        rate_limiter: waited for before every attempt; None for no limit.
        auth: credentials applied to requests for trusted hosts only. When None, the client's own `auth`
            setting applies.
        trusted_hosts: hosts that may receive `auth`: exact names or `*.domain` patterns.
        request_hooks: functions applied, in order, to every request before it is sent.
        logger: where attempts are logged (default: the `figshare` logger).
        sleep: the blocking sleep used between retries (inject a fake one in tests).
        timeout: httpx's per-operation timeouts for every call (seconds or an `httpx.Timeout`; None: none);
            default: the timeouts the request was built with (the httpx client's).
        deadline: seconds one call may take in total, every attempt and the waits between retries included
            (default `DEFAULT_DEADLINE`, 120 s); None: no deadline. Waiting for the rate limiter is not counted.
        max_response_bytes: the largest body (after decompression) read into memory (default
            `DEFAULT_MAX_RESPONSE_BYTES`, 32 MiB); None: no cap. Streamed responses are the caller's to read.
    """

    def __init__(
        self,
        http_client: httpx.Client,
        *,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        auth: httpx.Auth | None = None,
        trusted_hosts: Iterable[str] = DEFAULT_TRUSTED_HOSTS,
        request_hooks: Sequence[RequestHook] = (),
        logger: logging.Logger | None = None,
        sleep: Callable[[float], None] = time.sleep,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            retry=retry,
            rate_limiter=rate_limiter,
            auth=auth,
            trusted_hosts=trusted_hosts,
            request_hooks=request_hooks,
            logger=logger,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        self.http_client = http_client
        self._sleep = sleep

    def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        params: QueryParams | None = None,
        json: Any = None,
        content: bytes | str | Iterable[bytes] | None = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | httpx.Headers | None = None,
        idempotent: bool | None = None,
        stream: bool = False,
        authenticate: bool = True,
        raise_for_status: bool = True,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> httpx.Response:
        """Build a request with the client's defaults and send it with `send()`.

        Args:
            method, url, params, json, content, data, headers: as for `httpx.Client.request`.
            idempotent: whether the request may be retried; None decides by method (GET, HEAD, OPTIONS, PUT
                and DELETE are retried, POST and PATCH are not).
            stream: return without reading the body; the caller must close the response. The deadline then
                covers the call until the response headers arrive.
            authenticate: send the core's credentials (to trusted hosts only).
            raise_for_status: raise `APIStatusError` for statuses >= 400; otherwise return the response.
            timeout, deadline, max_response_bytes: this call's own settings (default: the core's).

        Raises:
            APIStatusError: (a subclass by status) for an error status, after retries.
            BotChallengeError: Figshare's firewall answered with a challenge.
            APIConnectionError, APITimeoutError: no response, after retries.
            DeadlineExceededError: the call's deadline passed (an `APITimeoutError`).
            ResponseTooLargeError: the body is larger than ``max_response_bytes``.
            ClientClosedError: the core or its httpx client was closed.
            InvalidArgumentError: a request that cannot be built (a value with no UTF-8 encoding).
        """
        self._check_open(self.http_client)
        request = _build(
            self.http_client, method, url, params=params, json=json, content=content, data=data, headers=headers
        )
        return self.send(
            request,
            idempotent=idempotent,
            stream=stream,
            authenticate=authenticate,
            raise_for_status=raise_for_status,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )

    def send(
        self,
        request: httpx.Request,
        *,
        idempotent: bool | None = None,
        stream: bool = False,
        authenticate: bool = True,
        raise_for_status: bool = True,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> httpx.Response:
        """Send an already built `request` through the pipeline; the options are those of `request()`."""
        options = self._options(timeout, deadline, max_response_bytes)
        self._check_open(self.http_client)
        request = self._prepare(request)
        may_retry = self._may_retry(request, idempotent)
        budget = Budget(options.deadline)
        retry_number = 0
        while True:
            if self.rate_limiter is not None:
                budget.extend(self.rate_limiter.acquire())
            if budget.expired():
                raise self._deadline_error(request, budget)
            self._set_timeouts(request, options, budget)
            cutoff = Cutoff(self.http_client)
            alarm = None
            if budget.at is not None:
                request.extensions[MARKER_EXTENSION] = cutoff.marker
                alarm = watchdog.arm(budget.at, cutoff)
            started = time.perf_counter()
            try:
                try:
                    response = self._send_once(request, authenticate=authenticate)
                except FigshareError:
                    raise
                except Exception as error:
                    self._log_failure(request, error, started)
                    self._check_open(self.http_client)
                    failure = self._failure(request, error, budget, cutoff)
                    delay = self._delay_after_error(retry_number, error, may_retry, budget, cutoff)
                    if delay is None:
                        raise failure from failure.__cause__
                else:
                    self._log_response(request, response, started)
                    delay = self.retry.delay_after_response(retry_number, response, idempotent=may_retry)
                    if delay is None or not budget.allows(delay):
                        return self._finish(request, response, stream, raise_for_status, options, budget, cutoff)
                    response.close()
            finally:
                if alarm is not None:
                    watchdog.disarm(alarm)
            self._log_retry(request, delay, retry_number)
            self._sleep(delay)
            retry_number += 1

    def _delay_after_error(
        self, retry_number: int, error: Exception, may_retry: bool, budget: Budget, cutoff: Cutoff
    ) -> float | None:
        if cutoff.fired or budget.expired() or not isinstance(error, httpx.TransportError):
            return None
        delay = self.retry.delay_after_error(retry_number, error, idempotent=may_retry)
        return delay if delay is not None and budget.allows(delay) else None

    def _send_once(self, request: httpx.Request, *, authenticate: bool) -> httpx.Response:
        if self.auth is None:  # leave the client's own auth setting in charge
            default = httpx.USE_CLIENT_DEFAULT if authenticate else None
            return self.http_client.send(request, stream=True, auth=default)
        return self.http_client.send(request, stream=True, auth=self._credentials(request, authenticate))

    def _finish(
        self,
        request: httpx.Request,
        response: httpx.Response,
        stream: bool,
        raise_for_status: bool,
        options: _CallOptions,
        budget: Budget,
        cutoff: Cutoff,
    ) -> httpx.Response:
        if is_bot_challenge(response):
            response.close()
            raise BotChallengeError.from_response(response, method=request.method, url=request.url)
        if raise_for_status and response.status_code >= 400:
            try:
                self._read(request, response, _error_limit(options), budget, cutoff, truncate=True)
            except FigshareError:
                pass  # the status error is still raised, without the body's details
            finally:
                response.close()
            raise APIStatusError.from_response(response, method=request.method, url=request.url)
        if not stream:
            self._read(request, response, options.max_response_bytes, budget, cutoff, truncate=False)
        return response

    def _read(
        self,
        request: httpx.Request,
        response: httpx.Response,
        limit: int | None,
        budget: Budget,
        cutoff: Cutoff,
        *,
        truncate: bool,
    ) -> None:
        """Read the body into `response.content`, keeping to `limit` bytes and to the deadline."""
        if not truncate and self._declared_too_large(response, limit):
            response.close()
            raise self._too_large(request, response, limit)  # type: ignore[arg-type]
        if limit is None and budget.at is None and not truncate:
            try:
                response.read()  # nothing to keep to: httpx's own read
            except Exception as error:
                response.close()
                failure = self._failure(request, error, budget, cutoff)
                raise failure from failure.__cause__
            return
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if limit is not None and size > limit:
                    if not truncate:
                        raise self._too_large(request, response, limit)
                    chunks.append(chunk[: len(chunk) - (size - limit)])
                    break
                chunks.append(chunk)
                if budget.expired():
                    raise self._deadline_error(request, budget)
        except FigshareError:
            response.close()
            raise
        except Exception as error:
            response.close()
            failure = self._failure(request, error, budget, cutoff)
            raise failure from failure.__cause__
        finally:
            if truncate:
                response.close()
        _set_content(response, chunks)


def _asyncio_timeout() -> Callable[[float], AbstractAsyncContextManager[None]] | None:
    """`asyncio.timeout` (Python 3.11+: cheaper than an anyio scope on asyncio), None before 3.11."""
    import asyncio

    return getattr(asyncio, "timeout", None)


class AsyncHTTPCore(_CoreBase):
    """`HTTPCore` for `httpx.AsyncClient`: the same pipeline, awaited.

    The deadline is kept with an `anyio` cancel scope around each attempt (asyncio and trio alike).

    Args:
        http_client: the async client to send with, used as-is and never closed by the core.
        sleep: the coroutine sleep used between retries (inject a fake one in tests).
        Other arguments: as for `HTTPCore`.
    """

    def __init__(
        self,
        http_client: httpx.AsyncClient,
        *,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        auth: httpx.Auth | None = None,
        trusted_hosts: Iterable[str] = DEFAULT_TRUSTED_HOSTS,
        request_hooks: Sequence[RequestHook] = (),
        logger: logging.Logger | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio_sleep,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            retry=retry,
            rate_limiter=rate_limiter,
            auth=auth,
            trusted_hosts=trusted_hosts,
            request_hooks=request_hooks,
            logger=logger,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        self.http_client = http_client
        self._sleep = sleep

    async def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        params: QueryParams | None = None,
        json: Any = None,
        content: bytes | str | Iterable[bytes] | None = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | httpx.Headers | None = None,
        idempotent: bool | None = None,
        stream: bool = False,
        authenticate: bool = True,
        raise_for_status: bool = True,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> httpx.Response:
        """Build a request with the client's defaults and send it with `send()` (see `HTTPCore.request`)."""
        self._check_open(self.http_client)
        request = _build(
            self.http_client, method, url, params=params, json=json, content=content, data=data, headers=headers
        )
        return await self.send(
            request,
            idempotent=idempotent,
            stream=stream,
            authenticate=authenticate,
            raise_for_status=raise_for_status,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )

    async def send(
        self,
        request: httpx.Request,
        *,
        idempotent: bool | None = None,
        stream: bool = False,
        authenticate: bool = True,
        raise_for_status: bool = True,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> httpx.Response:
        """Send an already built `request` through the pipeline; the options are those of `request()`."""
        options = self._options(timeout, deadline, max_response_bytes)
        self._check_open(self.http_client)
        request = self._prepare(request)
        may_retry = self._may_retry(request, idempotent)
        budget = Budget(options.deadline)
        retry_number = 0
        while True:
            if self.rate_limiter is not None:
                budget.extend(await self.rate_limiter.aacquire())
            if budget.expired():
                raise self._deadline_error(request, budget)
            self._set_timeouts(request, options, budget)
            started = time.perf_counter()
            outcome = await self._attempt(
                request, authenticate, stream, raise_for_status, options, budget, may_retry, retry_number, started
            )
            if isinstance(outcome, httpx.Response):
                return outcome
            delay = outcome
            self._log_retry(request, delay, retry_number)
            await self._sleep(delay)
            retry_number += 1

    async def _attempt(
        self,
        request: httpx.Request,
        authenticate: bool,
        stream: bool,
        raise_for_status: bool,
        options: _CallOptions,
        budget: Budget,
        may_retry: bool,
        retry_number: int,
        started: float,
    ) -> httpx.Response | float:
        """One attempt: the final response, or the seconds to wait before the next attempt.

        Kept to the deadline by `asyncio.timeout` (Python 3.11+ on asyncio) or an anyio cancel scope (3.10,
        trio); when it passes, the attempt is cancelled, its response closed and `DeadlineExceededError` raised.
        """
        sent: list[httpx.Response] = []
        attempt = self._attempt_within(
            request, authenticate, stream, raise_for_status, options, budget, may_retry, retry_number, started, sent
        )
        left = budget.remaining()
        if left is None:
            return await attempt
        import anyio  # here, not at module level: the sync path needs neither asyncio nor anyio
        import sniffio

        asyncio_timeout = _asyncio_timeout()
        try:
            if asyncio_timeout is not None and sniffio.current_async_library() == "asyncio":
                try:
                    async with asyncio_timeout(max(left, 0.0)):
                        return await attempt
                except TimeoutError:
                    pass  # only the deadline's own cancellation becomes TimeoutError here
            else:
                with anyio.move_on_after(left):
                    return await attempt
        finally:
            attempt.close()  # never awaited when the deadline had passed before it started
        for response in sent:
            with anyio.CancelScope(shield=True):
                await response.aclose()
        raise self._deadline_error(request, budget)

    async def _attempt_within(
        self,
        request: httpx.Request,
        authenticate: bool,
        stream: bool,
        raise_for_status: bool,
        options: _CallOptions,
        budget: Budget,
        may_retry: bool,
        retry_number: int,
        started: float,
        sent: list[httpx.Response],
    ) -> httpx.Response | float:
        try:
            response = await self._send_once(request, authenticate=authenticate)
        except FigshareError:
            raise
        except Exception as error:
            self._log_failure(request, error, started)
            self._check_open(self.http_client)
            failure = self._failure(request, error, budget)
            delay = self._delay_after_error(retry_number, error, may_retry, budget)
            if delay is None:
                raise failure from failure.__cause__
            return delay
        sent.append(response)
        try:
            self._log_response(request, response, started)
            delay = self.retry.delay_after_response(retry_number, response, idempotent=may_retry)
            if delay is None or not budget.allows(delay):
                return await self._finish(request, response, stream, raise_for_status, options, budget)
            await response.aclose()
            return delay
        except BaseException:
            import anyio

            with anyio.CancelScope(shield=True):
                await response.aclose()
            raise

    def _delay_after_error(self, retry_number: int, error: Exception, may_retry: bool, budget: Budget) -> float | None:
        if budget.expired() or not isinstance(error, httpx.TransportError):
            return None
        delay = self.retry.delay_after_error(retry_number, error, idempotent=may_retry)
        return delay if delay is not None and budget.allows(delay) else None

    async def _send_once(self, request: httpx.Request, *, authenticate: bool) -> httpx.Response:
        if self.auth is None:  # leave the client's own auth setting in charge
            default = httpx.USE_CLIENT_DEFAULT if authenticate else None
            return await self.http_client.send(request, stream=True, auth=default)
        return await self.http_client.send(request, stream=True, auth=self._credentials(request, authenticate))

    async def _finish(
        self,
        request: httpx.Request,
        response: httpx.Response,
        stream: bool,
        raise_for_status: bool,
        options: _CallOptions,
        budget: Budget,
    ) -> httpx.Response:
        if is_bot_challenge(response):
            await response.aclose()
            raise BotChallengeError.from_response(response, method=request.method, url=request.url)
        if raise_for_status and response.status_code >= 400:
            try:
                await self._read(request, response, _error_limit(options), budget, truncate=True)
            except FigshareError:
                pass  # the status error is still raised, without the body's details
            finally:
                await response.aclose()
            raise APIStatusError.from_response(response, method=request.method, url=request.url)
        if not stream:
            await self._read(request, response, options.max_response_bytes, budget, truncate=False)
        return response

    async def _read(
        self, request: httpx.Request, response: httpx.Response, limit: int | None, budget: Budget, *, truncate: bool
    ) -> None:
        """Read the body into `response.content`, keeping to `limit` bytes (the scope keeps the deadline)."""
        if not truncate and self._declared_too_large(response, limit):
            await response.aclose()
            raise self._too_large(request, response, limit)  # type: ignore[arg-type]
        if limit is None and not truncate:
            try:
                await response.aread()  # nothing to count: httpx's own read (the scope keeps the deadline)
            except Exception as error:
                await response.aclose()
                failure = self._failure(request, error, budget)
                raise failure from failure.__cause__
            return
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if limit is not None and size > limit:
                    if not truncate:
                        raise self._too_large(request, response, limit)
                    chunks.append(chunk[: len(chunk) - (size - limit)])
                    break
                chunks.append(chunk)
        except FigshareError:
            await response.aclose()
            raise
        except Exception as error:
            await response.aclose()
            failure = self._failure(request, error, budget)
            raise failure from failure.__cause__
        finally:
            if truncate:
                await response.aclose()
        _set_content(response, chunks)


def _error_limit(options: _CallOptions) -> int:
    cap = options.max_response_bytes
    return ERROR_BODY_BYTES if cap is None else min(cap, ERROR_BODY_BYTES)


def _set_content(response: httpx.Response, chunks: list[bytes]) -> None:
    # What `httpx.Response.read()` does after reading the stream; the body was read here, chunk by chunk, so
    # that the size cap and the deadline are checked while it arrives.
    response._content = b"".join(chunks)


def _request_secrets(request: httpx.Request) -> list[str]:
    """Credentials the request carries (headers, secret query values), to scrub from lower layers' text."""
    found = [value for name, value in request.headers.items() if name.lower() in SENSITIVE_HEADERS]
    found += [value.split(" ", 1)[-1] for value in found if " " in value]
    found += [value for name, value in request.url.params.multi_items() if name.lower() in SENSITIVE_QUERY_PARAMS]
    return [value for value in found if len(value) >= 4]


def _build(
    http_client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: httpx.URL | str,
    **kwargs: Any,
) -> httpx.Request:
    """`http_client.build_request`, with a value that cannot be encoded refused as an argument error."""
    try:
        return http_client.build_request(method, url, **kwargs)
    except UnicodeEncodeError as error:
        from figshare.errors import InvalidArgumentError

        raise InvalidArgumentError(
            f"the request cannot be sent: a value contains {error.object[error.start : error.end]!r}, which has "
            f"no {error.encoding} encoding",
        ) from None
    except httpx.InvalidURL as error:
        from figshare.errors import InvalidArgumentError

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


def _elapsed_ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
