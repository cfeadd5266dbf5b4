"""How large an OAI-PMH response may be: a whole page, and one text node or attribute in it.

A page is read from the network in chunks and refused (``OAIResponseTooLargeError``) as soon as it passes
``max_page_bytes`` (or at once when its ``Content-Length`` says it will), so a 1 GB page costs at most that
much memory and the time to read it. One text node or attribute is capped by libxml2 itself at
``LIBXML_TEXT_LIMIT`` bytes at no cost; a smaller ``max_text_bytes`` is checked on each item after parsing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
from lxml import etree

from figshare.oai._errors import OAIResponseTooLargeError

__all__ = [
    "DEFAULT_MAX_PAGE_BYTES",
    "LIBXML_TEXT_LIMIT",
    "PageLimits",
    "aread_page",
    "check_text_sizes",
    "read_page",
    "text_too_large",
]

DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024
"""32 MiB: a page of 100 Figshare records is 0.1 to 2 MiB."""
LIBXML_TEXT_LIMIT = 10_000_000
"""libxml2's own limit on one text node or attribute value (without ``huge_tree``)."""


def _checked_size(name: str, value: object, *, upper: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int (bytes), not {type(value).__name__}")
    if value < 1 or (upper is not None and value > upper):
        bound = f" and at most {upper:,}" if upper is not None else ""
        raise ValueError(f"{name} must be at least 1{bound}, not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class PageLimits:
    """The caps of one client (see the module docstring)."""

    max_page_bytes: int | None = DEFAULT_MAX_PAGE_BYTES
    max_text_bytes: int = LIBXML_TEXT_LIMIT

    @classmethod
    def checked(cls, max_page_bytes: int | None, max_text_bytes: int) -> PageLimits:
        """The limits, checked (ValueError or TypeError naming the argument); ``max_page_bytes=None`` is no
        limit on the page."""
        page = None if max_page_bytes is None else _checked_size("max_page_bytes", max_page_bytes)
        return cls(page, _checked_size("max_text_bytes", max_text_bytes, upper=LIBXML_TEXT_LIMIT))


def _page_too_large(limit: int, url: str, how: str) -> OAIResponseTooLargeError:
    return OAIResponseTooLargeError(
        f"the OAI-PMH page is larger than max_page_bytes={limit:,} ({how}); refused without reading the rest",
        setting="max_page_bytes",
        limit=limit,
        url=url,
    )


def text_too_large(limit: int, url: str, what: str, body: bytes = b"") -> OAIResponseTooLargeError:
    """The error for a text node or attribute over ``limit``."""
    return OAIResponseTooLargeError(
        f"a {what} in the OAI-PMH response is longer than max_text_bytes={limit:,}",
        setting="max_text_bytes",
        limit=limit,
        url=url,
        body_excerpt=body[:500].decode("utf-8", "replace"),
    )


def _declared_too_large(response: httpx.Response, limit: int | None) -> bool:
    declared = response.headers.get("content-length", "")
    return limit is not None and declared.isdigit() and int(declared) > limit


def _collect(chunks: list[bytes], chunk: bytes, size: int, limit: int | None, url: str) -> int:
    size += len(chunk)
    if limit is not None and size > limit:
        raise _page_too_large(limit, url, f"{size:,} bytes read so far")
    chunks.append(chunk)
    return size


def read_page(response: httpx.Response, limits: PageLimits) -> bytes:
    """The (decoded) body of a streamed response, refused once it passes ``max_page_bytes``."""
    url = str(response.request.url)
    if _declared_too_large(response, limits.max_page_bytes):
        raise _page_too_large(limits.max_page_bytes or 0, url, f"Content-Length {response.headers['content-length']}")
    chunks: list[bytes] = []
    size = 0
    source: Iterator[bytes] = response.iter_bytes()
    for chunk in source:
        size = _collect(chunks, chunk, size, limits.max_page_bytes, url)
    return b"".join(chunks)


async def aread_page(response: httpx.Response, limits: PageLimits) -> bytes:
    """`read_page` for an async response."""
    url = str(response.request.url)
    if _declared_too_large(response, limits.max_page_bytes):
        raise _page_too_large(limits.max_page_bytes or 0, url, f"Content-Length {response.headers['content-length']}")
    chunks: list[bytes] = []
    size = 0
    source: AsyncIterator[bytes] = response.aiter_bytes()
    async for chunk in source:
        size = _collect(chunks, chunk, size, limits.max_page_bytes, url)
    return b"".join(chunks)


def check_text_sizes(element: etree._Element, limit: int, url: str) -> None:
    """Raise when a text, tail or attribute value under ``element`` is longer than ``limit`` characters."""
    for node in element.iter():
        for value in (node.text, node.tail):
            if value is not None and len(value) > limit:
                raise text_too_large(limit, url, "text node")
        for value in node.attrib.values():
            if len(value) > limit:
                raise text_too_large(limit, url, "attribute value")
