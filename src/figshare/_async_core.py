"""`AsyncHTTPCore`: the I/O loop of the HTTP pipeline for `httpx.AsyncClient` (``figshare._http`` maps the
pipeline's modules); ``make unasync`` writes its sync twin from this source."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from figshare._async_deadline import AttemptDeadline, default_sleep
from figshare._core_base import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    ERROR_BODY_BYTES,
    NOT_GIVEN,
    NotGiven,
    QueryParams,
    SendOptions,
    TimeoutArg,
    _CallOptions,
    _CoreBase,
    build_request,
    header_facts,
    log_attempt,
    too_large,
    undecodable,
)
from figshare._deadline import Budget
from figshare._hosts import DEFAULT_TRUSTED_HOSTS, normalise_host_patterns
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare._secrets import redact_url
from figshare.errors import APIStatusError, BotChallengeError, ClientClosedError, FigshareError, is_bot_challenge

if TYPE_CHECKING:
    from typing_extensions import Unpack


class AsyncHTTPCore(_CoreBase):
    """Sends requests with an `httpx.AsyncClient` through rate limiting, retries, auth, logging and error mapping.

    Args:
        http_client: the client to send with, used as-is and never closed by the core.
        retry: which failures are retried (default `RetryPolicy()`: 3 retries of idempotent requests).
        rate_limiter: waited for before every attempt; None for no limit.
        auth: credentials applied to requests for trusted hosts only. When None, the client's own `auth`
            setting applies.
        trusted_hosts: hosts that may receive `auth`: exact names or `*.domain` patterns.
        logger: where attempts are logged (default: the `figshare` logger).
        sleep: the sleep used between retries (inject a fake one in tests).
        timeout: httpx's per-operation timeouts for every call (seconds or an `httpx.Timeout`; None: none);
            default: the timeouts the request was built with (the httpx client's).
        deadline: seconds one call may take in total, every attempt and the waits between retries included
            (default `DEFAULT_DEADLINE`, 120 s); None: no deadline. Waiting for the rate limiter is not counted.
            A sync core cuts off a read blocked past it (a watchdog thread shuts the socket down); an async
            core cancels the attempt.
        max_response_bytes: the largest body (after decompression) read into memory (default
            `DEFAULT_MAX_RESPONSE_BYTES`, 32 MiB); None: no cap. Streamed responses are the caller's to read.
    """

    def __init__(
        self,
        http_client: httpx.AsyncClient,
        *,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        auth: httpx.Auth | None = None,
        trusted_hosts: Iterable[str] = DEFAULT_TRUSTED_HOSTS,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], Awaitable[None]] = default_sleep,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._configure(retry, rate_limiter, timeout, deadline, max_response_bytes)
        self.auth = auth
        self.trusted_hosts = normalise_host_patterns(trusted_hosts)
        self.logger = logger if logger is not None else logging.getLogger("figshare")
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
        **options: Unpack[SendOptions],
    ) -> httpx.Response:
        """Build a request with the client's defaults and send it with `send()`.

        Args:
            method, url, params, json, content, data, headers: as for `httpx.AsyncClient.request`.
            options: as for `send()`.

        Returns:
            The response, its body read (unless `stream`).

        Raises:
            FigshareError: as for `send()`; InvalidArgumentError for a request that cannot be built (a value with
                no UTF-8 encoding).
        """
        self._check_open(self.http_client)
        request = build_request(
            self.http_client, method, url, params=params, json=json, content=content, data=data, headers=headers
        )
        return await self.send(request, **options)

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
        """Send an already built `request` through the pipeline.

        Args:
            request: the request (built by the core's httpx client).
            idempotent: whether the request may be retried; None decides by method (GET, HEAD, OPTIONS, PUT
                and DELETE are retried, POST and PATCH are not).
            stream: return without reading the body; the caller must close the response. The deadline then
                covers the call until the response headers arrive.
            authenticate: send the core's credentials (to trusted hosts only).
            raise_for_status: raise `APIStatusError` for statuses >= 400; otherwise return the response.
            timeout, deadline, max_response_bytes: this call's own settings (default: the core's).

        Returns:
            The response, its body read (unless `stream`).

        Raises:
            APIStatusError: (a subclass by status) for an error status, after retries.
            BotChallengeError: Figshare's firewall answered with a challenge.
            APIConnectionError, APITimeoutError: no response, after retries.
            DeadlineExceededError: the call's deadline passed (an `APITimeoutError`).
            ResponseTooLargeError: the body is larger than ``max_response_bytes``.
            ClientClosedError: the core or its httpx client was closed.
        """
        if timeout is NOT_GIVEN and deadline is NOT_GIVEN and max_response_bytes is NOT_GIVEN:
            options = self._defaults  # the common call: nothing to check again
        else:
            options = self._options(timeout, deadline, max_response_bytes)
        if self.closed:
            raise ClientClosedError()
        # A closed httpx client refuses to send: `_check_open` then raises ClientClosedError (below).
        # A streamed body (an iterator) can only be sent once; bytes, str, JSON and form bodies can be resent.
        replayable = isinstance(request.stream, httpx.ByteStream)
        may_retry = replayable and self.retry.is_idempotent(request.method, idempotent)
        budget = Budget(options.deadline)
        retry_number = 0
        while True:
            limiter = self.rate_limiter
            if limiter is not None and limiter._interval:  # min_interval: a limiter of 0 s never waits
                self._check_open(self.http_client)  # before taking a slot that others would then wait for
                budget.extend(await limiter.aacquire())
                if budget.expired():
                    raise self._deadline_error(request, budget)
            elif retry_number and budget.expired():  # (a new budget has not expired)
                raise self._deadline_error(request, budget)
            if options.timeout is not NOT_GIVEN or budget.at is not None:  # otherwise its own timeouts stand
                own = request.extensions.get("timeout")
                timeouts = budget.timeouts(own if options.timeout is NOT_GIVEN else options.timeout)
                if timeouts is not own:
                    request.extensions = {**request.extensions, "timeout": timeouts}
            started = time.perf_counter()
            async with AttemptDeadline(self.http_client, request, budget) as attempt:
                try:
                    response = await self.http_client.send(
                        request, stream=True, auth=self._credentials(request, authenticate)
                    )
                except FigshareError:
                    raise
                except Exception as error:
                    log_attempt(self.logger, request, error, started)
                    self._check_open(self.http_client)
                    delay = self._delay_after_error(request, error, budget, attempt.cut_off, may_retry, retry_number)
                else:
                    try:
                        if self.logger.isEnabledFor(logging.DEBUG):
                            log_attempt(self.logger, request, response, started)
                        retry_after = self.retry.delay_after_response(retry_number, response, idempotent=may_retry)
                        if retry_after is None or not budget.allows(retry_after):
                            return await self._finish(request, response, stream, raise_for_status, options, attempt)
                        await response.aclose()
                        delay = retry_after
                    except BaseException:
                        await attempt.aclose(response)
                        raise
            if self.logger.isEnabledFor(logging.INFO):
                where = f"{request.method} {redact_url(request.url)}"
                self.logger.info(
                    "Retrying %s in %.2f s (retry %d of %d)", where, delay, retry_number + 1, self.retry.max_retries
                )
            await self._sleep(delay)
            retry_number += 1

    async def _finish(
        self,
        request: httpx.Request,
        response: httpx.Response,
        stream: bool,
        raise_for_status: bool,
        options: _CallOptions,
        attempt: AttemptDeadline,
    ) -> httpx.Response:
        waf_action, length, encoded = header_facts(response)  # one pass over the headers
        if waf_action and is_bot_challenge(response):
            await response.aclose()
            raise BotChallengeError.from_response(response, method=request.method, url=request.url)
        if raise_for_status and response.status_code >= 400:
            try:
                error_limit = min(options.max_response_bytes or ERROR_BODY_BYTES, ERROR_BODY_BYTES)  # or a smaller cap
                await self._read(request, response, error_limit, attempt, truncate=True)
            except FigshareError:
                pass  # the status error is still raised, without the body's details
            finally:
                await response.aclose()
            raise APIStatusError.from_response(response, method=request.method, url=request.url)
        if not stream:
            limit = options.max_response_bytes
            if limit is not None and length is not None and length > limit and not encoded:
                await response.aclose()  # refused before reading: the declared body is too large
                raise too_large(request, response, limit)
            await self._read(request, response, limit, attempt, truncate=False)
        return response

    async def _read(
        self,
        request: httpx.Request,
        response: httpx.Response,
        limit: int | None,
        attempt: AttemptDeadline,
        *,
        truncate: bool,
    ) -> None:
        """Read the body into `response.content`, keeping to `limit` bytes and to the deadline."""
        budget = attempt.budget
        at = budget.at  # not extended while the attempt lasts
        chunks: list[bytes] = []
        size = 0
        try:
            if limit is None and at is None and not truncate:
                await response.aread()  # nothing to keep to: httpx's own read
                return
            async for chunk in decoded_chunks(response):
                size += len(chunk)
                if limit is not None and size > limit:
                    if not truncate:
                        raise too_large(request, response, limit)
                    chunks.append(chunk[: len(chunk) - (size - limit)])
                    break
                chunks.append(chunk)
                if at is not None and budget.clock() >= at:  # budget.expired(), inline: once per chunk
                    raise self._deadline_error(request, budget)
            response._content = b"".join(chunks)  # as `httpx.Response.read()` does
        except Exception as error:
            await response.aclose()
            if isinstance(error, FigshareError):
                raise
            failure = self._failure(request, error, budget, attempt.cut_off)
            raise failure from failure.__cause__
        finally:
            if truncate:
                await response.aclose()


async def decoded_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """`response.aiter_bytes()`, decoding a compressed body 4 KiB at a time (at most 4 MiB out): one socket read
    (64 KiB) of gzip can expand a thousandfold at once (a gzip bomb), far past any cap. A body that cannot be
    decoded is a `ResponseParseError`."""
    decode = getattr(response, "_get_content_decoder", None)  # private in httpx: if it goes, httpx's own reads
    try:
        if response.is_stream_consumed or decode is None:  # consumed: read when made (a transport's own response)
            async for chunk in response.aiter_bytes():
                yield chunk
            return
        decoder = decode()
        async for piece in response.aiter_raw(4096 if "content-encoding" in response.headers else None):
            yield decoder.decode(piece)
        yield decoder.flush()
    except httpx.DecodingError as error:
        raise undecodable(response, error) from error
