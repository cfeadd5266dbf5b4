"""A harvest written to a JSON Lines file, with a checkpoint that makes it resumable after a crash.

After every page the output is flushed and fsynced, then ``<output>.checkpoint`` is replaced atomically
(written beside it, fsynced, renamed) with the output's committed length and the ``ListCursor`` (pending token,
last datestamp, restart state). A run that finds a checkpoint truncates the output to the committed length,
dropping lines of a page whose checkpoint was never written, and continues with the saved cursor: nothing is
lost and nothing is written twice.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from figshare.oai._cursor import ListCursor, ListQuery
from figshare.oai._errors import CheckpointError

CHECKPOINT_SUFFIX = ".checkpoint"
_FORMAT = "figshare-sdk OAI-PMH harvest checkpoint"
_VERSION = 1


@dataclass(frozen=True)
class HarvestProgress:
    """Where a file harvest stands (passed to the progress callback after every page, and returned).

    Attributes:
        path: the JSON Lines output.
        records: lines in the output, from this run and earlier ones.
        new_records: lines written by this run.
        pages: pages fetched by this run.
        complete_list_size: the list size the repository announced, if it did.
        last_datestamp: the datestamp of the last record written.
        finished: the whole list has been harvested.
        resumed: this run continued an earlier, interrupted one.
    """

    path: Path
    records: int
    new_records: int
    pages: int
    complete_list_size: int | None
    last_datestamp: datetime | None
    finished: bool
    resumed: bool


ProgressCallback = Callable[[HarvestProgress], None]


@dataclass(eq=False)
class HarvestFiles:
    """The output file and checkpoint of one harvest (``HarvestFiles.open``; ``close`` when done)."""

    path: Path
    _output: IO[bytes]
    cursor: ListCursor
    _base_url: str
    _records: int
    _resumed: bool
    _pending: int = 0
    _new_records: int = 0
    _pages_at_start: int = 0

    @classmethod
    def open(cls, to: str | os.PathLike[str], *, base_url: str, query: ListQuery) -> HarvestFiles:
        """Open the output for ``query``, resuming from its checkpoint when there is one."""
        path = Path(to)
        checkpoint = _checkpoint_path(path)
        saved = _read_checkpoint(checkpoint, base_url=base_url, query=query) if checkpoint.exists() else None
        if saved is not None:
            try:
                offset, records = int(saved["offset"]), int(saved["records"])
                cursor = ListCursor.from_json(saved["cursor"])
            except (KeyError, TypeError, ValueError) as error:
                raise CheckpointError(f"the checkpoint is damaged ({error!r})", path=str(checkpoint)) from None
            size = path.stat().st_size if path.exists() else -1
            if size < offset:
                raise CheckpointError(
                    f"the output holds {max(size, 0)} bytes but the checkpoint committed {offset}: it was "
                    "truncated or replaced, so resuming would lose records",
                    path=str(path),
                )
            output = path.open("r+b")
            output.truncate(offset)
            output.seek(offset)
            return cls(path, output, cursor, base_url, records, _resumed=True, _pages_at_start=cursor.pages)
        if path.exists() and path.stat().st_size > 0 and not checkpoint.exists():
            raise CheckpointError(
                "the output file exists and has no checkpoint beside it; refusing to overwrite or append to it",
                path=str(path),
            )
        files = cls(path, path.open("wb"), ListCursor(query), base_url, 0, _resumed=False)
        files._write_checkpoint()
        return files

    def write(self, document: dict[str, Any]) -> None:
        """Append one record (or header) as a JSON line; it is committed with its page."""
        line = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        self._output.write(line.encode("utf-8") + b"\n")
        self._pending += 1
        self._new_records += 1

    def commit(self, progress: ProgressCallback | None = None) -> None:
        """Make the page's lines durable, then save the checkpoint; report progress."""
        self._output.flush()
        os.fsync(self._output.fileno())
        self._records += self._pending
        self._pending = 0
        self._write_checkpoint()
        if progress is not None:
            progress(self.progress())

    def progress(self) -> HarvestProgress:
        """The harvest's state as of the last commit."""
        cursor = self.cursor
        return HarvestProgress(
            path=self.path,
            records=self._records,
            new_records=self._new_records,
            pages=cursor.pages - self._pages_at_start,
            complete_list_size=cursor.complete_list_size,
            last_datestamp=cursor.last_datestamp,
            finished=cursor.finished,
            resumed=self._resumed,
        )

    def close(self) -> None:
        """Close the output (uncommitted lines are dropped by the next run)."""
        self._output.close()

    def _write_checkpoint(self) -> None:
        document = {
            "format": _FORMAT,
            "version": _VERSION,
            "base_url": self._base_url,
            "offset": self._output.tell(),
            "records": self._records,
            "cursor": self.cursor.to_json(),
        }
        checkpoint = _checkpoint_path(self.path)
        temporary = checkpoint.with_name(checkpoint.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as file:
            json.dump(document, file, ensure_ascii=False)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, checkpoint)
        _fsync_directory(checkpoint.parent)


def _checkpoint_path(path: Path) -> Path:
    return path.with_name(path.name + CHECKPOINT_SUFFIX)


def _read_checkpoint(checkpoint: Path, *, base_url: str, query: ListQuery) -> dict[str, Any] | None:
    try:
        document = json.loads(checkpoint.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CheckpointError(f"the checkpoint cannot be read: {error}", path=str(checkpoint)) from None
    if not isinstance(document, dict) or document.get("format") != _FORMAT:
        raise CheckpointError("not a harvest checkpoint of this SDK", path=str(checkpoint))
    if document.get("version") != _VERSION:
        raise CheckpointError(f"unsupported checkpoint version {document.get('version')!r}", path=str(checkpoint))
    saved_query = document.get("cursor", {}).get("query")
    if document.get("base_url") != base_url or saved_query != query.to_json():
        if document.get("offset") == 0:  # its first page never came (say a mistyped argument): start afresh
            return None
        raise CheckpointError(
            f"the checkpoint belongs to another harvest ({document.get('base_url')} {saved_query}); this one is "
            f"{base_url} {query.to_json()}. Use another output file, or delete both to start over",
            path=str(checkpoint),
        )
    return document


def _fsync_directory(directory: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened."""
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
