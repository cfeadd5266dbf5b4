"""A sync run without network I/O (the clients' ``sync()`` drives it): its decisions, file operations and
outcome (``SyncEvent`` per resource, ``SyncResult`` at the end), and where each resource URI is stored under the
destination folder, in a way that can never leave it (``UriPathMapper``)."""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from figshare._hosts import normalise_host_patterns
from figshare.errors import FigshareError, InvalidArgumentTypeError
from figshare.resourcesync._errors import (
    LocalFileError,
    OtherHostError,
    PathCollisionError,
    PathEscapeError,
    ResourceSyncError,
    interrupted,
)
from figshare.resourcesync._model import CapabilityList, Entry
from figshare.resourcesync._state import SourceRecord, SyncState
from figshare.resourcesync._verify import VerifyingWriter, file_matches

STATE_DIR_NAME = ".resourcesync"
"""The folder under the destination that holds the sync state and partial downloads."""

_DIRECTORY_INDEX = "_index"
_FORBIDDEN_NAMES = frozenset({"", ".", ".."})
_WINDOWS_UNSAFE = frozenset('<>:"|?*')


class UriPathMapper:
    """Maps ``scheme://host[:port]/a/b?q`` to ``<root>/host[_port]/a/b?q``.

    Path segments are percent-decoded for readable names. A URI is refused (``PathEscapeError``) when a
    segment would decode to ``.``, ``..``, or contain a path separator or a control character, when the
    URI has no host, or when the resulting path resolves outside the root (for example through a symlink
    inside the destination). A URI ending in ``/`` is stored as ``_index`` in that folder.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def relative_path(self, uri: str) -> Path:
        """The path of ``uri`` relative to the root (not checked against symlinks; see ``path_for``)."""
        try:
            parts = urlsplit(uri)
            port = parts.port
        except ValueError as error:  # a port out of range, an unclosed IPv6 bracket...
            raise PathEscapeError(uri, f"not a valid URI ({error})") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PathEscapeError(uri, "only http(s) URIs with a host can be stored")
        host = parts.hostname.lower()
        if port is not None:
            host = f"{host}_{port}"
        self._check_segment(uri, host)
        raw_segments = parts.path.split("/")[1:] if parts.path else [""]
        if raw_segments and raw_segments[-1] == "":
            raw_segments[-1] = _DIRECTORY_INDEX
        names = [unquote(segment) for segment in raw_segments]
        if parts.query:
            names[-1] += "?" + parts.query.replace("/", "%2F")
        for name in names:
            self._check_segment(uri, name)
        if host == STATE_DIR_NAME:
            raise PathEscapeError(uri, f"{STATE_DIR_NAME} is reserved for the sync state")
        return Path(host, *names)

    def path_for(self, uri: str) -> Path:
        """The absolute path where ``uri`` is stored; guaranteed to be inside the root."""
        target = self.root / self.relative_path(uri)
        if not target.resolve().is_relative_to(self.root):
            raise PathEscapeError(uri, "its path leads outside the destination folder")
        return target

    @staticmethod
    def _check_segment(uri: str, name: str) -> None:
        if name in _FORBIDDEN_NAMES:
            raise PathEscapeError(uri, f"path segment {name!r} is not allowed")
        if "/" in name or "\\" in name or any(ord(char) < 32 for char in name):
            raise PathEscapeError(uri, f"path segment {name!r} contains a separator or control character")
        if os.name == "nt" and any(char in _WINDOWS_UNSAFE for char in name):
            raise PathEscapeError(uri, f"path segment {name!r} cannot be a Windows file name")


@dataclass(slots=True)
class SyncResult:
    """The outcome of one sync run.

    Attributes:
        destination: the folder synced into.
        modes: Capability List URL -> ``"baseline"``, ``"baseline-dump"`` or ``"incremental"``.
        counts: how many resources had each ``SyncAction``.
        bytes_written: bytes of verified content written.
        failures: the failed resources with their errors; a run with failures does not advance the saved
            state, so the next run tries them again.
    """

    destination: Path
    modes: dict[str, str] = field(default_factory=dict)
    counts: dict[SyncAction, int] = field(default_factory=lambda: dict.fromkeys(SyncAction, 0))
    bytes_written: int = 0
    failures: list[SyncEvent] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every resource was handled without error."""
        return not self.failures

    def add(self, event: SyncEvent) -> None:
        """Count one event."""
        self.counts[event.action] += 1
        if event.action in (SyncAction.CREATED, SyncAction.UPDATED):
            self.bytes_written += event.size
        if event.action is SyncAction.FAILED:
            self.failures.append(event)


@dataclass(frozen=True, slots=True)
class SyncEvent:
    """One resource handled: passed to the progress callback, and kept in ``SyncResult.failures``."""

    action: SyncAction
    uri: str
    path: Path | None = None
    size: int = 0
    error: Exception | None = None


