"""One download per target file at a time, across threads and processes: a lock file next to it.

``.<name>.<id>.figshare-lock`` sits beside the temporary file. It is locked with ``flock`` (``msvcrt``
locking on Windows), which the system releases when the holder exits, even when it is killed, so a stale
lock cannot exist. The holder deletes the file before it lets go; a waiter that locked a file deleted in the
meantime notices (the path no longer names the file it locked) and tries again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from figshare.files._local import open_regular

LOCK_SUFFIX = ".figshare-lock"


def _try_lock(descriptor: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class TargetLock:
    """A held lock; `release` it when the target is written (or given up)."""

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._descriptor: int | None = descriptor

    @classmethod
    def try_acquire(cls, path: Path) -> TargetLock | None:
        """The lock of ``path``, or None while another holder has it. Raises ``RefusedFileError`` when a
        symlink or other non-regular file sits at ``path``, ``OSError`` when it cannot be created."""
        while True:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = open_regular(path, os.O_RDWR | os.O_CREAT)
            try:
                if not _try_lock(descriptor):
                    os.close(descriptor)
                    return None
                if sys.platform == "win32" or _same_file(path, descriptor):
                    return cls(path, descriptor)
            except BaseException:
                os.close(descriptor)
                raise
            os.close(descriptor)  # the holder deleted it while we were locking it: take the new one

    def release(self) -> None:
        """Delete the lock file and let go (idempotent)."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        try:
            if sys.platform != "win32":  # an open file cannot be deleted on Windows; it is left for the next run
                self.path.unlink(missing_ok=True)
        finally:
            os.close(descriptor)


def _same_file(path: Path, descriptor: int) -> bool:
    try:
        on_disk = os.lstat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(descriptor)
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)
