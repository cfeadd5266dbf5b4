"""The vocabulary between the transfer protocols and their sync and async drivers.

The upload and download logic (what to send, what to skip, when to retry, wait, reset or give up) is written
once, as generators that *yield* effects -- "PUT this part", "sleep 2 s" -- and receive each effect's result
(or have its exception thrown in). `figshare.files._sync_runtime` performs effects with `httpx.Client`
and threads, `figshare.files._async_runtime` with `httpx.AsyncClient` and tasks. Tests can drive a
protocol with a list of scripted results.

``result = yield from perform(GetPart(url, 3))`` gives ``result`` the effect's result type.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from figshare.files._deadline import TransferLimits
from figshare.files._partial import PartialDownload, TargetLock
from figshare.files._progress import FileProgress
from figshare.files._records import ArticleRef, RemoteFile, UploadInfo, UploadPart

R = TypeVar("R")
T = TypeVar("T")


class Effect(Generic[R]):
    """Something a protocol asks its driver to do; the driver sends back an ``R`` or throws an exception."""

    __slots__ = ()


Steps = Generator[Effect[Any], Any, T]
"""A protocol run that ends with a ``T``."""


def perform(effect: Effect[R]) -> Generator[Effect[Any], Any, R]:
    """Yield one effect and return its result, typed."""
    result: R = yield effect
    return result


# ---- common ----


@dataclasses.dataclass(frozen=True)
class Sleep(Effect[None]):
    seconds: float


@dataclasses.dataclass(frozen=True)
class HashFile(Effect[str]):
    """The hex md5 of a local file, read in chunks."""

    path: Path


@dataclasses.dataclass(frozen=True)
class RunConcurrently(Effect[list[Any]]):
    """Run protocol jobs with at most ``limit`` at a time; the results in the order of ``jobs``.

    On the first failure no new job starts and the failure is raised once running jobs ended."""

    jobs: Sequence[Steps[Any]]
    limit: int


# ---- REST API (authenticated, through the client's typed resources) ----


@dataclasses.dataclass(frozen=True)
class _OfArticle(Effect[R]):
    article_id: int
    private: bool
    version: int | None = None


class ListFiles(_OfArticle[list[RemoteFile]]):
    """Every file of an article: the owner's view (``private``) or the public one (of ``version``)."""


class GetArticle(_OfArticle[ArticleRef]):
    """An article: the owner's view (``private``) or the public one (of ``version``)."""


@dataclasses.dataclass(frozen=True)
class FindArticlesByDoi(Effect[list[ArticleRef]]):
    doi: str


@dataclasses.dataclass(frozen=True)
class InitiateUpload(Effect[int]):
    """Create a file record for upload; its id."""

    article_id: int
    name: str
    size: int
    md5: str
    folder_path: str | None


@dataclasses.dataclass(frozen=True)
class InitiateLink(Effect[int]):
    """Create a link-only file; its id."""

    article_id: int
    link: str


@dataclasses.dataclass(frozen=True)
class _OfOwnFile(Effect[R]):
    article_id: int
    file_id: int


class GetOwnFile(_OfOwnFile[RemoteFile]):
    """A file of one of the account's articles."""


class CompleteUpload(_OfOwnFile[None]):
    """Tell Figshare every part of the file was sent."""


class DeleteOwnFile(_OfOwnFile[None]):
    """Delete a file of one of the account's articles."""


# ---- upload service ----


@dataclasses.dataclass(frozen=True)
class _OfUpload(Effect[R]):
    upload_url: str


class GetUploadInfo(_OfUpload[UploadInfo]):
    """The upload service's view of the upload: its parts and their byte ranges."""


@dataclasses.dataclass(frozen=True)
class _OfPart(_OfUpload[R]):
    part_no: int


class GetPart(_OfPart[UploadPart]):
    """The upload service's view of one part."""


@dataclasses.dataclass(frozen=True)
class PutPart(_OfUpload[None]):
    """Send the part's byte range of ``path``, streamed, reported to ``progress`` as it goes."""

    part: UploadPart
    path: Path
    progress: FileProgress
    limits: TransferLimits


class ResetPart(_OfPart[None]):
    """``DELETE <upload_url>/<part_no>``: clear a stale lock and the part's data."""


# ---- downloads ----


@dataclasses.dataclass(frozen=True)
class FetchResult:
    """What one download attempt found out."""

    total_size: int | None
    """The full size the server announced (``Content-Range`` total or ``Content-Length``), if any."""
    filename: str | None
    """The file name of ``Content-Disposition``, unchecked, if any."""


@dataclasses.dataclass(frozen=True)
class Fetch(Effect[FetchResult]):
    """GET ``url`` and append the body to ``partial`` from its current length (with ``Range`` when it is not
    empty; a server that ignores ``Range`` restarts the partial file). Redirects are followed without
    credentials for untrusted hosts."""

    url: str
    params: tuple[tuple[str, str], ...]
    partial: PartialDownload
    progress: FileProgress
    limits: TransferLimits


@dataclasses.dataclass(frozen=True)
class OpenPartial(Effect[PartialDownload]):
    """Open (or create) the temporary file next to ``final_path``, continuing one left by an earlier run
    when ``resume`` is true."""

    temp_path: Path
    resume: bool


@dataclasses.dataclass(frozen=True)
class LockTarget(Effect[TargetLock | None]):
    """Take the lock file of one download target; None while another download holds it."""

    lock_path: Path


@dataclasses.dataclass(frozen=True)
class CommitPartial(Effect[None]):
    """Close the complete temporary file and rename it to ``final_path`` atomically."""

    partial: PartialDownload
    final_path: Path
