"""Download files by file id, article id (all files or the zip) or DOI: resolve, stream, resume, verify
(docs/files.md says how). Names come from the server, so every one is checked to stay inside the destination.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TypedDict

from figshare._validate import flag, path_id, path_text, show, text
from figshare.errors import InvalidArgumentError, NotFoundError
from figshare.files._deadline import TransferLimits
from figshare.files._doi import doi_version, normalise_doi, trailing_id, unversioned
from figshare.files._effects import (
    CommitPartial,
    Fetch,
    FetchResult,
    FindArticlesByDoi,
    GetArticle,
    HashFile,
    ListFiles,
    LockTarget,
    OpenPartial,
    RunConcurrently,
    Sleep,
    Steps,
    perform,
)
from figshare.files._errors import (
    TRANSIENT_ERRORS,
    ChecksumMismatchError,
    DestinationExistsError,
    DownloadError,
    DownloadInProgressError,
    TransferInterrupted,
)
from figshare.files._partial import PartialDownload, TargetLock, lock_path, temporary_path
from figshare.files._paths import content_disposition_name, inside_destination, portable_name, safe_relative_path
from figshare.files._progress import FileProgress, ProgressReporter
from figshare.files._records import ArticleRef, DownloadedFile, DownloadStatus, RemoteFile

logger = logging.getLogger("figshare.files")

_MD5 = re.compile(r"[0-9a-fA-F]{32}")


class DownloadTarget(TypedDict, total=False):
    """The keyword arguments of `Downloader.download` and `Figshare.download` (and their async twins) that say what to
    download, besides ``file_id``."""

    article_id: int | None
    doi: str | None
    version: int | None
    private_link: str | None
    as_zip: bool
    md5: str | None


@dataclasses.dataclass(frozen=True)
class DownloadSelection:
    """What to download: one of ``file_id``, ``article_id`` or ``doi`` (``file_id`` may narrow an article)."""

    file_id: int | None = None
    article_id: int | None = None
    doi: str | None = None
    version: int | None = None
    private_link: str | None = None
    as_zip: bool = False
    md5: str | None = None

    def check(self) -> None:
        """Refuse, before any request, a value of the wrong type (`InvalidArgumentTypeError`), a bad value or a
        combination that does not name one thing to download (`InvalidArgumentError`), naming the argument."""
        for name in ("file_id", "article_id", "version"):
            if (value := getattr(self, name)) is not None:
                path_id(value, name)
        if self.doi is not None:
            doi = text(self.doi, "doi")  # before the try: InvalidArgumentTypeError is a ValueError too
            try:
                normalise_doi(doi)
            except ValueError as error:
                raise InvalidArgumentError(f"doi: {error}", argument="doi") from None
        if self.private_link is not None:
            path_text(self.private_link, "private_link")
        flag(self.as_zip, "as_zip")
        if self.md5 is not None and not _MD5.fullmatch(text(self.md5, "md5")):
            raise InvalidArgumentError(f"md5 must be 32 hexadecimal digits, got {show(self.md5)}", argument="md5")
        self._check_combination()

    def _check_combination(self) -> None:
        if self.file_id is None and self.article_id is None and self.doi is None:
            raise InvalidArgumentError("say what to download: a file id, article_id= or doi=", argument="file_id")
        if self.doi is not None and (self.article_id is not None or self.version is not None):
            raise InvalidArgumentError(
                "a DOI names its article and version: do not pass article_id= or version= with it", argument="doi"
            )
        if self.version is not None and self.article_id is None:
            raise InvalidArgumentError("version= needs article_id=", argument="version")
        if self.as_zip and self.file_id is not None:
            raise InvalidArgumentError("as_zip= downloads a whole article, not a file", argument="as_zip")
        by_file_id_alone = self.file_id is not None and self.article_id is None and self.doi is None
        if self.private_link is not None and not by_file_id_alone:
            raise InvalidArgumentError(
                "private_link= works with a file id alone (the API cannot list a private link's files)",
                argument="private_link",
            )
        if self.md5 is not None and not by_file_id_alone:
            raise InvalidArgumentError(
                "md5= is for a file id alone; article files are checked against Figshare's md5", argument="md5"
            )


@dataclasses.dataclass(frozen=True)
class DownloadPolicy:
    """The options of a `Downloader` (its Args say what each means)."""

    concurrency: int
    overwrite: bool
    resume: bool
    max_attempts: int
    lock_wait: float
    limits: TransferLimits
    lock_poll: float = 0.2
    """Seconds between looks at the lock of a file another process is downloading."""


@dataclasses.dataclass(frozen=True)
class DownloadContext:
    api: str
    authenticated: bool
    destination: Path
    policy: DownloadPolicy
    reporter: ProgressReporter
    backoff: Callable[[int], float]


@dataclasses.dataclass(frozen=True)
class _Target:
    url: str
    display_name: str
    relative_path: PurePosixPath | None
    """None: named by the response's ``Content-Disposition``, else ``fallback_name``."""
    fallback_name: str
    temp_key: str
    params: tuple[tuple[str, str], ...] = ()
    remote_name: str | None = None
    """The name (with its folder) the server gave, when the local name differs from it."""
    file_id: int | None = None
    size: int | None = None
    md5: str = ""
    resumable: bool = True
    """Whether a temporary file of an earlier run may be continued (file contents never change)."""

    def result(self, path: Path, size: int, md5: str, status: DownloadStatus) -> DownloadedFile:
        return DownloadedFile(path, size, md5, bool(self.md5), status, self.file_id, self.remote_name)


