"""Resumable, verified uploads of files, folders and links to an article (written async: ``make unasync``
derives the sync module)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from figshare._http import AsyncHTTPCore
from figshare._validate import flag, known_keywords, local_path, optional_callable, path_id, seconds, text, whole_number
from figshare.errors import InvalidArgumentError
from figshare.files._async_runtime import AsyncRuntime
from figshare.files._deadline import TransferLimits
from figshare.files._effects import Steps
from figshare.files._errors import UnsupportedNameError
from figshare.files._local import collect_local_files
from figshare.files._part_protocol import PartPolicy
from figshare.files._paths import segment_problem
from figshare.files._progress import ProgressReporter
from figshare.files._records import UploadedFile
from figshare.files._runtime_common import ProgressOption, progress_callback, progress_option
from figshare.files._state import UploadState, UploadStateStore, default_state_dir
from figshare.files._upload_protocol import (
    UploadContext,
    UploadPolicy,
    UploadTarget,
    abandon_upload,
    upload_files,
    upload_link,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from figshare.files._api import AsyncFilesClient


class AsyncUploader:
    """Uploads files, folders and links to articles of the `AsyncFigshare` client (``await client.upload()``
    uses one).

    Args:
        client: the `AsyncFigshare` client; REST calls go through its rate limit, part uploads do not (the
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

    Raises:
        ValueError, TypeError: an option is out of range or of the wrong type (named in the message).
    """

    def __init__(
        self,
        client: AsyncFilesClient,
        *,
        concurrency: int = 4,
        skip_existing: bool = True,
        state_dir: str | os.PathLike[str] | None = None,
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
        limits = TransferLimits(part_timeout=part_timeout, stall_timeout=stall_timeout, min_speed=min_speed)
        sleep = optional_callable(sleep, "sleep")
        max_attempts = whole_number(max_attempts, "max_attempts", minimum=1)
        core = client.core
        impersonating = client.impersonating  # uploads of different accounts and APIs are told apart
        self._api = client.base_url + ("" if impersonating is None else f"#impersonate={impersonating}")
        self._progress = progress_option(progress)
        self._clock = optional_callable(clock, "clock")
        self._backoff = core.retry.backoff
        folder = local_path(state_dir, "state_dir") if state_dir is not None else default_state_dir()
        self.store = UploadStateStore(folder)
        """Where upload states are saved."""
        self.policy = UploadPolicy(
            concurrency=whole_number(concurrency, "concurrency", minimum=1),
            skip_existing=flag(skip_existing, "skip_existing"),
            processing_timeout=seconds(processing_timeout, "processing_timeout", allow_zero=True),
            max_attempts=max_attempts,
            part=PartPolicy(
                max_attempts=max_attempts,
                lock_timeout=seconds(lock_timeout, "lock_timeout", allow_zero=True),
                limits=limits,
            ),
        )
        upload_core = AsyncHTTPCore(  # the upload service is built for parallel parts: no rate limit
            core.http_client,
            retry=core.retry,
            rate_limiter=None,
            auth=core.auth,
            trusted_hosts=core.trusted_hosts,
            logger=core.logger,
            sleep=sleep or asyncio.sleep,
        )
        self._runtime = AsyncRuntime(client, upload_core=upload_core, sleep=sleep)

    def pending(self) -> list[UploadState]:
        """Uploads started with this API that have not been verified yet (resume them by uploading again).

        Returns:
            The saved states of this client's API and account, in no particular order.
        """
        return [state for state in self.store.all() if state.api == self._api]

    async def upload(
        self, article_id: int, path: str | os.PathLike[str] | None = None, **target: Unpack[UploadTarget]
    ) -> list[UploadedFile]:
        """Upload a file, every file of a folder, or a link-only file (``AsyncFigshare.upload`` tells more).

        Args:
            article_id: the article (yours, or the impersonated account's).
            path: a file, or a folder (every file under it).
            link: instead of a path, the URL of a link-only file.
            name: the name on Figshare of a single file (default: its file name).
            folder_path: the Figshare folder of a single file, or the folder a folder's contents go to.

        Returns:
            One `UploadedFile` per file, in order.

        Raises:
            UploadError: the upload could not finish (running it again resumes it).
            ChecksumMismatchError: Figshare's ``computed_md5`` differs from the local md5.
            ValueError, TypeError: the arguments do not name one thing to upload.
        """
        known_keywords("upload", target, UploadTarget.__annotations__)
        with progress_callback(self._progress) as callback:
            context = self._context(article_id, ProgressReporter(callback))
            return await self._runtime.run(self._steps(context, path, **target))

    async def abandon(self, article_id: int, path: str | os.PathLike[str] | None = None) -> list[UploadState]:
        """Give up pending uploads to ``article_id``: delete their half-made file records on Figshare and their
        saved states.

        Args:
            article_id: the article the uploads went to.
            path: only the uploads of this file or of the files under this folder (default: all of them).

        Returns:
            The abandoned uploads.

        Raises:
            figshare.APIStatusError: a file record could not be deleted.
        """
        under = local_path(path, "path").resolve() if path is not None else None
        abandoned = [
            state
            for state in self.pending()
            if state.article_id == article_id and (under is None or Path(state.path).is_relative_to(under))
        ]
        context = self._context(article_id, ProgressReporter(None))
        for state in abandoned:
            await self._runtime.run(abandon_upload(context, state))
        return abandoned

    def _context(self, article_id: int, reporter: ProgressReporter) -> UploadContext:
        return UploadContext(
            api=self._api,
            article_id=path_id(article_id, "article_id"),
            policy=self.policy,
            store=self.store,
            reporter=reporter,
            clock=self._clock,
            backoff=self._backoff,
        )

    @staticmethod
    def _steps(
        context: UploadContext,
        path: str | os.PathLike[str] | None,
        link: str | None = None,
        name: str | None = None,
        folder_path: str | None = None,
    ) -> Steps[list[UploadedFile]]:
        if (path is None) == (link is None):
            raise InvalidArgumentError("pass either a path (a file or a folder) or link=, not both", argument="path")
        if link is not None:
            if name is not None or folder_path is not None:
                raise InvalidArgumentError("a link-only file takes no name= or folder_path=", argument="link")
            _check_sendable("link=", link, link, context.article_id)
            return _as_list(upload_link(context, link))
        assert path is not None
        for argument, value in (("name=", name), ("folder_path=", folder_path)):
            if value is not None:
                _check_sendable(argument, value, value, context.article_id)
        files = collect_local_files(local_path(path, "path"), name=name, folder_path=folder_path)
        for local in files:
            shown = f"path={str(path)!r}: the file"
            _check_sendable(shown, local.display_name, str(local.path), context.article_id, segments=True)
        return upload_files(context, files)


def _check_sendable(argument: str, value: object, shown_path: str, article_id: int, *, segments: bool = False) -> None:
    """UnsupportedNameError (a ValueError) unless ``value`` is valid Unicode (no lone surrogates, which Linux
    file names that are not UTF-8 decode to) and, with ``segments``, every name in it is one downloads accept."""
    value = text(value, argument.rstrip("="))
    problem = next(filter(None, map(segment_problem, value.split("/") if segments else [])), None)
    if value.encode("utf-8", "ignore").decode() != value:  # lone surrogates cannot be encoded
        problem = "it is not valid Unicode (a lone surrogate, as file names that are not UTF-8 decode to)"
    if problem is not None:
        raise UnsupportedNameError(
            f"{argument} {value!r} cannot be sent to Figshare: {problem}; rename it or pass name=",
            name=value,
            article_id=article_id,
            path=shown_path.encode("utf-8", "backslashreplace").decode(),
        )


def _as_list(steps: Steps[UploadedFile]) -> Steps[list[UploadedFile]]:
    return [(yield from steps)]
