"""A download in progress: a temporary file next to the final one, with the md5 of what it holds so far.

The temporary file is named after the final file and the file id (``.<name>.<id>.figshare-part``), so a
later run finds and continues it; it is renamed to the final name only once complete and verified, so the
final name never holds a partial file. It is opened without following symlinks, and anything but a plain
file of its own at its place is refused (``UnsafePathError``): a symlink planted there cannot make a
download write, or resume, into a file elsewhere. Local failures (a full disk, a name the system refuses)
are ``DownloadError``s.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from figshare.files._errors import DownloadError, UnsafePathError
from figshare.files._local import READ_CHUNK, RefusedFileError, open_regular
from figshare.files._md5_worker import Md5Worker
from figshare.files._target_lock import LOCK_SUFFIX, TargetLock

__all__ = ["PartialDownload", "local_failures", "lock_path", "temporary_path", "try_lock"]

TEMP_SUFFIX = ".figshare-part"


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
    """The temporary file of one download, opened for appending, and the md5 of its bytes so far (computed
    in a worker thread, overlapping the transfer)."""

    def __init__(self, temp_path: Path) -> None:
        self.temp_path = temp_path
        self.length = 0
        self.resumed_from = 0
        """How many bytes an earlier run had left in the temporary file."""
        self._md5 = Md5Worker()
        self._file: BinaryIO | None = None

    @classmethod
    def open(cls, temp_path: Path, *, resume: bool) -> PartialDownload:
        """Open the temporary file: continue it (hashing what it holds) when ``resume``, else start empty."""
        partial = cls(temp_path)
        with local_failures("write the temporary file", temp_path):
            temp_path.parent.mkdir(parents=True, exist_ok=True)
            handle: BinaryIO = os.fdopen(open_regular(temp_path, os.O_RDWR | os.O_CREAT), "r+b")
            try:
                if resume:
                    while chunk := handle.read(READ_CHUNK):
                        partial._md5.update(chunk)
                        partial.length += len(chunk)
                    partial.resumed_from = partial.length
                else:
                    handle.truncate(0)
            except BaseException:
                handle.close()
                partial._md5.close()
                raise
        partial._file = handle
        return partial

    def write(self, chunk: bytes) -> None:
        with local_failures("write", self.temp_path):
            self._handle().write(chunk)
        self._md5.update(chunk)
        self.length += len(chunk)

    def write_blocks(self, chunks: list[bytes]) -> None:
        """Append ``chunks`` (about 1 MiB in all, as received) as one block: one ``write`` and one md5 update
        for the lot instead of one per 64 KiB chunk, so the md5 thread and this one hand the GIL over 16
        times less often."""
        self.write(chunks[0] if len(chunks) == 1 else b"".join(chunks))

    def restart(self) -> None:
        """Drop what was written (the server sent the whole body again)."""
        handle = self._handle()
        with local_failures("truncate", self.temp_path):
            handle.seek(0)
            handle.truncate()
        self._md5.close()
        self._md5 = Md5Worker()
        self.length = 0
        self.resumed_from = 0

    def hexdigest(self) -> str:
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
            if self._file is not None:
                file, self._file = self._file, None
                with local_failures("close", self.temp_path):
                    file.close()
        finally:
            self._md5.close()

    def _handle(self) -> BinaryIO:
        if self._file is None:
            raise ValueError(f"{self.temp_path} is closed")
        return self._file
