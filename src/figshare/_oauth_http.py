"""What the token senders share: a token request is never redirected, never sent with the httpx client's own
auth, and its answer is bounded.

A token request carries the client secret and a code, refresh token or password. Following a redirect would
send them again to wherever the `Location` points (a 307 or 308 keeps the body), and adopt whatever token that
place answers, so token requests never follow redirects, whatever the httpx client's `follow_redirects`
setting; a redirect is answered by `parse_token_response` with an error. The answer is read up to
`MAX_TOKEN_RESPONSE_BYTES` within `TOKEN_REQUEST_DEADLINE` seconds. Failures before the request could reach
the server (connection refused, DNS) are retried as the `RetryPolicy` says; a POST is never sent twice.

`AsyncTokenSender` (`figshare._async_oauth_client`) sends; `TokenSender` is generated from it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from typing import TypeVar

import httpx

from figshare._core_base import log_attempt
from figshare._retry import RetryPolicy
from figshare.errors import (
    APIConnectionError,
    APITimeoutError,
    BotChallengeError,
    ResponseParseError,
    is_bot_challenge,
)

MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024
"""The largest token endpoint answer read; a larger one raises `ResponseParseError`."""

TOKEN_REQUEST_DEADLINE = 120.0
"""Seconds one token request may take in all, body included (each read also has the client's timeout)."""

_logger = logging.getLogger("figshare")
DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
"""Headers that describe the body as it was sent, not as it is kept (decoded) in a rebuilt response."""

_T = TypeVar("_T")


class TokenSenderBase:
    """The settings and the bookkeeping of a token sender (see the module's docstring).

    Args:
        retry: which connection failures are retried (default `RetryPolicy()`).
        deadline: seconds one request may take in all.
    """

    def __init__(self, retry: RetryPolicy | None, deadline: float) -> None:
        self.retry = retry if retry is not None else RetryPolicy()
        self.deadline = deadline

    def _add(self, request: httpx.Request, chunk: bytes, body: bytearray, ends_at: float) -> None:
        body += chunk
        if len(body) > MAX_TOKEN_RESPONSE_BYTES:
            raise ResponseParseError(
                f"the token endpoint's answer is larger than {MAX_TOKEN_RESPONSE_BYTES} bytes",
                method=request.method,
                url=request.url,
            )
        if time.monotonic() > ends_at:
            raise TimeoutError

    def _failed(
        self, request: httpx.Request, error: httpx.TransportError | TimeoutError, retry_number: int, started: float
    ) -> float:
        """The delay before sending `request` again after `error`; raises when it is not sent again."""
        if isinstance(error, TimeoutError):
            log_attempt(_logger, request, "deadline", started)
            raise APITimeoutError(
                f"The token request took more than {self.deadline:g} s", method=request.method, url=request.url
            ) from None
        log_attempt(_logger, request, error, started)
        idempotent = self.retry.is_idempotent(request.method)
        delay = self.retry.delay_after_error(retry_number, error, idempotent=idempotent)
        if delay is None:
            error_class = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            raise error_class(
                f"{error_class.default_message}: {type(error).__name__}", method=request.method, url=request.url
            ) from None
        return delay

    @staticmethod
    def _read_response(response: httpx.Response, body: bytes) -> httpx.Response:
        """A response holding `body` (already decoded) in place of the streamed `response`."""
        if is_bot_challenge(response):
            raise BotChallengeError.from_response(response)
        headers = [
            (name, value) for name, value in response.headers.multi_items() if name.lower() not in DROPPED_HEADERS
        ]
        return httpx.Response(response.status_code, headers=headers, content=body, request=response.request)


async def _async_within(seconds: float, sending: Awaitable[_T]) -> _T:
    """Await `sending` for at most `seconds`; `TimeoutError` (the builtin, also on Python 3.10) past them."""
    try:
        return await asyncio.wait_for(sending, seconds)
    except asyncio.TimeoutError:
        raise TimeoutError from None


def _within(seconds: float, sent: _T) -> _T:
    """The sync twin of `_async_within`: a blocking send cannot be cut short, `_add` checks between chunks."""
    return sent
