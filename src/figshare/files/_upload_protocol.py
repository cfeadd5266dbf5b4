"""Upload local files to an article: skip what is there, resume what was started, verify what was sent
(the steps per file are in docs/files.md). Every file is sent before any is verified, so Figshare's
processing of one overlaps the sending of the next; a file whose upload the service forgot (404, aborted,
or for other content) is deleted and started once more.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import TypedDict

from figshare.errors import NotFoundError
from figshare.files._effects import (
    CompleteUpload,
    DeleteOwnFile,
    GetOwnFile,
    GetUploadInfo,
    HashFile,
    InitiateLink,
    InitiateUpload,
    ListFiles,
    RunConcurrently,
    Sleep,
    Steps,
    perform,
)
from figshare.files._errors import (
    TRANSIENT_ERRORS,
    ChecksumMismatchError,
    LocalFileChangedError,
    ProcessingTimeoutError,
    UploadError,
)
from figshare.files._local import LocalFile
from figshare.files._part_protocol import PartJob, PartPolicy, UploadGone, upload_part
from figshare.files._progress import FileProgress, ProgressReporter
from figshare.files._records import RemoteFile, UploadedFile, UploadInfo, UploadStatus
from figshare.files._state import UploadState, UploadStateStore

logger = logging.getLogger("figshare.files")


class UploadTarget(TypedDict, total=False):
    """The keyword arguments of `Uploader.upload` and `Figshare.upload` (and their async twins) besides the
    path."""

    link: str | None
    name: str | None
    folder_path: str | None


@dataclasses.dataclass(frozen=True)
class UploadPolicy:
    """The options of an `Uploader` (its Args say what each means); ``max_attempts`` of completing a file."""

    concurrency: int
    skip_existing: bool
    processing_timeout: float
    max_attempts: int
    part: PartPolicy
    poll_interval: float = 1.0
    """The first interval between looks at a file being processed; it doubles up to ``max_poll_interval``."""
    max_poll_interval: float = 15.0


@dataclasses.dataclass(frozen=True)
class UploadContext:
    api: str
    article_id: int
    policy: UploadPolicy
    store: UploadStateStore
    reporter: ProgressReporter
    clock: Callable[[], float]
    backoff: Callable[[int], float]


@dataclasses.dataclass
class _Sent:
    """A file whose parts were sent and which was completed; its verification is pending."""

    local: LocalFile
    state: UploadState
    progress: FileProgress
    resumed: bool


def upload_files(context: UploadContext, files: Sequence[LocalFile]) -> Steps[list[UploadedFile]]:
    """Upload ``files`` to the article, then verify them; the results in the order of ``files``."""
    existing: list[RemoteFile] = []
    if context.policy.skip_existing:
        existing = yield from perform(ListFiles(context.article_id, private=True))
    outcomes: list[UploadedFile | _Sent] = []
    for local in files:
        try:
            outcomes.append((yield from _send_file(context, local, existing)))
        except OSError as error:  # hashing it or checking it after its parts: gone, unreadable, now a folder...
            raise UploadError(f"cannot read {local.path}: {error.strerror or error}", path=str(local.path)) from error
    results = []
    for outcome in outcomes:
        if isinstance(outcome, _Sent):
            outcome = yield from _verify(context, outcome)
        results.append(outcome)
    return results


def upload_link(context: UploadContext, link: str) -> Steps[UploadedFile]:
    """Add a link-only file (skipped when the article already links to that URL)."""
    if context.policy.skip_existing:
        for record in (yield from perform(ListFiles(context.article_id, private=True))):
            if record.is_link_only and record.download_url == link:
                return _link_result(context, record.id, record.name, link, "skipped")
    file_id = yield from perform(InitiateLink(context.article_id, link))
    record = yield from perform(GetOwnFile(context.article_id, file_id))
    return _link_result(context, file_id, record.name, link, "linked")


def abandon_upload(context: UploadContext, state: UploadState) -> Steps[bool]:
    """Delete the half-made file record of ``state`` (unless it was completed) and the state; whether a
    record was deleted."""
    deleted = False
    if not state.completed:
        with contextlib.suppress(NotFoundError):
            yield from perform(DeleteOwnFile(state.article_id, state.file_id))
            deleted = True
    context.store.delete(state)
    return deleted


# ---- one file ----


def _send_file(context: UploadContext, local: LocalFile, existing: list[RemoteFile]) -> Steps[UploadedFile | _Sent]:
    progress = FileProgress(context.reporter, "upload", local.display_name, local.size)
    state = context.store.load(context.api, context.article_id, local)
    if state is not None and state.describes(local):
        md5 = state.md5
    else:
        progress.set_phase("hashing")
        md5 = yield from perform(HashFile(local.path))
        if state is not None and state.md5 == md5:  # touched, not changed
            state = dataclasses.replace(state, size=local.size, mtime_ns=local.mtime_ns)
            context.store.save(state)
    if state is not None and state.md5 != md5:
        logger.info("%s changed since its upload started; starting it afresh", local.path)
        yield from abandon_upload(context, state)
        state = None
    if state is None and context.policy.skip_existing and (same := _same_file(existing, local, md5)) is not None:
        progress.set_phase("skipped", file_id=same.id)
        return _result(context, local, same.id, md5, "skipped")
    resumed = state is not None
    for attempt in (1, 2):
        try:
            state = yield from _send(context, local, md5, state, progress)
            return _Sent(local, state, progress, resumed)
        except _Restart as restart:
            if attempt == 2:
                raise UploadError(
                    f"the upload service lost the upload of {local.path} twice: {restart}",
                    **restart.state.where(),
                ) from restart
            logger.info("starting the upload of %s afresh: %s", local.path, restart)
            yield from abandon_upload(context, restart.state)
            state, resumed = None, False
    raise AssertionError("unreachable")  # pragma: no cover


class _Restart(Exception):
    """The file record or its upload is gone or unusable: delete it and start the file afresh."""

    def __init__(self, state: UploadState, reason: str) -> None:
        super().__init__(reason)
        self.state = state


def _send(
    context: UploadContext, local: LocalFile, md5: str, state: UploadState | None, progress: FileProgress
) -> Steps[UploadState]:
    if state is None:
        file_id = yield from perform(InitiateUpload(context.article_id, local.name, local.size, md5, local.folder_path))
        state = UploadState(
            api=context.api,
            article_id=context.article_id,
            file_id=file_id,
            path=str(local.path),
            name=local.name,
            folder_path=local.folder_path,
            size=local.size,
            mtime_ns=local.mtime_ns,
            md5=md5,
        )
        context.store.save(state)
    progress.set_phase("uploading", file_id=state.file_id)
    if state.completed:
        progress.reset(local.size)
        return state
    try:
        record = yield from perform(GetOwnFile(context.article_id, state.file_id))
    except NotFoundError:
        raise _Restart(state, f"file {state.file_id} is no longer on the article") from None
    if not record.completed:
        if not (upload_url := record.upload_url or state.upload_url):
            raise _Restart(state, f"file {state.file_id} has no upload URL")
        if upload_url != state.upload_url:
            state = dataclasses.replace(state, upload_url=upload_url)
            context.store.save(state)
        yield from _send_parts(context, local, state, progress)
        yield from _complete(context, state)
    state = dataclasses.replace(state, completed=True)
    context.store.save(state)
    return state


def _send_parts(context: UploadContext, local: LocalFile, state: UploadState, progress: FileProgress) -> Steps[None]:
    info = yield from _upload_info(state)
    if info.size != local.size or (info.md5 and info.md5 != state.md5):
        raise _Restart(state, f"the upload service holds an upload of other content for file {state.file_id}")
    if info.status == "ABORTED":
        raise _Restart(state, f"the upload service aborted the upload of file {state.file_id}")
    progress.reset(info.stored_bytes)
    if info.status == "PENDING" and info.missing_parts:
        job = PartJob(state, local.path, progress, context.policy.part, context.clock, context.backoff)
        jobs = [upload_part(job, part) for part in info.missing_parts]
        try:
            yield from perform(RunConcurrently(jobs, context.policy.concurrency))
        except UploadGone as gone:
            raise _Restart(state, str(gone)) from gone
        info = yield from _upload_info(state)
        if info.missing_parts:
            numbers = ", ".join(str(part.number) for part in info.missing_parts)
            raise UploadError(
                f"the upload service is still missing parts {numbers} of {local.path} after they were sent",
                **state.where(),
            )
    now = LocalFile.stat(local.path, local.name, local.folder_path)
    if now.size != local.size or now.mtime_ns != local.mtime_ns:
        raise LocalFileChangedError(
            f"{local.path} changed while it was being uploaded; run the upload again to send the new content",
            **state.where(),
        )


def _upload_info(state: UploadState) -> Steps[UploadInfo]:
    try:
        return (yield from perform(GetUploadInfo(state.upload_url)))
    except NotFoundError:
        raise _Restart(state, f"the upload service does not know the upload of file {state.file_id}") from None


def _complete(context: UploadContext, state: UploadState) -> Steps[None]:
    """Complete the file; after a failure that may have reached Figshare, look before asking again."""
    failures = 0
    while True:
        try:
            yield from perform(CompleteUpload(context.article_id, state.file_id))
            return
        except TRANSIENT_ERRORS as failed:
            error = failed
        with contextlib.suppress(*TRANSIENT_ERRORS):
            record = yield from perform(GetOwnFile(context.article_id, state.file_id))
            if record.completed:
                return
        failures += 1
        if failures >= context.policy.max_attempts:
            raise UploadError(
                f"could not complete file {state.file_id} ({failures} attempts; last error: {error})",
                **state.where(),
            ) from error
        yield from perform(Sleep(context.backoff(failures - 1)))


def _verify(context: UploadContext, sent: _Sent) -> Steps[UploadedFile]:
    """Wait for ``available`` and a ``computed_md5``; it must equal the local md5."""
    state = sent.state
    sent.progress.set_phase("processing")
    deadline = context.clock() + context.policy.processing_timeout
    interval = context.policy.poll_interval
    while True:
        try:
            record = yield from perform(GetOwnFile(context.article_id, state.file_id))
        except NotFoundError:
            context.store.delete(state)
            raise UploadError(
                f"file {state.file_id} disappeared from the article while Figshare processed it",
                **state.where(),
            ) from None
        if record.status == "available" and record.computed_md5:
            context.store.delete(state)  # verified or not, the upload is over
            if record.computed_md5.lower() != state.md5:
                raise ChecksumMismatchError(
                    f"Figshare computed md5 {record.computed_md5} for file {state.file_id} ({state.name}), but "
                    f"the local file {state.path} has md5 {state.md5}: the file on Figshare is not the local "
                    f"file. Delete it (client.account.articles.file_delete({state.article_id}, "
                    f"{state.file_id})) and upload again.",
                    expected=state.md5,
                    actual=record.computed_md5.lower(),
                    file_id=state.file_id,
                    path=state.path,
                )
            sent.progress.set_phase("done")
            return _result(context, sent.local, state.file_id, state.md5, "resumed" if sent.resumed else "uploaded")
        remaining = deadline - context.clock()
        if remaining <= 0:
            waited = context.policy.processing_timeout
            raise ProcessingTimeoutError(
                f"Figshare has not reported file {state.file_id} ({state.name}) available with its md5 after "
                f"{waited:g} s (status {record.status!r}, computed_md5 {record.computed_md5!r}). Every part was "
                "sent and the file completed; run the upload again to keep waiting.",
                status=record.status,
                computed_md5=record.computed_md5,
                **state.where(),
            )
        yield from perform(Sleep(min(interval, remaining)))
        interval = min(interval * 2, context.policy.max_poll_interval)


# ---- helpers ----


def _same_file(existing: list[RemoteFile], local: LocalFile, md5: str) -> RemoteFile | None:
    """A completed file of the article with the local file's name, folder and md5."""
    for record in existing:
        if (
            record.name == local.name
            and record.folder_path == (local.folder_path or "")
            and record.completed
            and record.expected_md5 == md5
        ):
            return record
    return None


def _result(context: UploadContext, local: LocalFile, file_id: int, md5: str, status: UploadStatus) -> UploadedFile:
    return UploadedFile(context.article_id, file_id, local.name, local.folder_path, local.size, md5, status, local.path)


def _link_result(context: UploadContext, file_id: int, name: str, link: str, status: UploadStatus) -> UploadedFile:
    return UploadedFile(context.article_id, file_id, name, None, 0, "", status, link=link)
