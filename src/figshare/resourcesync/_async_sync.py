"""Keep a local folder in sync with a ResourceSync Source."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from stream_unzip import NO_ENCRYPTION, UnzipError, async_stream_unzip

from figshare.errors import FigshareError
from figshare.resourcesync._dump import DumpExtractor, StagedMember
from figshare.resourcesync._errors import DumpError, OtherHostError
from figshare.resourcesync._model import Change, Entry
from figshare.resourcesync._plan import SyncPlan
from figshare.resourcesync._state import SourceRecord, SyncState
from figshare.resourcesync._sync_types import SyncAction, SyncEvent, SyncResult
from figshare.resourcesync._verify import VerifyingWriter

if TYPE_CHECKING:
    from figshare.resourcesync._async_client import AsyncResourceSyncClient

__all__ = ["AsyncSynchronizer"]


class AsyncSynchronizer:
    """Baseline, then incremental sync of every Capability List of a Source into one folder.

    * Baseline: every resource of the Resource List (or, with ``use_dumps`` or when there is no Resource
      List, every member of the Resource Dump packages) is downloaded unless the file already matches.
    * Incremental: the Change List is read from the time saved by the previous run (index parts outside
      the window are skipped), collapsed to the latest change per resource, and applied.
    * Every body is verified against its declared length and digests while it streams and written with an
      atomic rename. Deletions (and files a new Resource List no longer has) are applied only with
      ``delete=True``; otherwise they are remembered and applied by a later run with ``delete=True``. Only a
      file a URI wrote itself is ever deleted for it.
    * Two URIs that map to one local path (``.../c/`` and ``.../c/_index``): the first keeps it, the second
      fails with ``PathCollisionError`` and is never written.
    * Resources and documents on another host than the Source's (the host of the URL given to ``run``) are
      not fetched (``OtherHostError``) unless ``follow_hosts`` names that host (``*.domain`` patterns, or
      ``"*"`` for any).
    * The state is saved in ``destination/.resourcesync/``; a run with failures does not advance it.
    """

    def __init__(
        self,
        client: AsyncResourceSyncClient,
        destination: str | os.PathLike[str],
        *,
        delete: bool = False,
        use_dumps: bool = False,
        progress: Callable[[SyncEvent], None] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        follow_hosts: Iterable[str] = (),
    ) -> None:
        self.client = client
        self.plan = SyncPlan(
            Path(destination), delete=delete, use_dumps=use_dumps, clock=clock, follow_hosts=follow_hosts
        )
        self.progress = progress

    async def run(self, url: str) -> SyncResult:
        """Discover the Source at ``url`` and sync each of its Capability Lists."""
        description = await self.client.discover(url)
        result = self.plan.new_result(url)
        with self.plan.open_state() as state:
            for entry in description.capability_lists:
                try:
                    await self._sync_capability_list(entry.uri, state, result)
                except OtherHostError as error:
                    self._emit(result, self.plan.failed(error.uri, error))
            if self.plan.delete:
                for record in state.pending_deletions():
                    self._emit(result, self.plan.delete_file(state, record.uri))
        return result

    def _emit(self, result: SyncResult, event: SyncEvent) -> None:
        result.add(event)
        if self.progress is not None:
            self.progress(event)

    async def _sync_capability_list(self, url: str, state: SyncState, result: SyncResult) -> None:
        self.plan.check_host(url)
        capabilities = await self.client.capability_list(url)
        for document in (capabilities.resource_list, capabilities.change_list, capabilities.resource_dump):
            if document is not None:
                self.plan.check_host(document)
        record = state.source(url)
        failures_before = len(result.failures)
        if record.changes_since is not None and capabilities.change_list is not None:
            result.modes[url] = "incremental"
            since = record.changes_since
            newest = await self._incremental(capabilities.change_list, since, url, state, result)
            if len(result.failures) == failures_before:
                state.save_source(SourceRecord(url, record.baseline_at, max(newest, since)))
            return
        origin = self.plan.baseline_source(capabilities)
        started = self.plan.now()
        if origin == "dump":
            result.modes[url] = "baseline-dump"
            at = await self._baseline_from_dump(capabilities.resource_dump or "", url, state, result)
        else:
            result.modes[url] = "baseline"
            at = await self._baseline_from_list(capabilities.resource_list or "", url, state, result)
        if len(result.failures) == failures_before:
            state.save_source(SourceRecord(url, started, at or started))

    # -- baseline ------------------------------------------------------------------------------------

    async def _baseline_from_list(
        self, list_url: str, source: str, state: SyncState, result: SyncResult
    ) -> datetime | None:
        at = (await self.client.info(list_url)).metadata.at
        state.clear_seen()
        async for entry in self.client.resource_list(list_url):
            state.mark_seen(entry.uri)
            self._emit(result, await self._fetch(entry, source, state))
        for event in self.plan.forget_unseen(state, source):
            self._emit(result, event)
        return at

    async def _baseline_from_dump(
        self, dump_url: str, source: str, state: SyncState, result: SyncResult
    ) -> datetime | None:
        at = (await self.client.info(dump_url)).metadata.at
        state.clear_seen()
        async for package in self.client.resource_dump(dump_url):
            try:
                staged = await self._read_package(package)
            except (FigshareError, httpx.HTTPError) as error:
                self._emit(result, self.plan.failed(package.uri, error))
                continue
            for member in staged:
                state.mark_seen(member.entry.uri)
                self._emit(result, self.plan.commit_member(state, source, member.entry, member.writer))
        for event in self.plan.forget_unseen(state, source):
            self._emit(result, event)
        return at

    async def _read_package(self, package: Entry) -> list[StagedMember]:
        self.plan.check_host(package.uri)
        contents = package.link("contents")
        if contents is not None:
            self.plan.check_host(contents.href)
        manifest = [entry async for entry in self.client.manifest(contents.href)] if contents is not None else None
        extractor = DumpExtractor(package.uri, self.plan.staging_dir, manifest, self.client.limits)
        response = await self.client.core.request("GET", package.uri, stream=True)
        try:
            members = async_stream_unzip(response.aiter_bytes(), allowed_encryption_mechanisms=(NO_ENCRYPTION,))
            async for name, _size, chunks in members:
                extractor.start_member(name.decode("utf-8", "replace"))
                async for chunk in chunks:
                    extractor.write(chunk)
                extractor.end_member()
        except UnzipError as error:
            extractor.abort()
            raise DumpError(package.uri, f"not a readable ZIP package ({type(error).__name__})") from error
        except BaseException:
            extractor.abort()
            raise
        finally:
            await response.aclose()
        return list(extractor.finish())

    # -- incremental ---------------------------------------------------------------------------------

    async def _incremental(
        self, change_list: str, since: datetime, source: str, state: SyncState, result: SyncResult
    ) -> datetime:
        newest = since
        for change in await self.client.latest_changes(change_list, since=since):
            if change.changed_at is not None and change.changed_at > newest:
                newest = change.changed_at
            if change.change is Change.DELETED:
                self._emit(result, self.plan.deleted_at_source(state, change.uri))
            else:
                self._emit(result, await self._fetch(change, source, state))
        return newest

    # -- one resource --------------------------------------------------------------------------------

    async def _fetch(self, entry: Entry, source: str, state: SyncState) -> SyncEvent:
        try:
            self.plan.check_host(entry.uri)
            if self.plan.up_to_date(state, entry):
                return SyncEvent(SyncAction.UNCHANGED, entry.uri, self.plan.mapper.path_for(entry.uri))
            writer = VerifyingWriter(entry.uri, self.plan.staging_dir, length=entry.length, hashes=entry.hashes)
            with writer:
                response = await self.client.core.request("GET", entry.uri, stream=True)
                try:
                    async for chunk in response.aiter_bytes():
                        writer.write(chunk)
                finally:
                    await response.aclose()
                return self.plan.commit(state, source, entry, writer)
        except (FigshareError, OSError, httpx.HTTPError) as error:
            return self.plan.failed(entry.uri, error)
