"""What the sync and async runtimes do alike around a response."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import httpx

from figshare._http import parse_json
from figshare.errors import ResponseParseError

from ._effects import FetchResult
from ._partial import PartialDownload
from ._progress import FileProgress
from ._ranges import BodyPlan
from ._transient import TransferInterrupted

__all__ = ["DOWNLOAD_HEADERS", "MAX_REDIRECTS", "apply_plan", "araw_chunks", "interrupted", "parsed", "raw_chunks"]

T = TypeVar("T")

MAX_REDIRECTS = 5
DOWNLOAD_HEADERS = {"Accept-Encoding": "identity"}
"""Ask for the bytes as stored: ``Range`` offsets then count file bytes, not compressed ones."""


def apply_plan(plan: BodyPlan, partial: PartialDownload, progress: FileProgress, filename: str | None) -> FetchResult:
    """Prepare the partial file for the body the plan describes (or raise to ask again from the start)."""
    if plan.action == "restart":
        partial.restart()
        progress.reset(0)
        raise TransferInterrupted("the server did not continue the file where it stopped; starting it again")
    if plan.action == "replace":
        partial.restart()
        progress.reset(0)
    return FetchResult(plan.total, filename)


def interrupted(error: httpx.TransportError) -> TransferInterrupted:
    return TransferInterrupted(f"the transfer was interrupted: {type(error).__name__}: {error}")


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
