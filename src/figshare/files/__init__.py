"""Resumable, verified uploads and downloads (``client.upload()``, ``client.download()``).

```python
from figshare import Figshare

with Figshare() as client:
    [uploaded] = client.upload(12345, "results.csv", progress=True)       # resumable, md5-verified
    client.upload(12345, "data/")                                           # a folder, keeping its folders
    client.download(article_id=12345, dest="mirror/")                       # every file, md5-verified
    client.download(doi="10.6084/m9.figshare.12345.v2", dest="v2/")         # the exact version
```

`Uploader` / `AsyncUploader` and `Downloader` / `AsyncDownloader` are what those methods use; make one
yourself to set options once, to list pending uploads (`Uploader.pending`) or to give them up
(`Uploader.abandon`).
"""

from typing import TYPE_CHECKING

from figshare import _lazy_attributes
from figshare.files._downloader import Downloader
from figshare.files._errors import (
    ChecksumMismatchError,
    DestinationExistsError,
    DownloadError,
    DownloadInProgressError,
    FileTransferError,
    LocalFileChangedError,
    LocalFileNotFoundError,
    PartUploadError,
    ProcessingTimeoutError,
    TransferStalledError,
    UnsafePathError,
    UnsupportedNameError,
    UploadError,
    UploadStateError,
)
from figshare.files._progress import ProgressBar, ProgressCallback, TransferProgress
from figshare.files._records import DownloadedFile, UploadedFile
from figshare.files._state import UploadState
from figshare.files._uploader import Uploader

if TYPE_CHECKING:  # explicit re-exports for type checkers; at run time the async transfers (and asyncio with
    # them) are imported on first use, so that a sync transfer does not load them
    from figshare.files._async_downloader import AsyncDownloader as AsyncDownloader
    from figshare.files._async_uploader import AsyncUploader as AsyncUploader

_LAZY: dict[str, str] = {
    "AsyncDownloader": "figshare.files._async_downloader",
    "AsyncUploader": "figshare.files._async_uploader",
}

__all__ = [
    "AsyncDownloader",
    "AsyncUploader",
    "ChecksumMismatchError",
    "DestinationExistsError",
    "DownloadError",
    "DownloadInProgressError",
    "DownloadedFile",
    "Downloader",
    "FileTransferError",
    "LocalFileChangedError",
    "LocalFileNotFoundError",
    "PartUploadError",
    "ProcessingTimeoutError",
    "ProgressBar",
    "ProgressCallback",
    "TransferProgress",
    "TransferStalledError",
    "UnsafePathError",
    "UnsupportedNameError",
    "UploadError",
    "UploadState",
    "UploadStateError",
    "UploadedFile",
    "Uploader",
]

__getattr__, __dir__ = _lazy_attributes(__name__, _LAZY)
