"""How large an OAI-PMH response may be: a whole page (read in chunks, refused as soon as it passes
``max_page_bytes``), and one text node or attribute in it (docs/limits-and-safety.md)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from lxml import etree

from figshare._validate import optional_byte_count, whole_number
from figshare.oai._errors import OAIResponseTooLargeError

DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024
"""32 MiB: a page of 100 Figshare records is 0.1 to 2 MiB."""
LIBXML_TEXT_LIMIT = 10_000_000
"""libxml2's own limit on one text node or attribute value (without ``huge_tree``)."""


@dataclass(frozen=True, slots=True)
class PageLimits:
    """The caps of one client (see the module docstring)."""

    max_page_bytes: int | None = DEFAULT_MAX_PAGE_BYTES
    max_text_bytes: int = LIBXML_TEXT_LIMIT

    @classmethod
    def checked(cls, max_page_bytes: int | None, max_text_bytes: int) -> PageLimits:
        """The limits, checked (ValueError or TypeError naming the argument); ``max_page_bytes=None`` is no
        limit on the page."""
        page = optional_byte_count(max_page_bytes, "max_page_bytes")
        return cls(page, whole_number(max_text_bytes, "max_text_bytes", minimum=1, maximum=LIBXML_TEXT_LIMIT))


class PageBuffer:
    """The (decoded) body of one streamed page, chunk by chunk, refused once it passes ``max_page_bytes``.

    Args:
        response: the streamed response (its ``Content-Length``, when larger than the limit, refuses it at once).
        limit: ``max_page_bytes``, None for no limit.

    Raises:
        OAIResponseTooLargeError: the page is declared, or grows, larger than ``limit``.
    """

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        self._url = str(response.request.url)
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0
        declared = response.headers.get("content-length", "")
        if limit is not None and declared.isdigit() and int(declared) > limit:
            raise self._too_large(f"Content-Length {declared}")

    def add(self, chunk: bytes) -> None:
        """Append a chunk (raises ``OAIResponseTooLargeError`` when the page passes the limit)."""
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            raise self._too_large(f"{self._size:,} bytes read so far")
        self._chunks.append(chunk)

    def body(self) -> bytes:
        """The page's bytes."""
        return b"".join(self._chunks)

    def _too_large(self, how: str) -> OAIResponseTooLargeError:
        return OAIResponseTooLargeError(
            f"the OAI-PMH page is larger than max_page_bytes={self._limit:,} ({how}); refused without reading the rest",
            setting="max_page_bytes",
            limit=self._limit or 0,
            url=self._url,
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


def check_text_sizes(element: etree._Element, limit: int, url: str) -> None:
    """Raise when a text, tail or attribute value under ``element`` is longer than ``limit`` characters."""
    for node in element.iter():
        for value in (node.text, node.tail):
            if value is not None and len(value) > limit:
                raise text_too_large(limit, url, "text node")
        for value in node.attrib.values():
            if len(value) > limit:
                raise text_too_large(limit, url, "attribute value")
