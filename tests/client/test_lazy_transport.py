"""The clients' default transport is made on the first request (cold start), and everything httpx's own
default does still holds: environment proxies, connection reuse, closing, the deadline watchdog's cut-off."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from figshare import AsyncFigshare, Figshare
from figshare._lazy_transport import LazyAsyncTransport, LazyTransport
from tests.support.loopback_http import respond, serve

ARTICLE = b'{"id": 1, "title": "t"}'


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_a_client_makes_no_transport_until_its_first_request() -> None:
    with serve(respond(body=ARTICLE)) as server:
        client = Figshare(base_url=server.url + "/v2", rate_limit=None)
        transport = client.core.http_client._transport
        assert isinstance(transport, LazyTransport)
        assert transport._inner is None and transport._pool is None
        assert client.articles.details(1).id == 1
        assert client.articles.details(1).id == 1
        assert isinstance(transport._inner, httpx.HTTPTransport)
        assert transport._pool is transport._inner._pool
        client.close()
        assert transport._pool.connections == []
    assert server.connections == 1, "one connection, reused"


def test_closing_a_client_that_never_sent_makes_no_transport() -> None:
    client = Figshare()
    transport = client.core.http_client._transport
    client.close()
    assert isinstance(transport, LazyTransport) and transport._inner is None


def test_environment_proxies_still_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    with Figshare() as client:
        http_client = client.core.http_client
        assert isinstance(http_client._transport, httpx.HTTPTransport), "httpx's own default, as before"
        assert any(pattern.scheme == "https" for pattern in http_client._mounts), "the proxy is mounted"


def test_the_async_client_makes_its_transport_on_first_request() -> None:
    async def main() -> None:
        with serve(respond(body=ARTICLE)) as server:
            async with AsyncFigshare(base_url=server.url + "/v2", rate_limit=None) as client:
                transport = client.core.http_client._transport
                assert isinstance(transport, LazyAsyncTransport) and transport._inner is None
                assert (await client.articles.details(1)).id == 1
                assert isinstance(transport._inner, httpx.AsyncHTTPTransport)

    asyncio.run(main())
