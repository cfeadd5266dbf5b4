"""Compressed response bodies for httpx mock transports, delivered as a socket delivers them."""

from __future__ import annotations

import zlib

from tests.core.core_fakes import ChunkStream

MIB = 1024 * 1024
SOCKET_READ = 64 * 1024
"""What httpcore reads from a socket at a time."""


def gzip_bomb(size: int) -> ChunkStream:
    """``size`` bytes of spaces, gzip-compressed (about a thousandfold smaller, made without holding them), in
    socket reads, for the sync and the async client alike."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join(compressor.compress(b" " * MIB) for _ in range(size // MIB)) + compressor.flush()
    return ChunkStream(*(bomb[at : at + SOCKET_READ] for at in range(0, len(bomb), SOCKET_READ)))
