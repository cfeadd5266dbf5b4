"""Send a token endpoint request: never redirected, never with the client's own auth, a bounded answer.

A token request carries the client secret and a code, refresh token or password. Following a redirect would
send them again to wherever the `Location` points (a 307 or 308 keeps the body), and adopt whatever token that
place answers, so token requests never follow redirects, whatever the httpx client's `follow_redirects`
setting; a redirect is answered by `parse_token_response` with an error. The answer is read up to
`MAX_TOKEN_RESPONSE_BYTES` within `TOKEN_REQUEST_DEADLINE` seconds. Failures before the request could reach
the server (connection refused, DNS) are retried as the `RetryPolicy` says; a POST is never sent twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from figshare._retry import RetryPolicy
from figshare._secrets import redact_url
from figshare.errors import (
    APIConnectionError,
    APITimeoutError,
    BotChallengeError,
    ResponseParseError,
    is_bot_challenge,
)

__all__ = ["MAX_TOKEN_RESPONSE_BYTES", "TOKEN_REQUEST_DEADLINE", "AsyncTokenSender", "TokenSender"]

MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024
"""The largest token endpoint answer read; a larger one raises `ResponseParseError`."""

TOKEN_REQUEST_DEADLINE = 120.0
"""Seconds one token request may take in all, body included (each read also has the client's timeout)."""

_logger = logging.getLogger("figshare")
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _SenderBase:
    def __init__(self, retry: RetryPolicy | None, deadline: float) -> None:
        self.retry = retry if retry is not None else RetryPolicy()
        self.deadline = deadline

    def _may_retry(self, request: httpx.Request) -> bool:
        return self.retry.is_idempotent(request.method)

    def _add(self, request: httpx.Request, chunk: bytes, body: bytearray, ends_at: float) -> None:
        body += chunk
        if len(body) > MAX_TOKEN_RESPONSE_BYTES:
            raise ResponseParseError(
                f"the token endpoint's answer is larger than {MAX_TOKEN_RESPONSE_BYTES} bytes",
                method=request.method,
                url=request.url,
            )
        if time.monotonic() > ends_at:
            raise self._timeout(request)

    def _timeout(self, request: httpx.Request) -> APITimeoutError:
        return APITimeoutError(
            f"The token request took more than {self.deadline:g} s", method=request.method, url=request.url
        )

    @staticmethod
    def _read_response(response: httpx.Response, body: bytes) -> httpx.Response:
        """A response holding `body` (already decoded) in place of the streamed `response`."""
        if is_bot_challenge(response):
            raise BotChallengeError.from_response(response)
        headers = [
            (name, value) for name, value in response.headers.multi_items() if name.lower() not in _DROPPED_HEADERS
        ]
        return httpx.Response(response.status_code, headers=headers, content=body, request=response.request)

    @staticmethod
    def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
        error_class = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return error_class(
            f"{error_class.default_message}: {type(error).__name__}", method=request.method, url=request.url
        )

    @staticmethod
    def _log(request: httpx.Request, outcome: object, started: float) -> None:
        if _logger.isEnabledFor(logging.DEBUG):
            elapsed = round((time.perf_counter() - started) * 1000)
            _logger.debug("%s %s -> %s (%d ms)", request.method, redact_url(request.url), outcome, elapsed)


class TokenSender(_SenderBase):
    """Sends token requests with an `httpx.Client` (see the module's docstring).

    Args:
        http_client: the client to send with (its `auth` and `follow_redirects` settings are not used).
        retry: which connection failures are retried (default `RetryPolicy()`).
        deadline: seconds one request may take in all.
        sleep: the blocking sleep between retries.
    """

    def __init__(
        self,
        http_client: httpx.Client,
        *,
        retry: RetryPolicy | None = None,
        deadline: float = TOKEN_REQUEST_DEADLINE,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(retry, deadline)
        self.http_client = http_client
        self._sleep = sleep

    def send(self, request: httpx.Request) -> httpx.Response:
        """Send `request` and return its answer, read.

        Raises:
            APIConnectionError, APITimeoutError: no complete answer (after retries of unsent requests).
            ResponseParseError: the answer is larger than `MAX_TOKEN_RESPONSE_BYTES`.
            BotChallengeError: Figshare's firewall answered instead.
        """
        retry_number = 0
        while True:
            started = time.perf_counter()
            try:
                response = self._send_once(request, time.monotonic() + self.deadline)
            except httpx.TransportError as error:
                self._log(request, type(error).__name__, started)
                delay = self.retry.delay_after_error(retry_number, error, idempotent=self._may_retry(request))
                if delay is None:
                    raise self._connection_error(request, error) from None
            else:
                self._log(request, response.status_code, started)
                return response
            self._sleep(delay)
            retry_number += 1

    def _send_once(self, request: httpx.Request, ends_at: float) -> httpx.Response:
        response = self.http_client.send(request, stream=True, follow_redirects=False, auth=None)
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                self._add(request, chunk, body, ends_at)
        finally:
            response.close()
        return self._read_response(response, bytes(body))


class AsyncTokenSender(_SenderBase):
    """`TokenSender` for `httpx.AsyncClient`.

    Args:
        http_client: the async client to send with (its `auth` and `follow_redirects` settings are not used).
        sleep: the coroutine sleep between retries.
        Other arguments: as for `TokenSender`.
    """

    def __init__(
        self,
        http_client: httpx.AsyncClient,
        *,
        retry: RetryPolicy | None = None,
        deadline: float = TOKEN_REQUEST_DEADLINE,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(retry, deadline)
        self.http_client = http_client
        self._sleep = sleep

    async def send(self, request: httpx.Request) -> httpx.Response:
        """Send `request` and return its answer, read (see `TokenSender.send`)."""
        retry_number = 0
        while True:
            started = time.perf_counter()
            try:
                response = await asyncio.wait_for(self._send_once(request), self.deadline)
            except asyncio.TimeoutError:
                self._log(request, "deadline", started)
                raise self._timeout(request) from None
            except httpx.TransportError as error:
                self._log(request, type(error).__name__, started)
                delay = self.retry.delay_after_error(retry_number, error, idempotent=self._may_retry(request))
                if delay is None:
                    raise self._connection_error(request, error) from None
            else:
                self._log(request, response.status_code, started)
                return response
            await self._sleep(delay)
            retry_number += 1

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        response = await self.http_client.send(request, stream=True, follow_redirects=False, auth=None)
        body = bytearray()
        try:
            async for chunk in response.aiter_bytes():
                self._add(request, chunk, body, float("inf"))  # asyncio.wait_for keeps the deadline
        finally:
            await response.aclose()
        return self._read_response(response, bytes(body))
