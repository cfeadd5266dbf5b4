"""Opening the files the SDK writes (temporary downloads, lock files, upload states) without being led
astray by what someone else put at their place.

A symlink there is never followed (``O_NOFOLLOW``; an ``lstat`` check where the system has no such flag), a
FIFO never blocks the open (``O_NONBLOCK``), and anything but a regular file with a single link (a
directory, a device, a hard link to a file elsewhere) is refused, so nothing is ever written outside the
folder the file belongs to.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = ["RefusedFileError", "open_regular"]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class RefusedFileError(Exception):
    """Something other than a plain file of ours is at the path (the message says what)."""


def open_regular(path: Path, flags: int, mode: int = 0o600) -> int:
    """``os.open(path, flags, mode)`` refusing a symlink, a non-regular file or a file with other hard links
    at ``path`` (RefusedFileError); other failures raise ``OSError``. Returns the descriptor."""
    if not _NOFOLLOW and path.is_symlink():
        raise RefusedFileError(f"{path} is a symlink")
    try:
        descriptor = os.open(path, flags | _NOFOLLOW | _NONBLOCK | _BINARY | _CLOEXEC, mode)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK) and path.is_symlink():
            raise RefusedFileError(f"{path} is a symlink") from None
        raise
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFileError(f"{path} is not a regular file")
        if info.st_nlink > 1:
            raise RefusedFileError(f"{path} has other hard links")
        if _NONBLOCK:
            os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor
