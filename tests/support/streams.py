"""Response bodies for httpx mock transports that arrive in pieces, as a socket delivers them."""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator, Sequence

import httpx

MIB = 1024 * 1024
SOCKET_READ = 64 * 1024
"""What httpcore reads from a socket at a time."""


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body given as ``pieces``, for the sync and the async client alike (replayable)."""

    def __init__(self, pieces: Sequence[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece


def gzip_bomb(size: int) -> Pieces:
    """``size`` bytes of spaces, gzip-compressed (about a thousandfold smaller, made without holding them), in
    socket reads."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join(compressor.compress(b" " * MIB) for _ in range(size // MIB)) + compressor.flush()
    return Pieces([bomb[at : at + SOCKET_READ] for at in range(0, len(bomb), SOCKET_READ)])
