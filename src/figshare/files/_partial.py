"""A download in progress: a temporary file next to the final one (``.<name>.<id>.figshare-part``, so a
later run continues it), with the md5 of what it holds so far; renamed to the final name only once complete
and verified. It is opened without following symlinks, and anything but a plain file of its own at its place
is refused (``UnsafePathError``); other local failures are ``DownloadError``s.

One download per target at a time, across threads and processes: a lock file ``.<name>.<id>.figshare-lock``
locked with ``flock`` (``msvcrt`` on Windows), which the system releases when the holder exits, even when
killed. The holder deletes the file before it lets go; a waiter that locked a file deleted in the meantime
notices (the path names another file) and tries again.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from figshare.files._errors import DownloadError, UnsafePathError
from figshare.files._local import READ_CHUNK, RefusedFileError, open_regular
from figshare.files._md5_worker import Md5Worker, write_all

TEMP_SUFFIX = ".figshare-part"
LOCK_SUFFIX = ".figshare-lock"


def temporary_path(final_path: Path, key: str) -> Path:
    """Where the download of ``final_path`` goes until it is complete (same folder: the rename is atomic)."""
    return final_path.with_name(f".{final_path.name}.{key}{TEMP_SUFFIX}")


def lock_path(temp_path: Path) -> Path:
    """The lock file of the download whose temporary file is ``temp_path``."""
    return temp_path.with_name(temp_path.name.removesuffix(TEMP_SUFFIX) + LOCK_SUFFIX)


def try_lock(path: Path) -> TargetLock | None:
    """The lock of a download target (None while another download holds it), failures typed."""
    with local_failures("lock the download", path):
        return TargetLock.try_acquire(path)


@contextlib.contextmanager
def local_failures(action: str, path: Path) -> Iterator[None]:
    """Turn a local file failure while doing ``action`` to ``path`` into ``DownloadError`` (``UnsafePathError``
    for a symlink or other foreign file at the path)."""
    try:
        yield
    except RefusedFileError as refused:
        raise UnsafePathError(f"refusing to {action}: {refused}", name=path.name) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise DownloadError(f"cannot {action} {path}: {reason}", path=str(path)) from error


class PartialDownload:
    """The temporary file of one download, open for appending, and the md5 of its bytes so far (computed
    in a worker thread, overlapping the transfer)."""

    def __init__(self, temp_path: Path, descriptor: int) -> None:
        self.temp_path = temp_path
        self.length = 0
        """How many bytes the file holds (for the async runtime: once the worker has written its blocks)."""
        self.resumed_from = 0
        """How many bytes an earlier run had left in the temporary file."""
        self.size: int | None = None
        """The size the file must have, when known: a body that makes it longer is not read to its end."""
        self._descriptor: int | None = descriptor
        self._md5 = Md5Worker(descriptor)

    @classmethod
    def open(cls, temp_path: Path, *, resume: bool) -> PartialDownload:
        """Open the temporary file: continue it (hashing what it holds) when ``resume``, else start empty."""
        with local_failures("write the temporary file", temp_path):
            temp_path.parent.mkdir(parents=True, exist_ok=True)
            partial = cls(temp_path, open_regular(temp_path, os.O_RDWR | os.O_CREAT, 0o666))  # the umask decides
            try:
                if resume:
                    while chunk := os.read(partial._fd(), READ_CHUNK):
                        partial._md5.update(chunk)
                        partial.length += len(chunk)
                    partial.resumed_from = partial.length
                else:
                    os.ftruncate(partial._fd(), 0)
            except BaseException:
                partial.close()
                raise
        return partial

    def overflowing(self) -> bool:
        """Whether the file holds more bytes than its known ``size`` (then its body is not read further)."""
        return self.size is not None and self.length > self.size

    def write(self, data: bytes | memoryview, buffer: bytearray | None = None) -> None:
        """Append ``data`` here and hash it in the worker (``buffer``, which ``data`` views, goes back to the
        worker's pool once hashed: see `block`)."""
        with local_failures("write", self.temp_path):
            write_all(self._fd(), data)
        self._md5.update(data, buffer=buffer)
        self.length += len(data)

    def block(self, limit: int) -> tuple[bytearray, memoryview]:
        """A buffer of about 1 MiB from the worker's pool and a view of at most ``limit`` bytes of it, to fill
        and give to `write` or `write_later` (memory stays flat)."""
        buffer = self._md5.buffer()
        return buffer, memoryview(buffer)[:limit]

    def write_later(self, data: bytes | memoryview, buffer: bytearray | None = None, *, wait: bool = True) -> bool:
        """Append ``data`` from the worker thread, then hash it there (the caller never waits on the disk);
        `flush` waits for it. False when ``wait`` is False and the worker is too far behind (nothing done)."""
        with local_failures("write", self.temp_path):
            handed = self._md5.update(data, buffer=buffer, write=True, wait=wait)
        if handed:
            self.length += len(data)
        return handed

    def flush(self) -> None:
        """Wait until the worker has written (and hashed) everything given to `write_later`."""
        with local_failures("write", self.temp_path):
            self._md5.flush()

    def restart(self) -> None:
        """Drop what was written (the server sent the whole body again)."""
        self._md5.close()
        self._md5 = Md5Worker(self._fd())
        with local_failures("truncate", self.temp_path):
            os.ftruncate(self._fd(), 0)
            os.lseek(self._fd(), 0, os.SEEK_SET)
        self.length = 0
        self.resumed_from = 0

    def hexdigest(self) -> str:
        with local_failures("write", self.temp_path):
            return self._md5.hexdigest()

    def commit(self, final_path: Path) -> None:
        """Give the complete file its final name in one atomic step.

        No fsync: like rsync and curl, durability across power loss is left to the system; a file damaged
        that way is caught later, because an existing file is only ever trusted after its md5 is checked.
        """
        self.close()
        with local_failures("rename the complete download to", final_path):
            if final_path.is_dir() and not final_path.is_symlink():
                raise IsADirectoryError(21, "a folder has that name")
            os.replace(self.temp_path, final_path)  # a symlink at the final name is replaced, never followed

    def discard(self) -> None:
        """Close and delete the temporary file."""
        self.close()
        with contextlib.suppress(OSError):
            self.temp_path.unlink(missing_ok=True)

    def close(self) -> None:
        """Close the file, keeping it for a later run."""
        try:
            self._md5.close()  # the worker finishes its writes first
        finally:
            if self._descriptor is not None:
                descriptor, self._descriptor = self._descriptor, None
                with local_failures("close", self.temp_path):
                    os.close(descriptor)

    def _fd(self) -> int:
        if self._descriptor is None:
            raise ValueError(f"{self.temp_path} is closed")
        return self._descriptor


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
    return os.path.samestat(on_disk, os.fstat(descriptor))
