"""Safe XML parsers for OAI-PMH responses (how pages are fed to them: ``_page``), and how large a response may be.

The parsers never load DTDs, never touch the network, never substitute entities and keep libxml2's limits on (no
``huge_tree``): libxml2 stops entity amplification (billion laughs) by itself, and a document that declares
any DTD is refused outright, since OAI-PMH responses never have one. A whole page is read in chunks and refused
as soon as it passes ``max_page_bytes``; one text node or attribute, past ``max_text_bytes``
(docs/limits-and-safety.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from lxml import etree

from figshare._validate import optional_byte_count, whole_number
from figshare.oai._errors import OAIResponseError, OAIResponseTooLargeError, UnsafeXMLError

OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/"
FEED_SIZE = 1024 * 1024
"""Bytes handed to the parser at a time: a page up to this size is parsed in one go, larger ones in slices."""
_EXCERPT_BYTES = 500
DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024
"""32 MiB: a page of 100 Figshare records is 0.1 to 2 MiB."""
LIBXML_TEXT_LIMIT = 10_000_000
"""libxml2's own limit on one text node or attribute value (without ``huge_tree``)."""


def oai_tag(name: str) -> str:
    """The Clark notation of an element of the OAI-PMH namespace, e.g. ``{...OAI/2.0/}record``."""
    return f"{{{OAI_NAMESPACE}}}{name}"


_SAFE: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
    "collect_ids": False,
}
"""Every unsafe feature of libxml2 off (see the module docstring)."""


def new_tree_parser() -> etree.XMLParser:
    """A feed parser building the whole tree, with every unsafe feature off."""
    parser: etree.XMLParser = etree.XMLParser(**_SAFE)
    return parser


def new_pull_parser(tags: Sequence[str]) -> etree.XMLPullParser:
    """A pull parser reporting the end of the given elements, with the same settings as ``new_tree_parser``."""
    return etree.XMLPullParser(events=("end",), tag=list(tags), **_SAFE)


def check_no_doctype(element: etree._Element, *, url: str, body: bytes) -> None:
    """Refuse a document that declares a DTD (the only place entities can come from)."""
    if element.getroottree().docinfo.doctype:
        raise response_error(
            "refusing an XML document that declares a DTD (<!DOCTYPE>): OAI-PMH responses never have one, "
            "and DTDs are how entity-expansion and external-entity attacks work",
            url=url,
            body=body,
            unsafe=True,
        )


def syntax_error(error: etree.XMLSyntaxError, *, url: str, body: bytes, at_end: bool) -> OAIResponseError:
    """The typed error for a parse failure; ``at_end`` when it surfaced only once the body was over."""
    reason = error.msg or str(error)
    if "amplification" in reason or "entity" in reason.lower():
        return response_error(f"refusing XML with entity declarations: {reason}", url=url, body=body, unsafe=True)
    if error.code in (etree.ErrorTypes.ERR_RESOURCE_LIMIT, etree.ErrorTypes.ERR_NAME_TOO_LONG):
        return text_too_large(LIBXML_TEXT_LIMIT, url, "text node, attribute or name", body)
    if not body.strip():
        return response_error("the OAI-PMH response body is empty", url=url, body=body)
    if at_end:
        return response_error(
            f"the OAI-PMH response ended before its XML was complete (a truncated page?): {reason}",
            url=url,
            body=body,
        )
    line, column = error.position
    return response_error(
        f"the OAI-PMH response is not well-formed XML (line {line}, column {column}): {reason}", url=url, body=body
    )


def response_error(message: str, *, url: str, body: bytes, unsafe: bool = False) -> OAIResponseError:
    """An ``OAIResponseError`` (``UnsafeXMLError`` when ``unsafe``) for the GET of ``url`` that returned ``body``."""
    error_class = UnsafeXMLError if unsafe else OAIResponseError
    return error_class(message, method="GET", url=url, body_excerpt=body[:_EXCERPT_BYTES].decode("utf-8", "replace"))


@dataclass(frozen=True, slots=True)
class PageLimits:
    """The caps of one client (see the module docstring), checked when made (ValueError or TypeError naming the
    setting); ``max_page_bytes=None`` is no limit on the page."""

    max_page_bytes: int | None = DEFAULT_MAX_PAGE_BYTES
    max_text_bytes: int = LIBXML_TEXT_LIMIT

    def __post_init__(self) -> None:
        optional_byte_count(self.max_page_bytes, "max_page_bytes")
        whole_number(self.max_text_bytes, "max_text_bytes", minimum=1, maximum=LIBXML_TEXT_LIMIT)


class PageBuffer:
    """The (decoded) body of one streamed page, chunk by chunk: ``OAIResponseTooLargeError`` as soon as its
    ``Content-Length`` or what was read passes ``limit`` (``max_page_bytes``, None for no limit)."""

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
