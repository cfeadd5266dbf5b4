"""File transfer errors, all under `FileTransferError` (a ``figshare.errors.FigshareError``)."""

from __future__ import annotations

import errno

from figshare.errors import APIConnectionError, APITimeoutError, FigshareError, InternalServerError, RateLimitError


class FileTransferError(FigshareError):
    """Base class of every upload and download error."""


class UploadError(FileTransferError):
    """An upload could not finish. The upload state is kept, so running the same upload again resumes it."""

    def __init__(
        self, message: str, *, article_id: int | None = None, file_id: int | None = None, path: str | None = None
    ) -> None:
        super().__init__(message)
        self.article_id = article_id
        self.file_id = file_id
        self.path = path


class PartUploadError(UploadError):
    """One part of a file kept failing (after retries), or stayed locked even after a reset."""

    def __init__(
        self,
        message: str,
        *,
        part_no: int,
        article_id: int | None = None,
        file_id: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, article_id=article_id, file_id=file_id, path=path)
        self.part_no = part_no


class ProcessingTimeoutError(UploadError):
    """All parts were uploaded and the file completed, but Figshare did not report it ``available`` with a
    ``computed_md5`` within the timeout. Running the upload again keeps waiting (nothing is uploaded again)."""

    def __init__(
        self,
        message: str,
        *,
        status: str | None,
        computed_md5: str | None,
        article_id: int | None = None,
        file_id: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, article_id=article_id, file_id=file_id, path=path)
        self.status = status
        self.computed_md5 = computed_md5


class LocalFileChangedError(UploadError):
    """The local file changed size while its parts were being sent."""


class LocalFileNotFoundError(UploadError, FileNotFoundError):
    """The file or folder given to an upload does not exist; raised before any request. Also a
    ``FileNotFoundError`` (``errno.ENOENT``, ``filename`` the path)."""

    def __init__(self, message: str, *, path: str, article_id: int | None = None) -> None:
        super().__init__(message, article_id=article_id, path=path)
        self.errno, self.strerror, self.filename = errno.ENOENT, message, path


class UnsupportedNameError(UploadError, ValueError):
    """A file or folder name, or a link, cannot be sent to Figshare (a lone surrogate, as non-UTF-8 Linux file
    names give; a name downloads refuse: ``.``, ``..``, a backslash or control character); raised before any
    request about that file. Also a ``ValueError``: it is a bad argument, named in the message."""

    def __init__(self, message: str, *, name: str, article_id: int | None = None, path: str | None = None) -> None:
        super().__init__(message, article_id=article_id, path=path)
        self.name = name


class TransferStalledError(FileTransferError, APITimeoutError):
    """A transfer was cut off because it stalled (fewer than ``min_speed`` bytes per second over
    ``stall_timeout`` seconds) or a part outlived its deadline (``part_timeout``). Like any time-out it is
    retried; when the attempts run out it is the cause (``__cause__``) of the `PartUploadError` or
    `DownloadError` raised."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        APITimeoutError.__init__(self, message, method=method, url=url)
        self.reason = message


class UploadStateError(FileTransferError):
    """A saved upload state file cannot be read or written."""

    def __init__(self, message: str, *, location: str) -> None:
        super().__init__(message)
        self.location = location


class ChecksumMismatchError(FileTransferError):
    """An md5 differs from the expected one: Figshare's ``computed_md5`` after an upload, or the md5 of
    downloaded bytes. A download with a mismatch keeps nothing."""

    def __init__(
        self, message: str, *, expected: str, actual: str, file_id: int | None = None, path: str | None = None
    ) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual
        self.file_id = file_id
        self.path = path


class DownloadError(FileTransferError):
    """A download could not finish; nothing was written under the final name."""

    def __init__(self, message: str, *, file_id: int | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.file_id = file_id
        self.path = path


class DestinationExistsError(DownloadError):
    """A file with other content (or content that cannot be checked), or a folder or FIFO, already has the
    final name; ``overwrite=True`` replaces a file (or symlink), never a folder."""


class DownloadInProgressError(DownloadError):
    """Another process (or another download in this one) holds the lock of the same target file, and did
    not finish within the downloader's ``lock_wait`` seconds."""


class UnsafePathError(DownloadError):
    """A name given by the server would write outside the destination folder (``..``, an absolute path, a
    separator, a control character, or a symlink leading out), or a symlink, hard link or other non-regular
    file sits where a temporary or lock file is written; nothing was written through it."""

    def __init__(self, message: str, *, name: str, file_id: int | None = None) -> None:
        super().__init__(message, file_id=file_id)
        self.name = name


class TransferInterrupted(FigshareError):
    """A body ended before all its bytes arrived, or a server restarted it: try again from where it stopped."""


TRANSIENT_ERRORS = (APIConnectionError, TransferInterrupted, RateLimitError, InternalServerError)
"""Connection failures, time-outs, interrupted bodies, 429 and 5xx (the core raises `InternalServerError` for
every 5xx): another attempt may succeed."""
