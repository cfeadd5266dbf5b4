"""The token senders keep their deadline: a slow body (sync, checked between chunks) or a server that does not
answer (async, a cancelled wait) is an `APITimeoutError`, and nothing is retried after it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from figshare._async_oauth_client import AsyncTokenSender
from figshare._oauth_client import TokenSender
from figshare.errors import APITimeoutError

TOKEN_URL = "https://api.figshare.com/v2/token"


class _SlowBody(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        for _ in range(3):
            time.sleep(0.02)
            yield b"{}"


def test_a_sync_body_that_outlasts_the_deadline_is_a_timeout() -> None:
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, stream=_SlowBody())

    sender = TokenSender(httpx.Client(transport=httpx.MockTransport(answer)), deadline=0.01)
    with pytest.raises(APITimeoutError, match=r"took more than 0\.01 s"):
        sender.send(httpx.Request("POST", TOKEN_URL, data={"grant_type": "refresh_token"}))
    assert len(calls) == 1


class _SilentBody(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        await asyncio.sleep(10)
        yield b"{}"


async def test_an_async_server_that_does_not_answer_in_time_is_a_timeout() -> None:
    calls: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, stream=_SilentBody())

    sender = AsyncTokenSender(httpx.AsyncClient(transport=httpx.MockTransport(answer)), deadline=0.05)
    with pytest.raises(APITimeoutError, match=r"took more than 0\.05 s"):
        await sender.send(httpx.Request("POST", TOKEN_URL, data={"grant_type": "refresh_token"}))
    assert len(calls) == 1
