"""What an upload or download returns, per file."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Literal

__all__ = ["DownloadStatus", "DownloadedFile", "UploadStatus", "UploadedFile"]

UploadStatus = Literal["uploaded", "resumed", "skipped", "linked"]
DownloadStatus = Literal["downloaded", "resumed", "skipped"]


@dataclasses.dataclass(frozen=True)
class UploadedFile:
    """One file on the article after `upload()`."""

    article_id: int
    file_id: int
    name: str
    folder_path: str | None
    size: int
    md5: str
    """The md5 of the local file; Figshare's ``computed_md5`` equals it (except for link-only files)."""
    status: UploadStatus
    """``uploaded``: sent and verified; ``resumed``: an earlier run's upload, continued and verified;
    ``skipped``: the article already had a file of that name and md5; ``linked``: a link-only file."""
    path: Path | None = None
    """The local file (None for a link-only file)."""
    link: str | None = None


@dataclasses.dataclass(frozen=True)
class DownloadedFile:
    """One file written by `download()`."""

    path: Path
    """Its final path (the temporary file was renamed to it)."""
    size: int
    md5: str
    """The md5 of the bytes written."""
    verified: bool
    """Whether the md5 was checked against Figshare's (``computed_md5``, else ``supplied_md5``) or the one
    given; False for article zips and files downloaded by id alone without ``md5=``."""
    status: DownloadStatus
    """``resumed``: continued from a partial file of an earlier run; ``skipped``: the file was already there
    with the expected md5."""
    file_id: int | None = None
    remote_name: str | None = None
    """The file's name (``folder/name``) as Figshare gave it, when the local name differs because it had to
    be made safe and portable (controls, bidi overrides, reserved or too long names...); None otherwise."""
