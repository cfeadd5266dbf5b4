"""Simple Dublin Core (``oai_dc``) as a typed record.

Dublin Core's fifteen elements are read by their local name, whatever namespace the service binds them to:
the standard ``http://purl.org/dc/elements/1.1/`` or, as Figshare does, ``http://purl.org/dc/terms/``.
Figshare stores titles and descriptions as HTML, and some arrive with their entities escaped once more than
XML needs (``&amp;amp;``); those entities are decoded, the HTML markup itself is kept.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, fields

from lxml import etree


@dataclass(slots=True)
class DublinCore:
    """The fifteen Dublin Core elements of one record, each a tuple of its values in document order.

    One returned by ``parse_dublin_core`` reads each element from the XML the first time it is asked for (a
    harvest that reads only titles does not pay for the rest); it compares and prints like any other.
    """

    title: tuple[str, ...] = ()
    creator: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    description: tuple[str, ...] = ()
    publisher: tuple[str, ...] = ()
    contributor: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    format: tuple[str, ...] = ()
    identifier: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    relation: tuple[str, ...] = ()
    coverage: tuple[str, ...] = ()
    rights: tuple[str, ...] = ()
    _element: etree._Element | None = field(default=None, init=False, repr=False, compare=False)

    def as_dict(self) -> dict[str, list[str]]:
        """The elements that have values, as a JSON-ready mapping of element name to values."""
        return {name: list(values) for name in _ELEMENT_NAMES if (values := getattr(self, name))}

    def __getattr__(self, name: str) -> tuple[str, ...]:
        # only reached for an element not read yet (its slot is empty), of a DublinCore from parse_dublin_core
        element = object.__getattribute__(self, "_element")
        if element is None or name not in _HTML_BY_NAME:
            raise AttributeError(name)
        values = _read_element(element, name, _HTML_BY_NAME[name])
        setattr(self, name, values)
        return values


_ELEMENT_NAMES: tuple[str, ...] = tuple(field.name for field in fields(DublinCore) if field.init)
_HTML_BY_NAME = {name: name in ("title", "description") for name in _ELEMENT_NAMES}


def parse_dublin_core(element: etree._Element) -> DublinCore:
    """Read a ``<oai_dc:dc>`` element (or any element whose children are Dublin Core elements).

    Args:
        element: the element; it is read lazily, one Dublin Core element at a time, so it must not change.

    Returns:
        The typed Dublin Core (elements matched by local name, in any namespace).
    """
    dublin_core: DublinCore = object.__new__(DublinCore)
    dublin_core._element = element
    return dublin_core


def _read_element(element: etree._Element, name: str, html_text: bool) -> tuple[str, ...]:
    values = []
    for child in element.iterchildren(f"{{*}}{name}"):
        text = child.text if len(child) == 0 else "".join(child.itertext())
        if text and (text := text.strip()):
            values.append(_decode_entities(text) if html_text and "&" in text else text)
    return tuple(values)


def _decode_entities(text: str) -> str:
    """HTML entities decoded; the common case, ampersands escaped once more (``&amp;amp;``), done directly."""
    if text.count("&") == text.count("&amp;"):
        return text.replace("&amp;", "&")
    return html.unescape(text)
