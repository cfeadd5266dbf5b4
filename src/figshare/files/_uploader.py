"""`Uploader` and `AsyncUploader`: resumable, verified uploads of files, folders and links to an article."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from figshare._http import AsyncHTTPCore, HTTPCore
from figshare.files._async_runtime import AsyncRuntime
from figshare.files._deadline import TransferLimits
from figshare.files._effects import Steps
from figshare.files._errors import UnsupportedNameError
from figshare.files._local import LocalFile, collect_local_files
from figshare.files._part_protocol import PartPolicy
from figshare.files._progress import ProgressReporter
from figshare.files._records import UploadedFile
from figshare.files._runtime_common import (
    ProgressOption,
    api_identity,
    check_concurrency,
    progress_callback,
    state_directory,
)
from figshare.files._state import UploadState, UploadStateStore
from figshare.files._sync_runtime import SyncRuntime
from figshare.files._upload_protocol import UploadContext, UploadPolicy, abandon_upload, upload_files, upload_link

if TYPE_CHECKING:
    from figshare.files._api import AsyncFilesClient, FilesClient

__all__ = ["AsyncUploader", "Uploader"]

PathArgument = str | os.PathLike[str]


class _UploaderBase:
    def __init__(
        self,
        client: FilesClient | AsyncFilesClient,
        *,
        concurrency: int,
        skip_existing: bool,
        state_dir: PathArgument | None,
        processing_timeout: float,
        lock_timeout: float,
        max_attempts: int,
        progress: ProgressOption,
        clock: Callable[[], float],
        limits: TransferLimits,
    ) -> None:
        self._api = api_identity(client.base_url, client.impersonating)
        self._backoff = client.core.retry.backoff
        self._progress = progress
        self._clock = clock
        self.store = UploadStateStore(state_directory(state_dir))
        """Where upload states are saved."""
        self.policy = UploadPolicy(
            concurrency=check_concurrency(concurrency),
            skip_existing=skip_existing,
            processing_timeout=processing_timeout,
            max_attempts=max_attempts,
            part=PartPolicy(max_attempts=max_attempts, lock_timeout=lock_timeout, limits=limits),
        )

    def pending(self) -> list[UploadState]:
        """Uploads started with this API that have not been verified yet (resume them by uploading again)."""
        return [state for state in self.store.all() if state.api == self._api]

    def _context(self, article_id: int, reporter: ProgressReporter) -> UploadContext:
        if not isinstance(article_id, int) or isinstance(article_id, bool):
            raise TypeError(f"article_id must be an int, not {type(article_id).__name__}")
        return UploadContext(
            api=self._api,
            article_id=article_id,
            policy=self.policy,
            store=self.store,
            reporter=reporter,
            clock=self._clock,
            backoff=self._backoff,
            local_stat=lambda local: LocalFile.stat(local.path, local.name, local.folder_path),
        )

    def _steps(
        self,
        context: UploadContext,
        path: PathArgument | None,
        link: str | None,
        name: str | None,
        folder_path: str | None,
    ) -> Steps[list[UploadedFile]]:
        if (path is None) == (link is None):
            raise ValueError("pass either a path (a file or a folder) or link=, not both")
        if link is not None:
            if name is not None or folder_path is not None:
                raise ValueError("a link-only file takes no name= or folder_path=")
            _check_sendable("link=", link, link, context.article_id)
            return _as_list(upload_link(context, link))
        assert path is not None
        for argument, value in (("name=", name), ("folder_path=", folder_path)):
            if value is not None:
                _check_sendable(argument, value, value, context.article_id)
        files = collect_local_files(Path(path), name=name, folder_path=folder_path)
        for local in files:
            _check_sendable(f"path={str(path)!r}: the file", local.display_name, str(local.path), context.article_id)
        return upload_files(context, files)

    def _abandoned(self, article_id: int, path: PathArgument | None) -> list[UploadState]:
        under = Path(path).expanduser().resolve() if path is not None else None
        return [
            state
            for state in self.pending()
            if state.article_id == article_id and (under is None or Path(state.path).is_relative_to(under))
        ]


def _check_sendable(argument: str, value: object, shown_path: str, article_id: int) -> None:
    """UnsupportedNameError (a ValueError) unless ``value`` is a string Figshare can be sent (valid Unicode:
    no lone surrogates, which Linux file names that are not UTF-8 decode to)."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a string, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UnsupportedNameError(
            f"{argument} {value!r} cannot be sent to Figshare: it is not valid Unicode (a lone surrogate, as "
            "file names that are not UTF-8 decode to); rename it or pass name=",
            name=value,
            article_id=article_id,
            path=shown_path.encode("utf-8", "backslashreplace").decode(),
        ) from None


def _as_list(steps: Steps[UploadedFile]) -> Steps[list[UploadedFile]]:
    return [(yield from steps)]


