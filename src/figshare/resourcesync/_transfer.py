"""A body that stops arriving half-way is reported as a ``figshare`` connection error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from figshare.errors import APIConnectionError

__all__ = ["transfer_errors"]


@contextmanager
def transfer_errors(url: str) -> Iterator[None]:
    """Turn ``httpx.TransportError`` raised while a body streams into ``APIConnectionError``."""
    try:
        yield
    except httpx.TransportError as error:
        raise APIConnectionError(
            f"the transfer was interrupted: {type(error).__name__}: {error}", method="GET", url=url
        ) from error
