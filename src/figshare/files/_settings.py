"""What `Uploader` / `AsyncUploader` and `Downloader` / `AsyncDownloader` build alike from their arguments."""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Iterator
from pathlib import Path

from ._progress import ProgressBar, ProgressCallback

__all__ = [
    "ProgressOption",
    "api_identity",
    "check_concurrency",
    "check_seconds",
    "progress_callback",
    "state_directory",
]

ProgressOption = ProgressCallback | bool | None
"""A callback, True for a progress bar (needs ``rich``), or None / False for none."""


@contextlib.contextmanager
def progress_callback(option: ProgressOption) -> Iterator[ProgressCallback | None]:
    """The callback to report to while a transfer runs (a progress bar is shown for the duration)."""
    if option is True:
        with ProgressBar() as bar:
            yield bar
    elif option is False or option is None:
        yield None
    else:
        yield option


def state_directory(state_dir: str | os.PathLike[str] | None) -> Path:
    from ._state import default_state_dir

    return Path(state_dir).expanduser() if state_dir is not None else default_state_dir()


def api_identity(base_url: str, impersonating: int | None) -> str:
    """What distinguishes uploads of different accounts and APIs in the state folder."""
    return base_url if impersonating is None else f"{base_url}#impersonate={impersonating}"


def check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive integer, not {concurrency!r}")
    return concurrency


def check_seconds(name: str, value: float, *, positive: bool = False) -> float:
    """``value`` as a duration in seconds: a finite number, not negative (nor zero when ``positive``);
    ValueError or TypeError naming the argument otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not math.isfinite(value) or value < 0 or (positive and value == 0):
        kind = "a positive" if positive else "a non-negative"
        raise ValueError(f"{name} must be {kind} finite number of seconds, not {value!r}")
    return float(value)
