"""The upload service's view of an upload and its parts (``file_uploader.md``).

Offsets are zero-based and inclusive: a part covers ``start_offset .. end_offset``, that is
``end_offset - start_offset + 1`` bytes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any


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
    status = document.get("status")
    md5 = document.get("md5")
    token = document.get("token")
    return UploadInfo(
        token=token if isinstance(token, str) else "",
        size=size,
        md5=md5.lower() if isinstance(md5, str) else "",
        status=status if isinstance(status, str) else "",
        parts=parts,
    )
