"""Which failures are worth another attempt of a transfer step."""

from __future__ import annotations

from figshare.errors import APIConnectionError, APIStatusError, FigshareError

__all__ = ["TransferInterrupted", "is_transient"]


class TransferInterrupted(FigshareError):
    """A body ended before all its bytes arrived, or a server restarted it: try again from where it stopped."""


def is_transient(error: BaseException) -> bool:
    """Connection failures, time-outs, interrupted bodies, 429 and 5xx: another attempt may succeed."""
    if isinstance(error, APIConnectionError | TransferInterrupted):
        return True
    return isinstance(error, APIStatusError) and (error.status_code == 429 or error.status_code >= 500)
