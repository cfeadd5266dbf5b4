"""File transfer errors: all subclass ``figshare.errors.FigshareError``.

```
FigshareError
└── FileTransferError
    ├── UploadError                   the upload could not finish; .article_id, .file_id, .path
    │   ├── PartUploadError           a part kept failing or stayed locked; .part_no
    │   ├── ProcessingTimeoutError    Figshare did not report the file available with its md5 in time
    │   └── LocalFileChangedError     the local file changed while it was being uploaded
    ├── UploadStateError              a saved upload state file cannot be read or written; .location
    ├── ChecksumMismatchError         an md5 differs from the expected one; .expected, .actual
    └── DownloadError                 the download could not finish; .file_id, .path
        ├── DestinationExistsError    a different file already has the final name
        └── UnsafePathError           a server-provided name would leave the destination folder; .name
```
"""

from __future__ import annotations

from figshare.errors import FigshareError

__all__ = [
    "ChecksumMismatchError",
    "DestinationExistsError",
    "DownloadError",
    "FileTransferError",
    "LocalFileChangedError",
    "PartUploadError",
    "ProcessingTimeoutError",
    "UnsafePathError",
    "UploadError",
    "UploadStateError",
]


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
    """A file with other content (or content that cannot be checked) already has the final name; pass
    ``overwrite=True`` to replace it."""


class UnsafePathError(DownloadError):
    """A name given by the server would write outside the destination folder (``..``, an absolute path, a
    separator, a control character, or a symlink leading out); nothing was downloaded."""

    def __init__(self, message: str, *, name: str, file_id: int | None = None) -> None:
        super().__init__(message, file_id=file_id)
        self.name = name
