"""File objects of the `figshare://` filesystem: random-access reads with ``Range``, uploads on close."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fsspec.spec import AbstractBufferedFile

if TYPE_CHECKING:
    from figshare.fs._filesystem import FigshareFileSystem

__all__ = ["FigshareReadFile", "FigshareWriteFile"]


class FigshareReadFile(AbstractBufferedFile):  # type: ignore[misc]
    """A file opened with ``"rb"``: each block is fetched with an HTTP ``Range`` request, so a reader that
    seeks (Parquet footers, Zarr chunks, HDF5) gets only the bytes it asks for, plus read-ahead of one
    ``block_size`` (``cache_type``, ``block_size``: fsspec's buffering options).

    Attributes:
        file_id: the Figshare file id.
        md5: Figshare's md5 of the file ("" if unknown).
    """

    def __init__(self, fs: FigshareFileSystem, path: str, entry: dict[str, Any], **kwargs: Any) -> None:
        self.file_id: int = entry["file_id"]
        self.md5: str = entry.get("md5", "")
        super().__init__(fs, path, mode="rb", size=entry["size"], **kwargs)
        self.details = entry

    def _fetch_range(self, start: int, end: int) -> bytes:
        data: bytes = self.fs.read_range(self.file_id, start, end)
        return data


class FigshareWriteFile(AbstractBufferedFile):  # type: ignore[misc]
    """A file opened with ``"wb"`` on your own article: the bytes go to a local temporary file, and closing
    uploads it with the SDK's upload (parts in parallel, verified against Figshare's md5), then removes any
    older file of the same name and folder. Nothing changes on Figshare before ``close()``; an exception
    inside ``with`` discards the bytes."""

    def __init__(self, fs: FigshareFileSystem, path: str, **kwargs: Any) -> None:
        super().__init__(fs, path, mode="wb", **kwargs)
        self._spool: Any = None

    def _initiate_upload(self) -> None:
        self._spool = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by commit() or discard()
            prefix=".figshare-fs-", suffix=".upload", delete=False
        )

    def _upload_chunk(self, final: bool = False) -> bool:
        self._spool.write(self.buffer.getbuffer())
        if final:
            self._spool.close()
            if self.autocommit:
                self.commit()
        return True

    def commit(self) -> None:
        """Upload the bytes written (called by ``close()``, or by a transaction's end)."""
        try:
            self.fs.upload_local(Path(self._spool.name), self.path, resumable=False)
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop the bytes written; nothing is uploaded."""
        if self._spool is not None:
            self._spool.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._spool.name)

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is not None and not getattr(self, "closed", True):
            self.closed = True  # an exception inside ``with``: upload nothing
            self.discard()
            return
        self.close()
