"""`Downloader` and `AsyncDownloader`: verified, resumable downloads by file id, article id or DOI."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from figshare.files._async_runtime import AsyncRuntime
from figshare.files._deadline import TransferLimits, check_seconds
from figshare.files._download_protocol import DownloadContext, DownloadPolicy, DownloadSelection, download
from figshare.files._errors import DownloadError
from figshare.files._progress import ProgressReporter
from figshare.files._records import DownloadedFile
from figshare.files._runtime_common import ProgressOption, check_concurrency, progress_callback
from figshare.files._sync_runtime import SyncRuntime

if TYPE_CHECKING:
    from figshare._http import AsyncHTTPCore, HTTPCore
    from figshare.files._api import AsyncFilesClient, FilesClient

__all__ = ["AsyncDownloader", "Downloader"]

PathArgument = str | os.PathLike[str]


class _DownloaderBase:
    def __init__(
        self,
        client: FilesClient | AsyncFilesClient,
        *,
        concurrency: int,
        overwrite: bool,
        resume: bool,
        max_attempts: int,
        progress: ProgressOption,
        lock_wait: float,
        limits: TransferLimits,
    ) -> None:
        self._api = client.base_url
        self._authenticated = client.core.auth is not None
        self._backoff = client.core.retry.backoff
        self._progress = progress
        self.policy = DownloadPolicy(
            concurrency=check_concurrency(concurrency),
            overwrite=overwrite,
            resume=resume,
            max_attempts=max_attempts,
            lock_wait=check_seconds("lock_wait", lock_wait),
            limits=limits,
        )

    def _context(self, dest: PathArgument, reporter: ProgressReporter) -> DownloadContext:
        destination = Path(dest).expanduser()
        try:
            destination.mkdir(parents=True, exist_ok=True)
            resolved = destination.resolve()
        except (OSError, RuntimeError) as error:
            raise DownloadError(f"cannot use the destination folder {destination}: {error}", path=str(dest)) from error
        return DownloadContext(
            api=self._api,
            authenticated=self._authenticated,
            destination=resolved,
            policy=self.policy,
            reporter=reporter,
            backoff=self._backoff,
        )


class Downloader(_DownloaderBase):
    """Downloads for a `Figshare` client (``client.download()`` uses one).

    Args:
        client: the `Figshare` client; its token goes to Figshare's hosts only, never to the storage host a
            download redirects to.
        concurrency: files downloaded at the same time.
        overwrite: replace a file of other (or uncheckable) content already at a final path.
        resume: continue temporary files left by an earlier, interrupted run.
        max_attempts: attempts of one file, each continuing where the last one stopped.
        progress: a callback receiving `TransferProgress` events, or True for a progress bar (``rich``).
        sleep: the wait between attempts (default `time.sleep`); inject one in tests.
        lock_wait: seconds to wait while another process downloads the same file to the same place (its lock
            file ``.<name>.<id>.figshare-lock`` is held) before `DownloadInProgressError`; once it is done,
            its file is checked and skipped like any file already there.
        part_timeout: seconds to wait for a download's response to begin (each attempt).
        stall_timeout, min_speed: a body arriving at fewer than ``min_speed`` bytes per second, on average
            over ``stall_timeout`` seconds, is cut off and tried again (`TransferStalledError`).
    """

    def __init__(
        self,
        client: FilesClient,
        *,
        concurrency: int = 4,
        overwrite: bool = False,
        resume: bool = True,
        max_attempts: int = 5,
        progress: ProgressOption = None,
        sleep: Callable[[float], None] | None = None,
        lock_wait: float = 600.0,
        part_timeout: float = 900.0,
        stall_timeout: float = 60.0,
        min_speed: float = 1024.0,
    ) -> None:
        super().__init__(
            client,
            concurrency=concurrency,
            overwrite=overwrite,
            resume=resume,
            max_attempts=max_attempts,
            progress=progress,
            lock_wait=lock_wait,
            limits=TransferLimits.checked(part_timeout=part_timeout, stall_timeout=stall_timeout, min_speed=min_speed),
        )
        upload_core: HTTPCore = client.core  # downloads never use the upload service
        self._runtime = SyncRuntime(client, upload_core=upload_core, sleep=sleep)

    def download(
        self,
        file_id: int | None = None,
        *,
        article_id: int | None = None,
        doi: str | None = None,
        version: int | None = None,
        private_link: str | None = None,
        as_zip: bool = False,
        md5: str | None = None,
        dest: PathArgument = ".",
    ) -> list[DownloadedFile]:
        """Download a file, an article's files (or its zip) or a DOI's; see `figshare.Figshare.download`."""
        selection = DownloadSelection(
            file_id=file_id,
            article_id=article_id,
            doi=doi,
            version=version,
            private_link=private_link,
            as_zip=as_zip,
            md5=md5,
        )
        selection.check()
        with progress_callback(self._progress) as callback:
            return self._runtime.run(download(self._context(dest, ProgressReporter(callback)), selection))


class AsyncDownloader(_DownloaderBase):
    """`Downloader` for an `AsyncFigshare` client: the same arguments, with ``await``."""

    def __init__(
        self,
        client: AsyncFilesClient,
        *,
        concurrency: int = 4,
        overwrite: bool = False,
        resume: bool = True,
        max_attempts: int = 5,
        progress: ProgressOption = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        lock_wait: float = 600.0,
        part_timeout: float = 900.0,
        stall_timeout: float = 60.0,
        min_speed: float = 1024.0,
    ) -> None:
        super().__init__(
            client,
            concurrency=concurrency,
            overwrite=overwrite,
            resume=resume,
            max_attempts=max_attempts,
            progress=progress,
            lock_wait=lock_wait,
            limits=TransferLimits.checked(part_timeout=part_timeout, stall_timeout=stall_timeout, min_speed=min_speed),
        )
        upload_core: AsyncHTTPCore = client.core
        self._runtime = AsyncRuntime(client, upload_core=upload_core, sleep=sleep or asyncio.sleep)

    async def download(
        self,
        file_id: int | None = None,
        *,
        article_id: int | None = None,
        doi: str | None = None,
        version: int | None = None,
        private_link: str | None = None,
        as_zip: bool = False,
        md5: str | None = None,
        dest: PathArgument = ".",
    ) -> list[DownloadedFile]:
        """Download a file, an article's files (or its zip) or a DOI's; see `figshare.Figshare.download`."""
        selection = DownloadSelection(
            file_id=file_id,
            article_id=article_id,
            doi=doi,
            version=version,
            private_link=private_link,
            as_zip=as_zip,
            md5=md5,
        )
        selection.check()
        with progress_callback(self._progress) as callback:
            context = self._context(dest, ProgressReporter(callback))
            return await self._runtime.run(download(context, selection))
