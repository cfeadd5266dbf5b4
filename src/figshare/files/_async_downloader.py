"""Verified, resumable downloads by file id, article id or DOI (written async: ``make unasync`` derives the
sync module)."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from figshare._validate import flag, known_keywords, local_path, optional_callable, seconds, whole_number
from figshare.files._async_runtime import AsyncRuntime
from figshare.files._deadline import TransferLimits
from figshare.files._download_protocol import (
    DownloadContext,
    DownloadPolicy,
    DownloadSelection,
    DownloadTarget,
    download,
)
from figshare.files._errors import DownloadError
from figshare.files._progress import ProgressReporter
from figshare.files._records import DownloadedFile
from figshare.files._runtime_common import ProgressOption, progress_callback, progress_option

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from figshare.files._api import AsyncFilesClient


class AsyncDownloader:
    """Downloads for the `AsyncFigshare` client (``await client.download()`` uses one).

    Args:
        client: the `AsyncFigshare` client; its token goes to Figshare's hosts only, never to the storage host
            a download redirects to.
        concurrency: files downloaded at the same time.
        overwrite: replace a file of other (or uncheckable) content already at a final path.
        resume: continue temporary files left by an earlier, interrupted run.
        max_attempts: attempts of one file, each continuing where the last one stopped.
        progress: a callback receiving `TransferProgress` events, or True for a progress bar (``rich``).
        sleep: the wait between attempts (default: a wait that Ctrl-C ends at once); inject one in tests.
        lock_wait: seconds to wait while another process downloads the same file to the same place (its lock
            file ``.<name>.<id>.figshare-lock`` is held) before `DownloadInProgressError`; once it is done,
            its file is checked and skipped like any file already there.
        part_timeout: seconds to wait for a download's response to begin (each attempt).
        stall_timeout, min_speed: a body arriving at fewer than ``min_speed`` bytes per second, on average
            over ``stall_timeout`` seconds, is cut off and tried again (`TransferStalledError`).

    Raises:
        ValueError, TypeError: an option is out of range or of the wrong type (named in the message).
    """

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
        self._api = client.base_url
        self._authenticated = client.core.auth is not None
        self._backoff = client.core.retry.backoff
        self._progress = progress_option(progress)
        self.policy = DownloadPolicy(
            concurrency=whole_number(concurrency, "concurrency", minimum=1),
            overwrite=flag(overwrite, "overwrite"),
            resume=flag(resume, "resume"),
            max_attempts=whole_number(max_attempts, "max_attempts", minimum=1),
            lock_wait=seconds(lock_wait, "lock_wait", allow_zero=True),
            limits=TransferLimits(part_timeout=part_timeout, stall_timeout=stall_timeout, min_speed=min_speed),
        )
        self._runtime = AsyncRuntime(
            client, upload_core=client.core, sleep=optional_callable(sleep, "sleep")
        )  # no upload service here

    async def download(
        self, file_id: int | None = None, *, dest: str | os.PathLike[str] = ".", **target: Unpack[DownloadTarget]
    ) -> list[DownloadedFile]:
        """Download a file, an article's files (or its zip) or a DOI's (``AsyncFigshare.download`` tells more).

        Args:
            file_id: a file; with ``article_id``, one file of that article.
            article_id: an article: all its files.
            doi: a DOI: the files of exactly that version.
            version: with ``article_id``, a public version.
            private_link: the key of a private link, with ``file_id`` alone.
            as_zip: the article's files as one zip.
            md5: the expected md5 of a file downloaded by ``file_id`` alone.
            dest: the destination folder (created if needed).

        Returns:
            One `DownloadedFile` per file.

        Raises:
            DownloadError: the download could not finish (`ChecksumMismatchError`, `DestinationExistsError`,
                `UnsafePathError`, `DownloadInProgressError` say why).
            ValueError: the arguments do not name one thing to download.
        """
        known_keywords("download", target, DownloadTarget.__annotations__)
        selection = DownloadSelection(file_id, **target)
        selection.check()
        destination = local_path(dest, "dest")
        try:
            destination.mkdir(parents=True, exist_ok=True)
            resolved = destination.resolve()
        except (OSError, RuntimeError) as error:
            raise DownloadError(f"cannot use the destination folder {destination}: {error}", path=str(dest)) from error
        with progress_callback(self._progress) as callback:
            context = DownloadContext(
                self._api, self._authenticated, resolved, self.policy, ProgressReporter(callback), self._backoff
            )
            return await self._runtime.run(download(context, selection))
