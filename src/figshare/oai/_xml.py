"""Safe XML parsers for OAI-PMH responses (how pages are fed to them: ``_page``).

They never load DTDs, never touch the network, never substitute entities and keep libxml2's limits on (no
``huge_tree``): libxml2 stops entity amplification (billion laughs) by itself, and a document that declares
any DTD is refused outright, since OAI-PMH responses never have one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from figshare.oai._errors import OAIResponseError, UnsafeXMLError
from figshare.oai._limits import LIBXML_TEXT_LIMIT, text_too_large

OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/"
FEED_SIZE = 1024 * 1024
"""Bytes handed to the parser at a time: a page up to this size is parsed in one go, larger ones in slices."""
_EXCERPT_BYTES = 500


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
