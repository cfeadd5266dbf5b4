"""Plain records: what Figshare says about files and articles (read from the generated models), and what an
upload or download returns per file.

The generated models mark every field optional (``UNSET`` or ``None``) because responses drift from the
spec; these records read each model's JSON object (`json_body`) into the few values the transfers (and
`figshare.fs`) need, with empty strings as "unknown".

The upload service's view of an upload and its parts (``file_uploader.md``) is read strictly: offsets are
zero-based and inclusive, a part covers ``start_offset .. end_offset`` (``end - start + 1`` bytes).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from figshare.errors import ResponseParseError


def json_body(model: Any) -> dict[str, Any]:
    """A response model as the JSON object Figshare sent (``to_dict()``: undeclared fields included, and
    whether the model says ``Unset`` or ``None`` does not matter), or any object's fields; TypeError for
    anything else."""
    if isinstance(model, Mapping):
        return dict(model)
    to_dict = getattr(model, "to_dict", None)
    value = to_dict() if callable(to_dict) else getattr(model, "__dict__", None)
    if not isinstance(value, dict):
        raise TypeError(f"not a JSON object model: {type(model).__name__}")
    return value


def integer(body: Mapping[str, Any], key: str) -> int | None:
    """``body[key]`` as an int (also from a string of digits); None when it is not one."""
    value = body.get(key)
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def text(body: Mapping[str, Any], key: str) -> str:
    """``body[key]`` when it is a string, else ""."""
    value = body.get(key)
    return value if isinstance(value, str) else ""


def required_id(body: Mapping[str, Any], what: str) -> int:
    """The record's ``id``; ResponseParseError when Figshare sent none (``what``: "a file", ...)."""
    if (value := integer(body, "id")) is None:
        raise ResponseParseError(f"Figshare sent {what} record without an id (keys: {', '.join(sorted(body))})")
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
    mimetype: str = ""

    @property
    def expected_md5(self) -> str:
        """The md5 to check a download against: ``computed_md5``, else ``supplied_md5``, else empty."""
        return (self.computed_md5 or self.supplied_md5).lower()

    @property
    def completed(self) -> bool:
        """True once the upload was completed (the record left the ``created`` status)."""
        return bool(self.status) and self.status != "created"


def remote_file(model: Any) -> RemoteFile:
    """Read a generated ``PrivateFile`` or ``PublicFile`` (or its JSON object)."""
    body = json_body(model)
    return RemoteFile(
        id=required_id(body, "a file"),
        name=text(body, "name"),
        size=integer(body, "size"),
        supplied_md5=text(body, "supplied_md5"),
        computed_md5=text(body, "computed_md5"),
        status=text(body, "status"),
        upload_url=text(body, "upload_url"),
        folder_path=text(body, "folder_path"),
        is_link_only=body.get("is_link_only") is True,
        download_url=text(body, "download_url"),
        mimetype=text(body, "mimetype"),
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
    """Read a generated ``Article``, ``ArticleComplete`` or ``ArticleCompletePrivate`` (or its JSON object)."""
    body = json_body(model)
    folders = folder_structure(body.get("folder_structure"))
    return ArticleRef(required_id(body, "an article"), text(body, "doi"), integer(body, "version"), folders)


def folder_structure(value: Any) -> dict[int, str]:
    """File id -> folder path, from an article's ``folder_structure`` (in its JSON object)."""
    if not isinstance(value, Mapping):
        return {}
    return {int(key): path.strip("/") for key, path in value.items() if isinstance(path, str) and str(key).isdigit()}


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


# ---- the upload service ----


@dataclasses.dataclass(frozen=True)
class UploadPart:
    number: int
    start_offset: int
    end_offset: int
    complete: bool = False
    """The service stored the part (status ``COMPLETE``)."""
    locked: bool = False
    """A request is writing the part (or a stale lock was left behind)."""

    @property
    def length(self) -> int:
        return self.end_offset - self.start_offset + 1


@dataclasses.dataclass(frozen=True)
class UploadInfo:
    token: str
    size: int
    md5: str
    status: str
    """``PENDING`` (parts may be sent), ``COMPLETED`` (assembled) or ``ABORTED``."""
    parts: tuple[UploadPart, ...]

    @property
    def missing_parts(self) -> list[UploadPart]:
        return [part for part in self.parts if not part.complete]

    @property
    def stored_bytes(self) -> int:
        return sum(part.length for part in self.parts if part.complete)


def _integer(document: Mapping[str, Any], key: str) -> int:
    value = document.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{key!r} is {value!r}, not a non-negative integer")
    return value


def parse_part(document: Any) -> UploadPart:
    """Read ``{partNo, startOffset, endOffset, status, locked}``; ValueError if it is not that."""
    if not isinstance(document, Mapping):
        raise ValueError(f"a part is {type(document).__name__}, not an object")
    part = UploadPart(
        number=_integer(document, "partNo"),
        start_offset=_integer(document, "startOffset"),
        end_offset=_integer(document, "endOffset"),
        complete=document.get("status") == "COMPLETE",
        locked=document.get("locked") is True,
    )
    if part.number < 1 or part.end_offset < part.start_offset:
        raise ValueError(f"part {part.number} has offsets {part.start_offset}..{part.end_offset}")
    return part


def parse_upload_info(document: Any) -> UploadInfo:
    """Read ``GET <upload_url>``'s body; ValueError unless its parts cover ``0 .. size - 1`` exactly, in order."""
    if not isinstance(document, Mapping):
        raise ValueError(f"the upload info is {type(document).__name__}, not an object")
    raw_parts = document.get("parts")
    if not isinstance(raw_parts, list):
        raise ValueError("the upload info has no 'parts' list")
    parts = tuple(sorted((parse_part(item) for item in raw_parts), key=lambda part: part.number))
    size = _integer(document, "size")
    expected_start = 0
    for part in parts:
        if part.start_offset != expected_start:
            raise ValueError(f"part {part.number} starts at {part.start_offset}, expected {expected_start}")
        expected_start = part.end_offset + 1
    if expected_start != size:
        raise ValueError(f"the parts cover {expected_start} bytes of a {size}-byte file")
    return UploadInfo(
        token=text(document, "token"),
        size=size,
        md5=text(document, "md5").lower(),
        status=text(document, "status"),
        parts=parts,
    )
