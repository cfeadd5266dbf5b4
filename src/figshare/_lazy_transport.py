"""httpx's default transports, made on the first request instead of when the client is made.

`httpx.Client()` makes its `httpx.HTTPTransport` at once: that imports httpcore and h11 and loads the CA
bundle into an SSL context (about 35 ms together), before any request. A `Figshare` client made only to be
configured, passed around or closed never needs them. These wrappers make the very same default transport
(`httpx.HTTPTransport()` / `httpx.AsyncHTTPTransport()`, settings from the environment as httpx reads them)
on first use, once, under a lock; `_pool` exposes the made transport's connection pool to the deadline
watchdog (`figshare._deadline`), which cuts a late request's socket through it.
"""

from __future__ import annotations

import threading
import urllib.request
from typing import Any

import httpx

__all__ = ["LazyAsyncTransport", "LazyTransport", "lazy_async_transport", "lazy_transport"]


def _environment_proxies() -> bool:
    """Whether the environment names an HTTP proxy (as httpx reads it, through ``urllib.request.getproxies``)."""
    proxies = urllib.request.getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


def lazy_transport() -> LazyTransport | None:
    """A lazy default transport for `httpx.Client(transport=...)`, or None when the environment names a
    proxy: httpx applies environment proxies only to a client made without a transport, so such a client
    is made as before."""
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
    """`httpx.HTTPTransport()`, made on the first request."""

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
    """`httpx.AsyncHTTPTransport()`, made on the first request (tasks of one event loop: no lock needed, the
    check and the making have no await between them)."""

    _inner: httpx.AsyncHTTPTransport | None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:
            self._inner = httpx.AsyncHTTPTransport()
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()
