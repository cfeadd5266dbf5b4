"""Part data on disk: one file per stored part, so memory stays flat whatever the upload size."""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

from tests.servers.figshare_upload_emulator._model import Upload

READ_CHUNK = 1024 * 1024


class BlobStore:
    """Stores each part under ``<root>/<upload token>/part-<n>``; a part is written to a private incoming
    file first and moved into place only when the whole part arrived, so a failed PUT never leaves
    half a part behind."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def _folder(self, token: str) -> Path:
        return self.root / token

    def part_path(self, token: str, part_no: int) -> Path:
        return self._folder(token) / f"part-{part_no}"

    def incoming_path(self, token: str, part_no: int) -> Path:
        folder = self._folder(token)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"part-{part_no}.{uuid.uuid4().hex}.incoming"

    def commit(self, token: str, part_no: int, incoming: Path) -> None:
        os.replace(incoming, self.part_path(token, part_no))

    def discard(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    def remove_part(self, token: str, part_no: int) -> None:
        self.part_path(token, part_no).unlink(missing_ok=True)

    def remove_upload(self, token: str) -> None:
        shutil.rmtree(self._folder(token), ignore_errors=True)

    def segments(self, upload: Upload, start: int, end: int) -> Iterator[tuple[Path, int, int]]:
        """``(part file, offset in it, byte count)`` covering bytes ``start..end`` (inclusive) of the file."""
        for part in upload.parts:
            if part.end < start or part.start > end:
                continue
            first = max(start, part.start)
            last = min(end, part.end)
            yield self.part_path(upload.token, part.number), first - part.start, last - first + 1

    def iter_bytes(self, upload: Upload, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """The assembled bytes ``start..end`` (inclusive; default to the end), in chunks of at most 1 MiB."""
        last = upload.size - 1 if end is None else end
        for path, offset, count in self.segments(upload, start, last):
            with path.open("rb") as part_file:
                part_file.seek(offset)
                while count > 0:
                    chunk = part_file.read(min(count, READ_CHUNK))
                    if not chunk:
                        raise OSError(f"{path} is shorter than its part")
                    count -= len(chunk)
                    yield chunk

    def md5(self, upload: Upload) -> str:
        digest = hashlib.md5()
        for chunk in self.iter_bytes(upload):
            digest.update(chunk)
        return digest.hexdigest()
