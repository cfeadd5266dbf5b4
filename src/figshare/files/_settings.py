"""What `Uploader` / `AsyncUploader` and `Downloader` / `AsyncDownloader` build alike from their arguments."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ._progress import ProgressBar, ProgressCallback

__all__ = ["ProgressOption", "api_identity", "check_concurrency", "progress_callback", "state_directory"]

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
