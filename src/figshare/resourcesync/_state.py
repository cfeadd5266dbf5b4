"""What a destination folder already holds, kept on disk between runs (SQLite, in ``.resourcesync/``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from figshare.resourcesync._xml import format_w3c, parse_w3c

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    capability_list TEXT PRIMARY KEY,
    baseline_at TEXT,
    changes_since TEXT
);
CREATE TABLE IF NOT EXISTS files (
    uri TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    length INTEGER,
    hashes TEXT NOT NULL,
    lastmod TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS files_by_path ON files (path);
CREATE TEMP TABLE IF NOT EXISTS seen (uri TEXT PRIMARY KEY);
"""
_COMMIT_EVERY = 500
_FILE_ROWS = "SELECT uri, path, length, hashes, lastmod, deleted FROM files"


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """Progress of one Capability List: when its baseline was taken and from when to ask for changes."""

    capability_list: str
    baseline_at: datetime | None
    changes_since: datetime | None


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One resource kept in the destination, as it was verified when written."""

    uri: str
    path: str
    length: int | None
    hashes: Mapping[str, str]
    lastmod: datetime | None
    deleted: bool


def _time(value: str | None) -> datetime | None:
    return parse_w3c(value) if value else None


def _text(value: datetime | None) -> str | None:
    return format_w3c(value) if value else None


class SyncState:
    """The sync state of one destination folder. Writes are batched and flushed on ``close()``."""

    def __init__(self, database: Path) -> None:
        database.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(database)
        self._db.executescript(_SCHEMA)
        self._pending = 0

    # -- sources -------------------------------------------------------------------------------------

    def source(self, capability_list: str) -> SourceRecord:
        """The stored progress of a Capability List (empty if it was never synced)."""
        row = self._db.execute(
            "SELECT baseline_at, changes_since FROM sources WHERE capability_list = ?", (capability_list,)
        ).fetchone() or (None, None)
        return SourceRecord(capability_list, _time(row[0]), _time(row[1]))

    def save_source(self, record: SourceRecord) -> None:
        """Store the progress of a Capability List (committed at once)."""
        self._db.execute(
            "INSERT OR REPLACE INTO sources VALUES (?, ?, ?)",
            (record.capability_list, _text(record.baseline_at), _text(record.changes_since)),
        )
        self.commit()

    # -- files ---------------------------------------------------------------------------------------

    def file(self, uri: str) -> FileRecord | None:
        """What was stored for ``uri``, if anything."""
        row = self._db.execute(f"{_FILE_ROWS} WHERE uri = ?", (uri,)).fetchone()
        return None if row is None else self._record(row)

    def record_file(
        self,
        uri: str,
        path: str,
        *,
        source: str,
        length: int | None,
        hashes: Mapping[str, str],
        lastmod: datetime | None,
    ) -> None:
        """Remember a verified file of the Capability List ``source``."""
        self._write(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, 0)",
            (uri, source, path, length, json.dumps(dict(hashes), sort_keys=True), _text(lastmod)),
        )

    def owner_of(self, path: str, *, other_than: str) -> str | None:
        """A URI other than ``other_than`` whose file is stored at ``path``, if any."""
        row = self._db.execute(
            "SELECT uri FROM files WHERE path = ? AND uri != ? LIMIT 1", (path, other_than)
        ).fetchone()
        return None if row is None else str(row[0])

    def mark_deleted(self, uri: str) -> None:
        """Remember that the source deleted ``uri`` while its file was kept (deletions were not asked for)."""
        self._write("UPDATE files SET deleted = 1 WHERE uri = ?", (uri,))

    def forget(self, uri: str) -> None:
        self._write("DELETE FROM files WHERE uri = ?", (uri,))

    def pending_deletions(self) -> list[FileRecord]:
        """Files whose resources the source deleted but which were kept."""
        return [self._record(row) for row in self._db.execute(f"{_FILE_ROWS} WHERE deleted = 1")]

    # -- resources seen in this run (to find the ones a new resource list no longer has) -------------

    def mark_seen(self, uri: str) -> None:
        """Note that the current resource list has ``uri``."""
        self._db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (uri,))

    def unseen(self, source: str) -> Iterator[FileRecord]:
        """Stored files of the Capability List ``source`` that the current resource list did not have."""
        rows = self._db.execute(f"{_FILE_ROWS} WHERE source = ? AND uri NOT IN (SELECT uri FROM seen)", (source,))
        return (self._record(row) for row in rows.fetchall())

    def clear_seen(self) -> None:
        self._db.execute("DELETE FROM seen")

    # -- housekeeping --------------------------------------------------------------------------------

    def commit(self) -> None:
        self._db.commit()
        self._pending = 0

    def close(self) -> None:
        self.commit()
        self._db.close()

    def _write(self, sql: str, parameters: tuple[object, ...]) -> None:
        self._db.execute(sql, parameters)
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self.commit()

    @staticmethod
    def _record(row: tuple[str, str, int | None, str, str | None, int]) -> FileRecord:
        uri, path, length, hashes, lastmod, deleted = row
        return FileRecord(uri, path, length, json.loads(hashes), _time(lastmod), bool(deleted))
