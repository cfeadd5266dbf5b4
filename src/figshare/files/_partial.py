"""A download in progress: a temporary file next to the final one, with the md5 of what it holds so far.

The temporary file is named after the final file and the file id (``.<name>.<id>.figshare-part``), so a
later run finds and continues it; it is renamed to the final name only once complete and verified, so the
final name never holds a partial file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from ._local import READ_CHUNK
from ._md5_worker import Md5Worker

__all__ = ["PartialDownload", "temporary_path"]

TEMP_SUFFIX = ".figshare-part"


def temporary_path(final_path: Path, key: str) -> Path:
    """Where the download of ``final_path`` goes until it is complete (same folder: the rename is atomic)."""
    return final_path.with_name(f".{final_path.name}.{key}{TEMP_SUFFIX}")


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
        temp_path.parent.mkdir(parents=True, exist_ok=True)
        handle: BinaryIO
        if resume and temp_path.is_file():
            handle = temp_path.open("r+b")
            while chunk := handle.read(READ_CHUNK):
                partial._md5.update(chunk)
                partial.length += len(chunk)
            partial.resumed_from = partial.length
        else:
            handle = temp_path.open("wb")
        partial._file = handle
        return partial

    def write(self, chunk: bytes) -> None:
        self._handle().write(chunk)
        self._md5.update(chunk)
        self.length += len(chunk)

    def restart(self) -> None:
        """Drop what was written (the server sent the whole body again)."""
        handle = self._handle()
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
        os.replace(self.temp_path, final_path)

    def discard(self) -> None:
        """Close and delete the temporary file."""
        self.close()
        self.temp_path.unlink(missing_ok=True)

    def close(self) -> None:
        """Close the file, keeping it for a later run."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._md5.close()

    def _handle(self) -> BinaryIO:
        if self._file is None:
            raise ValueError(f"{self.temp_path} is closed")
        return self._file
