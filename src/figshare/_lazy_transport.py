"""httpx's default transports, made on the first request instead of when the client is made.

`httpx.Client()` makes its `httpx.HTTPTransport` at once: that imports httpcore and h11 and loads the CA
bundle into an SSL context (about 35 ms), before any request. A client made only to be configured, passed
around or closed never needs them. These wrappers make the very same transport on first use, once; `_pool`
exposes its connection pool to the deadline watchdog (`figshare._deadline`).
"""

from __future__ import annotations

import threading
import urllib.request
from typing import Any

import httpx


def _environment_proxies() -> bool:
    proxies = urllib.request.getproxies()  # as httpx reads them
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


def lazy_transport() -> LazyTransport | None:
    """A lazy default transport for `httpx.Client(transport=...)`, or None when the environment names a
    proxy: httpx applies environment proxies only to a client made without a transport."""
    return None if _environment_proxies() else LazyTransport()


def lazy_async_transport() -> LazyAsyncTransport | None:
    """`lazy_transport` for `httpx.AsyncClient`."""
    return None if _environment_proxies() else LazyAsyncTransport()


class _Lazy:
    _inner: httpx.HTTPTransport | httpx.AsyncHTTPTransport | None = None

    @property
    def _pool(self) -> Any:
        return getattr(self._inner, "_pool", None)


class LazyTransport(_Lazy, httpx.BaseTransport):
    _inner: httpx.HTTPTransport | None

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner
        if inner is None:
            with self._lock:
                if self._inner is None:
                    self._inner = httpx.HTTPTransport()
                inner = self._inner
        return inner.handle_request(request)

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


class LazyAsyncTransport(_Lazy, httpx.AsyncBaseTransport):
    _inner: httpx.AsyncHTTPTransport | None  # one event loop's tasks: no await between check and make, no lock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:
            self._inner = httpx.AsyncHTTPTransport()
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()
