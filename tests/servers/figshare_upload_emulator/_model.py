"""The emulator's records: articles, files, uploads and their parts."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

PartStatus = Literal["PENDING", "COMPLETE"]
UploadStatus = Literal["PENDING", "COMPLETED", "ABORTED"]


@dataclasses.dataclass
class Part:
    """One part of an upload; ``start`` and ``end`` are zero-based and inclusive, as in file_uploader.md."""

    number: int
    start: int
    end: int
    status: PartStatus = "PENDING"
    writing: bool = False
    put_attempts: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start + 1


def plan_parts(size: int, part_size: int) -> list[Part]:
    """Split ``size`` bytes into parts of ``part_size`` bytes (the last one shorter), numbered from 1."""
    return [
        Part(number=number, start=start, end=min(start + part_size, size) - 1)
        for number, start in enumerate(range(0, size, part_size), start=1)
    ]


@dataclasses.dataclass
class Upload:
    """What the upload service knows about one file: its token, declared size and md5, and its parts."""

    token: str
    file_id: int
    name: str
    size: int
    md5: str
    parts: list[Part]
    status: UploadStatus = "PENDING"

    def part(self, number: int) -> Part | None:
        if 1 <= number <= len(self.parts):
            return self.parts[number - 1]
        return None

    def missing_parts(self) -> list[int]:
        return [part.number for part in self.parts if part.status != "COMPLETE" or part.writing]


@dataclasses.dataclass
class FileRecord:
    """A file of an article, as the REST API knows it. ``upload`` is None for link-only files."""

    id: int
    article_id: int
    name: str
    size: int
    supplied_md5: str
    upload: Upload | None
    link: str | None = None
    folder_path: str | None = None
    completed: bool = False
    reads_after_completion: int = 0
    computed_md5: str | None = None


@dataclasses.dataclass
class Article:
    """An article (item) of the emulated account."""

    id: int
    title: str
    fields: dict[str, Any]
    is_public: bool = False
    file_ids: list[int] = dataclasses.field(default_factory=list)
