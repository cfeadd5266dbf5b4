"""What the sync and async runtimes and the front ends (`Uploader`, `Downloader`) share: argument checks, the
cancellation of parallel jobs, the API values the driver builds, the handling of a response, and the plan for
the answer to a ranged download."""

from __future__ import annotations

import contextlib
import dataclasses
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal, TypeVar

import httpx

from figshare._http import parse_json
from figshare.errors import InvalidArgumentTypeError, ResponseParseError
from figshare.files._effects import FetchResult, InitiateLink, InitiateUpload
from figshare.files._errors import TransferInterrupted, UploadError
from figshare.files._partial import PartialDownload
from figshare.files._progress import FileProgress, ProgressBar, ProgressCallback
from figshare_api.models.file_creator import FileCreator
from figshare_api.types import UNSET

T = TypeVar("T")

MAX_REDIRECTS = 5
DOWNLOAD_HEADERS = {"Accept-Encoding": "identity"}
"""Ask for the bytes as stored: ``Range`` offsets then count file bytes, not compressed ones."""


class Stopped(Exception):
    """The job was stopped because another one failed or the run was interrupted."""


class Cancellation:
    """Shared by the jobs of one `RunConcurrently` (sync runtime): ``stop`` ends them between steps (and their
    sleeps); ``abort`` also cuts off bodies being sent or received."""

    def __init__(self, parent: Cancellation | None = None) -> None:
        self.stop = threading.Event()
        self.abort = threading.Event()
        self._parent = parent

    def stopped(self) -> bool:
        return self.stop.is_set() or (self._parent is not None and self._parent.stopped())

    def aborted(self) -> bool:
        return self.abort.is_set() or (self._parent is not None and self._parent.aborted())


def apply_plan(plan: BodyPlan, partial: PartialDownload, progress: FileProgress, filename: str | None) -> FetchResult:
    """Prepare the partial file for the body the plan describes (or raise to ask again from the start)."""
    if plan.action in ("restart", "replace"):
        partial.restart()
        progress.reset(0)
    if plan.action == "restart":
        raise TransferInterrupted("the server did not continue the file where it stopped; starting it again")
    return FetchResult(plan.total, filename)


def parsed(response: httpx.Response, parse: Callable[[Any], T], what: str) -> T:
    """Parse a JSON answer of the upload service; ResponseParseError if it is not JSON or not ``what``."""
    document = parse_json(response)
    try:
        return parse(document)
    except ValueError as error:
        raise ResponseParseError.from_response(
            response, f"the upload service's answer is not {what}: {error}"
        ) from None


def raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body as sent (no decoding); a response already read (such as a mocked one) gives its content."""
    if response.is_stream_consumed:
        return iter([response.content])
    return response.iter_raw()


async def araw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """`raw_chunks` for an async response."""
    if response.is_stream_consumed:
        yield response.content
        return
    async for chunk in response.aiter_raw():
        yield chunk


_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"bytes\s+\*/(\d+)", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class BodyPlan:
    action: Literal["append", "replace", "complete", "restart"]
    """``append`` the body to what is there; ``replace`` what is there with the body (the server sent the
    whole file); ``complete``: nothing more to read; ``restart``: drop what is there and ask again."""
    total: int | None
    """The size of the whole file, when the server said."""


def plan_body(status_code: int, headers: httpx.Headers, offset: int) -> BodyPlan:
    """The plan for a 2xx answer to a request for the bytes from ``offset`` on."""
    if status_code == 206:
        match = _CONTENT_RANGE.fullmatch(headers.get("content-range", "").strip())
        if match is None or int(match.group(1)) != offset:
            return BodyPlan("restart", None)
        total = match.group(3)
        return BodyPlan("append", int(total) if total.isdigit() else None)
    length = headers.get("content-length", "")
    return BodyPlan("replace" if offset else "append", int(length) if length.isdigit() else None)


def plan_unsatisfiable(headers: httpx.Headers, offset: int) -> BodyPlan:
    """The plan after a 416: complete when the file has exactly ``offset`` bytes, else start again."""
    match = _UNSATISFIED_RANGE.fullmatch(headers.get("content-range", "").strip())
    if match is not None and int(match.group(1)) == offset:
        return BodyPlan("complete", offset)
    return BodyPlan("restart", None)


def file_creator(effect: InitiateUpload | InitiateLink) -> FileCreator:
    if isinstance(effect, InitiateLink):
        return FileCreator(link=effect.link)
    return FileCreator(
        name=effect.name,
        size=effect.size,
        md5=effect.md5,
        folder_path=effect.folder_path if effect.folder_path is not None else UNSET,
    )


def file_id_from_location(location: object, article_id: int) -> int:
    """The new file's id: the last segment of the ``location`` Figshare answers with."""
    last = str(location or "").rstrip("/").rsplit("/", 1)[-1]
    if not last.isdigit():
        raise UploadError(
            f"Figshare created a file but its location {location!r} has no file id", article_id=article_id
        )
    return int(last)


ProgressOption = ProgressCallback | bool | None
"""A callback, True for a progress bar (needs ``rich``), or None / False for none."""


def progress_option(option: ProgressOption) -> ProgressOption:
    """``option`` if it is a `ProgressOption` (None, a bool or a callable); `InvalidArgumentTypeError` otherwise."""
    if option is None or isinstance(option, bool) or callable(option):
        return option
    raise InvalidArgumentTypeError(
        f"progress must be True, False, None or a callable, not {type(option).__name__}", argument="progress"
    )


@contextlib.contextmanager
def progress_callback(option: ProgressOption) -> Iterator[ProgressCallback | None]:
    """The callback to report to while a transfer runs (a progress bar is shown for the duration)."""
    if option is True:
        with ProgressBar() as bar:
            yield bar
    else:
        yield option or None  # False or None: no callback
