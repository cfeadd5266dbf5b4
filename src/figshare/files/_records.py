"""Plain records: what Figshare says about files and articles (read from the generated models), and what an
upload or download returns per file.

The generated models mark every field optional (``UNSET`` or ``None``) because responses drift from the
spec; these records turn that into the few values the transfers need, with empty strings as "unknown".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from figshare_api.types import Unset

__all__ = [
    "ArticleRef",
    "DownloadStatus",
    "DownloadedFile",
    "RemoteFile",
    "UploadStatus",
    "UploadedFile",
    "article_ref",
    "folder_structure",
    "remote_file",
]


def _field(model: Any, name: str) -> Any:
    """A model field, falling back to the fields the spec does not declare (``additional_properties``)."""
    value = getattr(model, name, None)
    if value is None or isinstance(value, Unset):
        extra = getattr(model, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, dict) else None
    return None if isinstance(value, Unset) else value


def _text(model: Any, name: str) -> str:
    value = _field(model, name)
    return value if isinstance(value, str) else ""


def _integer(model: Any, name: str) -> int | None:
    value = _field(model, name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _id(model: Any, what: str) -> int:
    value = _integer(model, "id")
    if value is None:
        raise ValueError(f"{'an' if what[0] in 'aeiou' else 'a'} {what} record has no id")
    return value


@dataclasses.dataclass(frozen=True)
class RemoteFile:
    """A file of an article as Figshare reports it (private or public view)."""

    id: int
    name: str
    size: int | None = None
    supplied_md5: str = ""
    computed_md5: str = ""
    status: str = ""
    """``created`` until the upload is completed, then ``ic_checking``, ``moving_to_final``, ``available``;
    empty in the public view."""
    upload_url: str = ""
    folder_path: str = ""
    is_link_only: bool = False
    download_url: str = ""

    @property
    def expected_md5(self) -> str:
        """The md5 to check a download against: ``computed_md5``, else ``supplied_md5``, else empty."""
        return (self.computed_md5 or self.supplied_md5).lower()

    @property
    def completed(self) -> bool:
        """True once the upload was completed (the record left the ``created`` status)."""
        return bool(self.status) and self.status != "created"


def remote_file(model: Any) -> RemoteFile:
    """Read a generated ``PrivateFile`` or ``PublicFile`` (or any object with those fields)."""
    return RemoteFile(
        id=_id(model, "file"),
        name=_text(model, "name"),
        size=_integer(model, "size"),
        supplied_md5=_text(model, "supplied_md5"),
        computed_md5=_text(model, "computed_md5"),
        status=_text(model, "status"),
        upload_url=_text(model, "upload_url"),
        folder_path=_text(model, "folder_path"),
        is_link_only=_field(model, "is_link_only") is True,
        download_url=_text(model, "download_url"),
    )


@dataclasses.dataclass(frozen=True)
class ArticleRef:
    """An article (version) as far as downloads need it."""

    id: int
    doi: str = ""
    version: int | None = None
    folder_structure: dict[int, str] = dataclasses.field(default_factory=dict)
    """File id -> folder path, for articles whose files are in folders."""


def article_ref(model: Any) -> ArticleRef:
    """Read a generated ``Article``, ``ArticleComplete`` or ``ArticleCompletePrivate``."""
    return ArticleRef(
        id=_id(model, "article"),
        doi=_text(model, "doi"),
        version=_integer(model, "version"),
        folder_structure=folder_structure(_field(model, "folder_structure")),
    )


def folder_structure(value: Any) -> dict[int, str]:
    """File id -> folder path, from an article's ``folder_structure`` (a mapping or a model of one)."""
    mapping = value.to_dict() if hasattr(value, "to_dict") else value
    if not isinstance(mapping, Mapping):
        return {}
    return {int(key): path.strip("/") for key, path in mapping.items() if isinstance(path, str) and str(key).isdigit()}


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
