"""The decisions and file operations of a sync, shared by the blocking and the async synchronizers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from figshare._hosts import normalise_host_patterns
from figshare.errors import APIConnectionError, FigshareError
from figshare.resourcesync._errors import LocalFileError, OtherHostError, PathCollisionError, ResourceSyncError
from figshare.resourcesync._model import CapabilityList, Entry
from figshare.resourcesync._paths import STATE_DIR_NAME, UriPathMapper
from figshare.resourcesync._state import SyncState
from figshare.resourcesync._sync_types import SyncAction, SyncEvent, SyncResult
from figshare.resourcesync._verify import VerifyingWriter, file_matches

__all__ = ["SyncPlan"]

STATE_FILE_NAME = "state.sqlite3"
STAGING_DIR_NAME = "partial"


class SyncPlan:
    """Where things go in the destination, what is up to date, and how each outcome is recorded."""

    def __init__(
        self,
        destination: Path,
        *,
        delete: bool,
        use_dumps: bool,
        clock: Callable[[], datetime],
        follow_hosts: Iterable[str] = (),
    ) -> None:
        if isinstance(follow_hosts, str):
            follow_hosts = [follow_hosts]
        patterns = list(follow_hosts)
        self.follow_any_host = "*" in patterns
        self.follow_hosts = normalise_host_patterns(pattern for pattern in patterns if pattern != "*")
        self.source_host = ""
        self._claims: dict[str, str] = {}
        try:
            destination.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LocalFileError(str(destination), error) from error
        self.mapper = UriPathMapper(destination)
        self.root = self.mapper.root
        self.state_dir = self.root / STATE_DIR_NAME
        self.staging_dir = self.state_dir / STAGING_DIR_NAME
        self.delete = delete
        self.use_dumps = use_dumps
        self.now = clock

    def new_result(self, url: str) -> SyncResult:
        """An empty result for a run from the Source at ``url`` (whose host is the Source's host)."""
        self.source_host = _host(url)
        self._claims.clear()
        return SyncResult(self.root)

    def check_host(self, uri: str) -> None:
        """Raise ``OtherHostError`` unless ``uri`` is on the Source's host or one ``follow_hosts`` allows."""
        host = _host(uri)
        if host == self.source_host or self.follow_any_host:
            return
        for pattern in self.follow_hosts:
            if host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:])):
                return
        raise OtherHostError(uri, host=host, source_host=self.source_host)

    def claim(self, state: SyncState, uri: str) -> Path:
        """The path of ``uri``, which no other URI of this run or of the saved state may have
        (``PathCollisionError``): the first URI to claim a path keeps it. Within a run, paths that differ only
        in letter case collide too (one file on macOS and Windows file systems)."""
        path = self.mapper.path_for(uri)
        relative = str(path.relative_to(self.root))
        owner = self._claims.setdefault(relative.casefold(), uri)
        if owner == uri:
            owner = state.owner_of(relative, other_than=uri) or uri
        if owner != uri:
            raise PathCollisionError(uri, owner=owner, path=relative)
        return path

    def open_state(self) -> SyncState:
        """The destination's saved state."""
        return SyncState(self.state_dir / STATE_FILE_NAME)

    def baseline_source(self, capabilities: CapabilityList) -> str:
        """``"list"`` or ``"dump"``: where a baseline comes from."""
        has_list = capabilities.resource_list is not None
        has_dump = capabilities.resource_dump is not None
        if has_dump and (self.use_dumps or not has_list):
            return "dump"
        if has_list:
            return "list"
        raise ResourceSyncError(f"{capabilities.url} offers neither a Resource List nor a Resource Dump")

    def up_to_date(self, state: SyncState, entry: Entry) -> bool:
        """Whether the stored file already is the version ``entry`` describes.

        With declared digests: the digests recorded when the file was written must be equal (or, with no
        record, the file is hashed again). Without digests: the recorded ``lastmod`` and length must be
        equal. The file must still be there with its recorded size.
        """
        path = self.claim(state, entry.uri)
        record = state.file(entry.uri)
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

    def commit(self, state: SyncState, source: str, entry: Entry, writer: VerifyingWriter) -> SyncEvent:
        """Verify ``writer``'s body against ``entry`` and move it into place; record it."""
        path = self.claim(state, entry.uri)
        existed = path.exists()
        try:
            writer.commit(path)
        except OSError as error:
            raise LocalFileError(entry.uri, error) from error
        state.record_file(
            entry.uri,
            str(path.relative_to(self.root)),
            source=source,
            length=writer.written,
            hashes=entry.hashes,
            lastmod=entry.lastmod,
        )
        action = SyncAction.UPDATED if existed else SyncAction.CREATED
        return SyncEvent(action, entry.uri, path, writer.written)

    def deleted_at_source(self, state: SyncState, uri: str) -> SyncEvent:
        """The Source deleted ``uri``: delete the file if asked, else remember it for later."""
        if self.delete:
            return self.delete_file(state, uri)
        if state.file(uri) is not None:
            state.mark_deleted(uri)
        return SyncEvent(SyncAction.DELETE_SKIPPED, uri, self._path_or_none(uri))

    def commit_member(self, state: SyncState, source: str, entry: Entry, writer: VerifyingWriter) -> SyncEvent:
        """`commit` for a dump member: a failure is the member's event, never the run's end."""
        try:
            self.check_host(entry.uri)
            return self.commit(state, source, entry, writer)
        except (FigshareError, OSError) as error:
            writer.abort()
            return self.failed(entry.uri, error)

    def delete_file(self, state: SyncState, uri: str) -> SyncEvent:
        """Delete the file of ``uri`` and forget it; only a file this URI wrote and no other URI owns is
        deleted."""
        record = state.file(uri)
        path: Path | None
        try:
            path = self.mapper.path_for(uri)
            relative = str(path.relative_to(self.root))
            ours = record is not None and record.path == relative
            if ours and state.owner_of(relative, other_than=uri) is None and self._claims.get(relative, uri) == uri:
                path.unlink(missing_ok=True)
            else:
                path = None
        except (ResourceSyncError, OSError) as error:
            return self.failed(uri, error)
        state.forget(uri)
        return SyncEvent(SyncAction.DELETED, uri, path)

    def forget_unseen(self, state: SyncState, source: str) -> Iterator[SyncEvent]:
        """Files of ``source`` that its new Resource List no longer has: deleted or remembered."""
        for record in list(state.unseen(source)):
            yield self.deleted_at_source(state, record.uri)

    def failed(self, uri: str, error: Exception) -> SyncEvent:
        """The event for a resource that could not be synced (its error always a ``FigshareError``)."""
        if isinstance(error, httpx.TransportError):
            error = APIConnectionError(f"the transfer was interrupted: {type(error).__name__}", url=uri)
        elif isinstance(error, OSError):
            error = LocalFileError(uri, error)
        elif not isinstance(error, FigshareError):
            error = ResourceSyncError(f"{uri}: {type(error).__name__}: {error}")
        return SyncEvent(SyncAction.FAILED, uri, self._path_or_none(uri), error=error)

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
