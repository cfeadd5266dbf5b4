"""Send one logical request through rate limiting, retries, authentication, logging and error mapping.

`HTTPCore` (for `httpx.Client`) and `AsyncHTTPCore` (for `httpx.AsyncClient`) are the one path every request
of the SDK takes:

1. request hooks transform the request once (impersonation adds `impersonate=<id>`);
2. each attempt first waits for the shared `RateLimiter`;
3. credentials (an `httpx.Auth`) are applied per request, and only to trusted hosts;
4. connection failures and retryable statuses are retried as the `RetryPolicy` says;
5. a firewall challenge raises `BotChallengeError`, an error status raises the matching `APIStatusError`;
6. each attempt is logged at DEBUG on the `figshare` logger as `METHOD URL -> STATUS (N ms)`, URL redacted,
   headers never.

The `httpx` client is used as it is given (it may be the caller's own, with their proxies and timeouts); the
core never changes its settings and never closes it.
"""

from __future__ import annotations

import asyncio
import json as jsonlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

import httpx

from figshare._hosts import DEFAULT_TRUSTED_HOSTS, host_is_trusted, normalise_host_patterns
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare._secrets import redact_url
from figshare.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BotChallengeError,
    ResponseParseError,
    is_bot_challenge,
)

__all__ = ["AsyncHTTPCore", "HTTPCore", "RequestHook", "parse_json"]

RequestHook = Callable[[httpx.Request], httpx.Request]
"""A function that returns the request to send in place of the one it is given (applied once per call)."""

QueryParams = httpx.QueryParams | Mapping[str, Any] | list[tuple[str, Any]] | tuple[tuple[str, Any], ...] | str


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
    ) -> None:
        self.retry = retry if retry is not None else RetryPolicy()
        self.rate_limiter = rate_limiter
        self.auth = auth
        self.trusted_hosts = normalise_host_patterns(trusted_hosts)
        self.request_hooks = tuple(request_hooks)
        self.logger = logger if logger is not None else logging.getLogger("figshare")

    def _prepare(self, request: httpx.Request) -> httpx.Request:
        for hook in self.request_hooks:
            request = hook(request)
        return request

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
    def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
        error_class = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        detail = str(error) or type(error).__name__
        return error_class(
            f"{error_class.default_message}: {type(error).__name__}: {detail}",
            method=request.method,
            url=request.url,
        )


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
    ) -> None:
        super().__init__(
            retry=retry,
            rate_limiter=rate_limiter,
            auth=auth,
            trusted_hosts=trusted_hosts,
            request_hooks=request_hooks,
            logger=logger,
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
    ) -> httpx.Response:
        """Build a request with the client's defaults and send it with `send()`.

        Args:
            method, url, params, json, content, data, headers: as for `httpx.Client.request`.
            idempotent: whether the request may be retried; None decides by method (GET, HEAD, OPTIONS, PUT
                and DELETE are retried, POST and PATCH are not).
            stream: return without reading the body; the caller must close the response.
            authenticate: send the core's credentials (to trusted hosts only).
            raise_for_status: raise `APIStatusError` for statuses >= 400; otherwise return the response.

        Raises:
            APIStatusError: (a subclass by status) for an error status, after retries.
            BotChallengeError: Figshare's firewall answered with a challenge.
            APIConnectionError, APITimeoutError: no response, after retries.
        """
        request = self.http_client.build_request(
            method, url, params=params, json=json, content=content, data=data, headers=headers
        )
        return self.send(
            request,
            idempotent=idempotent,
            stream=stream,
            authenticate=authenticate,
            raise_for_status=raise_for_status,
        )

    def send(
        self,
        request: httpx.Request,
        *,
        idempotent: bool | None = None,
        stream: bool = False,
        authenticate: bool = True,
        raise_for_status: bool = True,
    ) -> httpx.Response:
        """Send an already built `request` through the pipeline; the options are those of `request()`."""
        request = self._prepare(request)
        may_retry = self._may_retry(request, idempotent)
        retry_number = 0
        while True:
            if self.rate_limiter is not None:
                self.rate_limiter.acquire()
            started = time.perf_counter()
            try:
                response = self._send_once(request, stream=stream, authenticate=authenticate)
            except httpx.TransportError as error:
                self._log_failure(request, error, started)
                delay = self.retry.delay_after_error(retry_number, error, idempotent=may_retry)
                if delay is None:
                    raise self._connection_error(request, error) from error
            else:
                self._log_response(request, response, started)
                delay = self.retry.delay_after_response(retry_number, response, idempotent=may_retry)
                if delay is None:
                    return self._finish(request, response, raise_for_status=raise_for_status)
                response.close()
            self._log_retry(request, delay, retry_number)
            self._sleep(delay)
            retry_number += 1

    def _send_once(self, request: httpx.Request, *, stream: bool, authenticate: bool) -> httpx.Response:
        if self.auth is None:  # leave the client's own auth setting in charge
            default = httpx.USE_CLIENT_DEFAULT if authenticate else None
            return self.http_client.send(request, stream=stream, auth=default)
        return self.http_client.send(request, stream=stream, auth=self._credentials(request, authenticate))

    def _finish(self, request: httpx.Request, response: httpx.Response, *, raise_for_status: bool) -> httpx.Response:
        if is_bot_challenge(response):
            response.close()
            raise BotChallengeError.from_response(response, method=request.method, url=request.url)
        if raise_for_status and response.status_code >= 400:
            try:
                response.read()
            except httpx.TransportError:
                pass  # the error is still raised, without the body's details
            finally:
                response.close()
            raise APIStatusError.from_response(response, method=request.method, url=request.url)
        return response