class SyncAction(str, enum.Enum):
    """What a sync did with one resource."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DELETED = "deleted"
    DELETE_SKIPPED = "delete-skipped"
    """The Source deleted the resource; the file was kept because deletions were not asked for."""
    FAILED = "failed"


class SyncPlan:
    """One sync run without its I/O: where things go in the destination, what is up to date, and how each
    outcome is recorded (in the saved state, the ``SyncResult`` and the ``progress`` callback)."""

    state: SyncState
    """The destination's saved state, open between ``open()`` and the end of the run."""

    def __init__(
        self,
        destination: Path,
        *,
        delete: bool,
        use_dumps: bool,
        progress: Callable[[SyncEvent], None] | None = None,
        follow_hosts: Iterable[str] = (),
    ) -> None:
        if isinstance(follow_hosts, bytes) or not isinstance(follow_hosts, str | Iterable):
            raise InvalidArgumentTypeError(
                f"follow_hosts must be host names or '*.domain' patterns, not {type(follow_hosts).__name__}",
                argument="follow_hosts",
            )
        patterns = [follow_hosts] if isinstance(follow_hosts, str) else list(follow_hosts)
        self.follow_any_host = "*" in patterns
        self.follow_hosts = normalise_host_patterns((pattern for pattern in patterns if pattern != "*"), "follow_hosts")
        self.source_host = ""
        self._claims: dict[str, str] = {}
        self.mapper = UriPathMapper(destination)
        self.root = self.mapper.root
        self.state_dir = self.root / STATE_DIR_NAME
        self.staging_dir = self.state_dir / "partial"
        self.delete = delete
        self.use_dumps = use_dumps
        self.progress = progress
        self.result = SyncResult(self.root)
        self.source = ""
        self.since: datetime | None = None
        """The time the previous run of the current Capability List saved (changes are asked for from it)."""
        self._record = SourceRecord("", None, None)
        self._started: datetime | None = None
        self._failures = 0

    def open(self, url: str) -> closing[SyncState]:
        """Open the saved state for a run from the Source at ``url`` (whose host is the Source's host), making
        the destination folder: only once the Source is found, so a failed discovery leaves nothing behind."""
        self.source_host = _host(url)
        try:
            self.state = SyncState(self.state_dir / "state.sqlite3")
        except OSError as error:
            raise LocalFileError(str(self.root), error) from error
        return closing(self.state)

    def emit(self, event: SyncEvent) -> None:
        """Count ``event`` in the result and pass it to the ``progress`` callback."""
        self.result.add(event)
        if self.progress is not None:
            self.progress(event)

    def check_host(self, uri: str) -> None:
        """Raise ``OtherHostError`` unless ``uri`` is on the Source's host or one ``follow_hosts`` allows."""
        host = _host(uri)
        if host == self.source_host or self.follow_any_host:
            return
        if not any(host == p or (p.startswith("*.") and host.endswith(p[1:])) for p in self.follow_hosts):
            raise OtherHostError(uri, host=host, source_host=self.source_host)

    def claim(self, uri: str) -> Path:
        """The path of ``uri``, which no other URI of this run or of the saved state may have
        (``PathCollisionError``): the first URI to claim a path keeps it. Within a run, paths that differ only
        in letter case collide too (one file on macOS and Windows file systems)."""
        path = self.mapper.path_for(uri)
        relative = str(path.relative_to(self.root))
        owner = self._claims.setdefault(relative.casefold(), uri)
        if owner == uri:
            owner = self.state.owner_of(relative, other_than=uri) or uri
        if owner != uri:
            raise PathCollisionError(uri, owner=owner, path=relative)
        return path

    def start(self, capabilities: CapabilityList) -> str:
        """Begin a Capability List: check the hosts of its documents and choose how to sync it.

        Returns ``"incremental"`` (a previous run saved a time, and there is a Change List), else
        ``"baseline-dump"`` (with ``use_dumps``, or with no Resource List) or ``"baseline"``.
        """
        for document in (capabilities.resource_list, capabilities.change_list, capabilities.resource_dump):
            if document is not None:
                self.check_host(document)
        self.source = capabilities.url
        self._record = self.state.source(capabilities.url)
        self.since = self._record.changes_since
        self._failures = len(self.result.failures)
        if self.since is not None and capabilities.change_list is not None:
            mode = "incremental"
        elif capabilities.resource_dump is not None and (self.use_dumps or capabilities.resource_list is None):
            mode = "baseline-dump"
        elif capabilities.resource_list is not None:
            mode = "baseline"
        else:
            raise ResourceSyncError(f"{capabilities.url} offers neither a Resource List nor a Resource Dump")
        self._started = None if mode == "incremental" else datetime.now(timezone.utc)
        self.result.modes[capabilities.url] = mode
        return mode

    def finish(self, at: datetime | None) -> None:
        """End the current Capability List: unless one of its resources failed, save when the next run asks for
        changes from (``at``: the newest change applied, or the time of the baseline's document)."""
        if len(self.result.failures) > self._failures:
            return
        started = self._started
        self.state.save_source(SourceRecord(self.source, started or self._record.baseline_at, at or started))

    def unchanged(self, entry: Entry) -> bool:
        """Whether the stored file already is the version ``entry`` describes (if so, says so in an event).

        With declared digests: the digests recorded when the file was written must be equal (or, with no
        record, the file is hashed again). Without digests: the recorded ``lastmod`` and length must be
        equal. The file must still be there with its recorded size.
        """
        path = self.claim(entry.uri)
        if self._matches(path, entry):
            self.emit(SyncEvent(SyncAction.UNCHANGED, entry.uri, path))
            return True
        return False

    def _matches(self, path: Path, entry: Entry) -> bool:
        record = self.state.file(entry.uri)
        if record is None:
            return bool(entry.hashes) and file_matches(path, length=entry.length, hashes=entry.hashes)
        try:
            size = path.stat().st_size
        except OSError:
            return False
        if record.length is not None and size != record.length:
            return False
        if entry.length is not None and entry.length != record.length:
            return False
        if entry.hashes:
            shared = set(entry.hashes) & set(record.hashes)
            return bool(shared) and all(entry.hashes[a].lower() == record.hashes[a].lower() for a in shared)
        return entry.lastmod is not None and entry.lastmod == record.lastmod

    def commit(self, entry: Entry, writer: VerifyingWriter) -> None:
        """Verify ``writer``'s body against ``entry``, move it into place and record it."""
        path = self.claim(entry.uri)
        existed = path.exists()
        try:
            writer.commit(path)
        except OSError as error:
            raise LocalFileError(entry.uri, error) from error
        relative = str(path.relative_to(self.root))
        self.state.record_file(
            entry.uri, relative, source=self.source, length=writer.written, hashes=entry.hashes, lastmod=entry.lastmod
        )
        self.emit(SyncEvent(SyncAction.UPDATED if existed else SyncAction.CREATED, entry.uri, path, writer.written))

    def commit_member(self, entry: Entry, writer: VerifyingWriter) -> None:
        """`commit` for a dump member: a failure is the member's event, never the run's end."""
        self.state.mark_seen(entry.uri)
        try:
            self.check_host(entry.uri)
            self.commit(entry, writer)
        except (FigshareError, OSError) as error:
            writer.abort()
            self.fail(entry.uri, error)

    def deleted_at_source(self, uri: str) -> None:
        """The Source deleted ``uri``: delete the file if asked, else remember it for later."""
        if self.delete:
            return self.delete_file(uri)
        if self.state.file(uri) is not None:
            self.state.mark_deleted(uri)
        self.emit(SyncEvent(SyncAction.DELETE_SKIPPED, uri, self._path_or_none(uri)))

    def delete_file(self, uri: str) -> None:
        """Delete the file of ``uri`` and forget it; only a file this URI wrote and no other URI owns is
        deleted."""
        record = self.state.file(uri)
        path: Path | None
        try:
            path = self.mapper.path_for(uri)
            relative = str(path.relative_to(self.root))
            ours = record is not None and record.path == relative
            unowned = self.state.owner_of(relative, other_than=uri) is None
            if ours and unowned and self._claims.get(relative, uri) == uri:
                path.unlink(missing_ok=True)
            else:
                path = None
        except (ResourceSyncError, OSError) as error:
            return self.fail(uri, error)
        self.state.forget(uri)
        self.emit(SyncEvent(SyncAction.DELETED, uri, path))

    def forget_unseen(self) -> None:
        """Files of the current Capability List that its new Resource List no longer has: deleted or
        remembered."""
        for record in list(self.state.unseen(self.source)):
            self.deleted_at_source(record.uri)

    def delete_pending(self) -> None:
        """With ``delete``: delete the files whose deletion earlier runs only remembered."""
        if self.delete:
            for record in self.state.pending_deletions():
                self.delete_file(record.uri)

    def fail(self, uri: str, error: Exception) -> None:
        """A resource could not be synced (its error always becomes a ``FigshareError``)."""
        if isinstance(error, httpx.TransportError):
            error = interrupted(uri, error)
        elif isinstance(error, OSError):
            error = LocalFileError(uri, error)
        elif not isinstance(error, FigshareError):
            error = ResourceSyncError(f"{uri}: {type(error).__name__}: {error}")
        self.emit(SyncEvent(SyncAction.FAILED, uri, self._path_or_none(uri), error=error))

    def _path_or_none(self, uri: str) -> Path | None:
        try:
            return self.mapper.path_for(uri)
        except ResourceSyncError:
            return None


def _host(uri: str) -> str:
    try:
        host = urlsplit(uri).hostname
    except ValueError:
        return ""
    return (host or "").lower().rstrip(".")