class Uploader(_UploaderBase):
    """Uploads files, folders and links to articles of a `Figshare` client (``client.upload()`` uses one).

    Args:
        client: the `Figshare` client; REST calls go through its rate limit, part uploads do not (the
            upload service is built for parallel parts).
        concurrency: parts of one file sent at the same time.
        skip_existing: skip files the article already has with the same name, folder and md5.
        state_dir: where upload states are saved for resuming (default: the user state folder).
        processing_timeout: seconds to wait per file for Figshare to report it available with its md5.
        lock_timeout: seconds a locked part is waited for before its lock is reset with DELETE.
        max_attempts: attempts of one part, of resetting its lock, and of completing a file.
        progress: a callback receiving `TransferProgress` events, or True for a progress bar (``rich``).
        sleep: the wait between attempts (default: a wait that Ctrl-C ends at once); inject one in tests.
        clock: a monotonic clock in seconds (for the lock and processing timeouts).
        part_timeout: seconds one part may take, its body and the service's answer (then it is tried again).
        stall_timeout, min_speed: a part body going at fewer than ``min_speed`` bytes per second, on average
            over ``stall_timeout`` seconds, is cut off and tried again (`TransferStalledError`).
    """

    def __init__(
        self,
        client: FilesClient,
        *,
        concurrency: int = 4,
        skip_existing: bool = True,
        state_dir: PathArgument | None = None,
        processing_timeout: float = 600.0,
        lock_timeout: float = 60.0,
        max_attempts: int = 5,
        progress: ProgressOption = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        part_timeout: float = 900.0,
        stall_timeout: float = 60.0,
        min_speed: float = 1024.0,
    ) -> None:
        super().__init__(
            client,
            concurrency=concurrency,
            skip_existing=skip_existing,
            state_dir=state_dir,
            processing_timeout=processing_timeout,
            lock_timeout=lock_timeout,
            max_attempts=max_attempts,
            progress=progress,
            clock=clock,
            limits=TransferLimits.checked(part_timeout=part_timeout, stall_timeout=stall_timeout, min_speed=min_speed),
        )
        core = client.core
        upload_core = HTTPCore(
            core.http_client,
            retry=core.retry,
            rate_limiter=None,
            auth=core.auth,
            trusted_hosts=core.trusted_hosts,
            logger=core.logger,
            sleep=sleep or time.sleep,
        )
        self._runtime = SyncRuntime(client, upload_core=upload_core, sleep=sleep)

    def upload(
        self,
        article_id: int,
        path: PathArgument | None = None,
        *,
        link: str | None = None,
        name: str | None = None,
        folder_path: str | None = None,
    ) -> list[UploadedFile]:
        """Upload a file, every file of a folder, or a link-only file; see `figshare.Figshare.upload`."""
        with progress_callback(self._progress) as callback:
            context = self._context(article_id, ProgressReporter(callback))
            return self._runtime.run(self._steps(context, path, link, name, folder_path))

    def abandon(self, article_id: int, path: PathArgument | None = None) -> list[UploadState]:
        """Give up pending uploads to ``article_id`` (of ``path``, a file or folder, when given): delete their
        half-made file records on Figshare and their saved states. Returns the abandoned uploads."""
        abandoned = self._abandoned(article_id, path)
        context = self._context(article_id, ProgressReporter(None))
        for state in abandoned:
            self._runtime.run(abandon_upload(context, state))
        return abandoned


class AsyncUploader(_UploaderBase):
    """`Uploader` for an `AsyncFigshare` client: the same arguments, with ``await``."""

    def __init__(
        self,
        client: AsyncFilesClient,
        *,
        concurrency: int = 4,
        skip_existing: bool = True,
        state_dir: PathArgument | None = None,
        processing_timeout: float = 600.0,
        lock_timeout: float = 60.0,
        max_attempts: int = 5,
        progress: ProgressOption = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        part_timeout: float = 900.0,
        stall_timeout: float = 60.0,
        min_speed: float = 1024.0,
    ) -> None:
        super().__init__(
            client,
            concurrency=concurrency,
            skip_existing=skip_existing,
            state_dir=state_dir,
            processing_timeout=processing_timeout,
            lock_timeout=lock_timeout,
            max_attempts=max_attempts,
            progress=progress,
            clock=clock,
            limits=TransferLimits.checked(part_timeout=part_timeout, stall_timeout=stall_timeout, min_speed=min_speed),
        )
        core = client.core
        upload_core = AsyncHTTPCore(
            core.http_client,
            retry=core.retry,
            rate_limiter=None,
            auth=core.auth,
            trusted_hosts=core.trusted_hosts,
            logger=core.logger,
            sleep=sleep or asyncio.sleep,
        )
        self._runtime = AsyncRuntime(client, upload_core=upload_core, sleep=sleep)

    async def upload(
        self,
        article_id: int,
        path: PathArgument | None = None,
        *,
        link: str | None = None,
        name: str | None = None,
        folder_path: str | None = None,
    ) -> list[UploadedFile]:
        """Upload a file, every file of a folder, or a link-only file; see `figshare.Figshare.upload`."""
        with progress_callback(self._progress) as callback:
            context = self._context(article_id, ProgressReporter(callback))
            return await self._runtime.run(self._steps(context, path, link, name, folder_path))

    async def abandon(self, article_id: int, path: PathArgument | None = None) -> list[UploadState]:
        """Give up pending uploads to ``article_id``; see `Uploader.abandon`."""
        abandoned = self._abandoned(article_id, path)
        context = self._context(article_id, ProgressReporter(None))
        for state in abandoned:
            await self._runtime.run(abandon_upload(context, state))
        return abandoned