def download(context: DownloadContext, selection: DownloadSelection) -> Steps[list[DownloadedFile]]:
    """Download what ``selection`` names (checked by the caller) into the destination, in listing order."""
    targets = yield from _targets(context, selection)
    _check_distinct(targets)
    jobs = [_download_one(context, target) for target in targets]
    results: list[DownloadedFile] = yield from perform(RunConcurrently(jobs, context.policy.concurrency))
    return results


# ---- what to fetch ----


def _targets(context: DownloadContext, selection: DownloadSelection) -> Steps[list[_Target]]:
    article_id, version = selection.article_id, selection.version
    known: ArticleRef | None = None
    if selection.doi is not None:
        article_id, version, known = yield from resolve_doi(selection.doi)
    if article_id is None:
        assert selection.file_id is not None
        return [_file_by_id(context, selection.file_id, selection)]
    if selection.as_zip:
        return [(yield from _zip(context, article_id, version))]
    article, files = yield from _article_files(context, article_id, version, known)
    if selection.file_id is not None:
        files = [record for record in files if record.id == selection.file_id]
        if not files:
            raise DownloadError(f"article {article_id} has no file {selection.file_id}", file_id=selection.file_id)
    targets = []
    for record in files:
        if record.is_link_only:
            logger.info("not downloading %s: a link-only file (%s)", record.name, record.download_url)
            continue
        folder = record.folder_path or article.folder_structure.get(record.id, "")
        relative = safe_relative_path(folder, record.name, file_id=record.id)
        remote = "/".join([*(segment for segment in folder.split("/") if segment), record.name])
        targets.append(
            _Target(
                url=f"{context.api}/file/download/{record.id}",
                display_name=str(relative),
                relative_path=relative,
                fallback_name=record.name,
                temp_key=str(record.id),
                remote_name=remote if remote != str(relative) else None,
                file_id=record.id,
                size=record.size,
                md5=record.expected_md5,
            )
        )
    return targets


def _file_by_id(context: DownloadContext, file_id: int, selection: DownloadSelection) -> _Target:
    return _Target(
        url=f"{context.api}/file/download/{file_id}",
        display_name=f"file {file_id}",
        relative_path=None,
        fallback_name=f"file_{file_id}",
        temp_key=str(file_id),
        params=(("private_link", selection.private_link),) if selection.private_link else (),
        file_id=file_id,
        md5=(selection.md5 or "").lower(),
    )


def _zip(context: DownloadContext, article_id: int, version: int | None) -> Steps[_Target]:
    if version is not None:
        url, name = f"{context.api}/articles/{article_id}/versions/{version}/download", f"{article_id}_v{version}.zip"
    else:
        url, name = f"{context.api}/articles/{article_id}/download", f"{article_id}.zip"
        if context.authenticated:
            with contextlib.suppress(NotFoundError):
                yield from perform(GetArticle(article_id, private=True))
                url = f"{context.api}/account/articles/{article_id}/download"
    return _Target(url, name, PurePosixPath(name), name, temp_key=f"article-{article_id}", resumable=False)