class AsyncHTTPCore(_CoreBase):
    """`HTTPCore` for `httpx.AsyncClient`: the same pipeline, awaited.

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
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(
            retry=retry,
            rate_limiter=rate_limiter,
            auth=auth,
            trusted_hosts=trusted_hosts,
            request_hooks=request_hooks,
            logger=logger,
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
    ) -> httpx.Response:
        """Build a request with the client's defaults and send it with `send()` (see `HTTPCore.request`)."""
        request = self.http_client.build_request(
            method, url, params=params, json=json, content=content, data=data, headers=headers
        )
        return await self.send(
            request,
            idempotent=idempotent,
            stream=stream,
            authenticate=authenticate,
            raise_for_status=raise_for_status,
        )

    async def send(
        self,
        request: httpx.Request,
        *,
        idempotent: bool | None = None,
        stream: bool = False,
        authenticate: bool = True,
        raise_for_status: bool = True,
    ) -> httpx.Response:
        """Send an already built `request` through the pipeline; the options are those of `request()`."""
        request = self._prepare(request)
        may_retry = self._may_retry(request, idempotent)
        retry_number = 0
        while True:
            if self.rate_limiter is not None:
                await self.rate_limiter.aacquire()
            started = time.perf_counter()
            try:
                response = await self._send_once(request, stream=stream, authenticate=authenticate)
            except httpx.TransportError as error:
                self._log_failure(request, error, started)
                delay = self.retry.delay_after_error(retry_number, error, idempotent=may_retry)
                if delay is None:
                    raise self._connection_error(request, error) from error
            else:
                self._log_response(request, response, started)
                delay = self.retry.delay_after_response(retry_number, response, idempotent=may_retry)
                if delay is None:
                    return await self._finish(request, response, raise_for_status=raise_for_status)
                await response.aclose()
            self._log_retry(request, delay, retry_number)
            await self._sleep(delay)
            retry_number += 1

    async def _send_once(self, request: httpx.Request, *, stream: bool, authenticate: bool) -> httpx.Response:
        if self.auth is None:  # leave the client's own auth setting in charge
            default = httpx.USE_CLIENT_DEFAULT if authenticate else None
            return await self.http_client.send(request, stream=stream, auth=default)
        return await self.http_client.send(request, stream=stream, auth=self._credentials(request, authenticate))

    async def _finish(
        self, request: httpx.Request, response: httpx.Response, *, raise_for_status: bool
    ) -> httpx.Response:
        if is_bot_challenge(response):
            await response.aclose()
            raise BotChallengeError.from_response(response, method=request.method, url=request.url)
        if raise_for_status and response.status_code >= 400:
            try:
                await response.aread()
            except httpx.TransportError:
                pass  # the error is still raised, without the body's details
            finally:
                await response.aclose()
            raise APIStatusError.from_response(response, method=request.method, url=request.url)
        return response


def parse_json(response: httpx.Response) -> Any:
    """Return the JSON document of a (read) success response.

    Raises:
        ResponseParseError: the body is empty, an HTML page or malformed JSON.
    """
    content = response.content
    if not content.strip():
        raise ResponseParseError.from_response(response, "expected a JSON body, got an empty body")
    try:
        return jsonlib.loads(content)
    except ValueError as error:
        if content.lstrip()[:1] == b"<":
            problem = "expected a JSON body, got HTML or XML"
        else:
            problem = f"expected a JSON body, got malformed JSON ({error})"
        raise ResponseParseError.from_response(response, problem) from None


def _elapsed_ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
