"""A download's body read straight from its HTTP/1.1 connection, in blocks of about 1 MiB.

Through httpx, every 64 KiB of a body is one ``recv``, parsed by h11 and copied twice, which on a fast link
costs as much CPU as writing the file. When the body is framed by ``Content-Length`` on an HTTP/1.1
connection of httpx's own transport (httpcore), the runtimes read it from the connection themselves, into
reused buffers: first what h11 had already received with the headers (its ``trailing_data``), then exactly
the bytes left. The connection is then closed with the response (h11 never saw the body end, so httpcore
does not reuse it). Any other response (HTTP/2, chunked, a proxy tunnelled through TLS, a mocked transport)
is read through httpx as before.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import h11
import httpx

_LINKS = ("_stream", "_httpcore_stream", "_connection")
"""The attributes that lead from httpx's response stream to httpcore's connection (response stream, pool
stream, connection stream, connection)."""


@dataclasses.dataclass(frozen=True)
class DirectBody:
    received: bytes
    """The start of the body, received with the headers."""
    remaining: int
    """How many bytes of the body are still to be read from ``stream``."""
    stream: Any
    """httpcore's network stream of the connection (``read(max_bytes, timeout)``, ``get_extra_info``)."""
    timeout: float | None
    """The request's read time-out."""


def direct_body(response: httpx.Response) -> DirectBody | None:
    """How to read ``response``'s body from its connection, or None to read it through httpx."""
    length = response.headers.get("content-length", "")
    stream = response.extensions.get("network_stream")
    if (
        response.is_stream_consumed
        or response.http_version != "HTTP/1.1"
        or "transfer-encoding" in response.headers
        or not length.isdigit()
        or stream is None
    ):
        return None
    state = _h11_state(response.stream)
    if state is None or state.their_state is not h11.SEND_BODY:
        return None
    received = state.trailing_data[0][: int(length)]
    timeout = response.request.extensions.get("timeout", {}).get("read")
    return DirectBody(received, int(length) - len(received), stream, timeout)


def direct_socket(body: DirectBody) -> Any:
    """The socket a sync body can be read from with ``recv_into`` (None to use ``body.stream.read``): the
    connection's own socket, a TLS one only when it is the TLS layer of the connection itself."""
    sock = body.stream.get_extra_info("socket")
    # an SSLSocket's TLS layer is its _sslobj; a plain socket has none, and then neither may the connection
    return sock if getattr(sock, "_sslobj", None) is body.stream.get_extra_info("ssl_object") else None


def _h11_state(stream: object) -> h11.Connection | None:
    """h11's state of the connection under httpx's response stream; None unless every layer on the way is
    httpx's or httpcore's own (a transport that wraps the stream, to change or count the bytes, is kept)."""
    for _ in range(2 * len(_LINKS)):
        if type(stream).__module__.partition(".")[0] not in ("httpx", "httpcore"):
            return None
        state = getattr(stream, "_h11_state", None)
        if isinstance(state, h11.Connection):
            return state
        stream = next((getattr(stream, name) for name in _LINKS if hasattr(stream, name)), None)
    return None