def _article_files(
    context: DownloadContext, article_id: int, version: int | None, known: ArticleRef | None
) -> Steps[tuple[ArticleRef, list[RemoteFile]]]:
    """The article's files: the owner's view when the client is authenticated and owns it, else public (of
    ``version``). ``known``: the public article (version), if it was read already."""
    if known is None and version is None and context.authenticated:
        with contextlib.suppress(NotFoundError):
            article = yield from perform(GetArticle(article_id, private=True))
            return article, (yield from perform(ListFiles(article_id, private=True)))
    if known is None:
        known = yield from perform(GetArticle(article_id, private=False, version=version))
    return known, (yield from perform(ListFiles(article_id, private=False, version=version)))


def _check_distinct(targets: list[_Target]) -> None:
    """Refuse two files that would be saved under one name, also one that differs only in letter case:
    macOS and Windows file systems ignore case, so ``Data.csv`` would overwrite ``data.csv`` there (refused on
    every system, as local names are the same on every system)."""
    seen: dict[str, _Target] = {}
    for target in targets:
        if target.relative_path is None:
            continue
        other = seen.setdefault(str(target.relative_path).casefold(), target)
        if other is not target:
            where = (
                f"would both be saved as {target.relative_path}"
                if other.relative_path == target.relative_path
                else f"would be saved as {other.relative_path} and {target.relative_path}, one file on file "
                "systems that ignore letter case (macOS, Windows)"
            )
            raise DownloadError(
                f"files {other.file_id} and {target.file_id} {where}; download them one at a time by file id, "
                "into different folders",
                file_id=target.file_id,
            )


# ---- one file ----


def _download_one(context: DownloadContext, target: _Target) -> Steps[DownloadedFile]:
    progress = FileProgress(context.reporter, "download", target.display_name, target.size)
    final = None
    if target.relative_path is not None:
        final = inside_destination(context.destination, target.relative_path, file_id=target.file_id)
        if target.remote_name is not None:
            logger.info("saving %r as %r (a safe, portable local name)", target.remote_name, str(target.relative_path))
    temp = temporary_path(final or context.destination / target.fallback_name, target.temp_key)
    lock = yield from _lock(context, target, lock_path(temp))
    try:
        return (yield from _download_locked(context, target, progress, final, temp))
    finally:
        lock.release()


def _lock(context: DownloadContext, target: _Target, path: Path) -> Steps[TargetLock]:
    """The target's lock, waiting while another download (in any process) holds it."""
    waited = 0.0
    while True:
        lock = yield from perform(LockTarget(path))
        if lock is not None:
            return lock
        if waited >= context.policy.lock_wait:
            raise DownloadInProgressError(
                f"{target.display_name} is already being downloaded to {path.parent} by another process (its "
                f"lock file {path.name} is held); waited {waited:g} s",
                file_id=target.file_id,
                path=str(path.parent),
            )
        if not waited:
            logger.info("%s is being downloaded by another process; waiting for it", target.display_name)
        yield from perform(Sleep(context.policy.lock_poll))
        waited += context.policy.lock_poll


def _download_locked(
    context: DownloadContext, target: _Target, progress: FileProgress, final: Path | None, temp: Path
) -> Steps[DownloadedFile]:
    if final is not None:
        existing = yield from _existing(context, target, final, progress)
        if existing is not None:
            return existing
    resume = context.policy.resume and target.resumable
    while True:
        partial = yield from perform(OpenPartial(temp, resume=resume))
        partial.size = target.size
        try:
            return (yield from _fetch_verified(context, target, partial, progress, final))
        except _RetryFromScratch as retry:
            logger.info("%s: %s; downloading it again from the start", target.display_name, retry)
            resume = False
        except BaseException:
            if not target.resumable or not partial.length:
                partial.discard()
            raise
        finally:
            partial.close()


class _RetryFromScratch(Exception):
    """The bytes continued from an earlier run's temporary file did not verify."""


