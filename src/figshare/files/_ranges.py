"""How to treat the answer to a download request sent with ``Range: bytes=<offset>-``."""

from __future__ import annotations

import dataclasses
import re
from typing import Literal

import httpx

__all__ = ["BodyPlan", "plan_body", "plan_unsatisfiable"]

_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"bytes\s+\*/(\d+)", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class BodyPlan:
    action: Literal["append", "replace", "complete", "restart"]
    """``append`` the body to what is there; ``replace`` what is there with the body (the server sent the
    whole file); ``complete``: nothing more to read; ``restart``: drop what is there and ask again."""
    total: int | None
    """The size of the whole file, when the server said."""


def _length(headers: httpx.Headers) -> int | None:
    value = headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def plan_body(status_code: int, headers: httpx.Headers, offset: int) -> BodyPlan:
    """The plan for a 2xx answer to a request for the bytes from ``offset`` on."""
    if status_code == 206:
        match = _CONTENT_RANGE.fullmatch(headers.get("content-range", "").strip())
        if match is None or int(match.group(1)) != offset:
            return BodyPlan("restart", None)
        total = match.group(3)
        return BodyPlan("append", int(total) if total.isdigit() else None)
    length = _length(headers)
    return BodyPlan("replace" if offset else "append", length)


def plan_unsatisfiable(headers: httpx.Headers, offset: int) -> BodyPlan:
    """The plan after a 416: complete when the file has exactly ``offset`` bytes, else start again."""
    match = _UNSATISFIED_RANGE.fullmatch(headers.get("content-range", "").strip())
    if match is not None and int(match.group(1)) == offset:
        return BodyPlan("complete", offset)
    return BodyPlan("restart", None)