def _fetch_verified(
    context: DownloadContext, target: _Target, partial: PartialDownload, progress: FileProgress, final: Path | None
) -> Steps[DownloadedFile]:
    result = yield from _fetch(context, target, partial, progress)
    progress.set_phase("verifying")
    digest = partial.hexdigest()
    if final is None:
        remote = content_disposition_name(result.filename) or target.fallback_name
        if (name := portable_name(remote)) != remote:  # reported as for an article's files
            target = dataclasses.replace(target, remote_name=remote)
            logger.info("saving %r as %r (a safe, portable local name)", remote, name)
        final = inside_destination(context.destination, PurePosixPath(name), file_id=target.file_id)
        existing = yield from _existing(context, target, final, progress, downloaded_md5=digest)
        if existing is not None:
            partial.discard()
            return existing
    expected_size = target.size if target.size is not None else result.total_size
    problem = None
    if expected_size is not None and partial.length != expected_size:
        problem = f"got {partial.length} bytes, expected {expected_size}"
    elif target.md5 and digest != target.md5:
        problem = f"the md5 of the downloaded bytes is {digest}, expected {target.md5}"
    if problem is not None:
        partial.discard()
        if partial.resumed_from:
            raise _RetryFromScratch(problem)
        raise ChecksumMismatchError(
            f"{target.display_name}: {problem}; nothing was kept",
            expected=target.md5,
            actual=digest,
            file_id=target.file_id,
            path=str(final),
        )
    yield from perform(CommitPartial(partial, final))
    progress.set_phase("done")
    return target.result(final, partial.length, digest, "resumed" if partial.resumed_from else "downloaded")


def _existing(
    context: DownloadContext,
    target: _Target,
    final: Path,
    progress: FileProgress,
    *,
    downloaded_md5: str = "",
) -> Steps[DownloadedFile | None]:
    """A result when ``final`` already holds the expected bytes (Figshare's md5, else the md5 of the bytes
    just downloaded); None when it is free (or may be replaced)."""
    if not final.exists() and not final.is_symlink():
        return None
    expected = target.md5 or downloaded_md5
    if final.is_file() and expected:
        try:
            digest = yield from perform(HashFile(final))
            size = final.stat().st_size
        except OSError as error:
            raise DownloadError(
                f"cannot read the existing file {final}: {error.strerror or error}", file_id=target.file_id
            ) from error
        if digest == expected:
            progress.set_phase("skipped")
            return target.result(final, size, digest, "skipped")
    replaceable = final.is_file() or final.is_symlink()  # a symlink is replaced, never written through
    if replaceable and context.policy.overwrite:
        return None
    reason = "holds other content" if expected else "exists and its content cannot be checked"
    advice = "pass overwrite=True to replace it" if replaceable else "it is not a file, so it is never replaced"
    raise DestinationExistsError(f"{final} {reason}; {advice}", file_id=target.file_id, path=str(final))


def _fetch(
    context: DownloadContext, target: _Target, partial: PartialDownload, progress: FileProgress
) -> Steps[FetchResult]:
    """Fetch until the whole body arrived, continuing after interruptions."""
    failures = 0
    while True:
        progress.reset(partial.length)
        try:
            result = yield from perform(Fetch(target.url, target.params, partial, progress, context.policy.limits))
            if result.total_size is not None and partial.length < result.total_size and not partial.overflowing():
                raise TransferInterrupted(f"the body ended after {partial.length} of {result.total_size} bytes")
            return result
        except TRANSIENT_ERRORS as failed:
            error = failed
        failures += 1
        if failures >= context.policy.max_attempts:
            raise DownloadError(
                f"{target.display_name}: the download failed {failures} times; last error: {error}",
                file_id=target.file_id,
            ) from error
        yield from perform(Sleep(context.backoff(failures - 1)))


def resolve_doi(text: str) -> Steps[tuple[int, int | None, ArticleRef | None]]:
    """The article id and version (None: the latest) that a DOI names, and the article (version) when it was
    read on the way; DownloadError if no article has the DOI."""
    doi = normalise_doi(text)
    base = unversioned(doi)
    version = doi_version(doi)
    if (article_id := trailing_id(doi)) is not None:
        with contextlib.suppress(NotFoundError):
            article = yield from perform(GetArticle(article_id, private=False, version=version))
            if unversioned(article.doi.lower()) == base:
                return article_id, version, article
    for found in (yield from perform(FindArticlesByDoi(doi))):
        if unversioned(found.doi.lower()) == base:
            return found.id, version, None
    raise DownloadError(f"no public Figshare article has the DOI {doi}" + (f" (version {version})" if version else ""))
