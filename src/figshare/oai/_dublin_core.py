"""Simple Dublin Core (``oai_dc``) as a typed record.

Dublin Core's fifteen elements are read by their local name, whatever namespace the service binds them to:
the standard ``http://purl.org/dc/elements/1.1/`` or, as Figshare does, ``http://purl.org/dc/terms/``.
Figshare stores titles and descriptions as HTML, and some arrive with their entities escaped once more than
XML needs (``&amp;amp;``); those entities are decoded, the HTML markup itself is kept.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, fields

from lxml import etree

DC_ELEMENTS_NAMESPACE = "http://purl.org/dc/elements/1.1/"
DC_TERMS_NAMESPACE = "http://purl.org/dc/terms/"
OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/"


@dataclass(slots=True)
class DublinCore:
    """The fifteen Dublin Core elements of one record, each a tuple of its values in document order."""

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

    def as_dict(self) -> dict[str, list[str]]:
        """The elements that have values, as a JSON-ready mapping of element name to values."""
        return {name: list(values) for name in _ELEMENT_NAMES if (values := getattr(self, name))}


_ELEMENT_NAMES: tuple[str, ...] = tuple(field.name for field in fields(DublinCore))
_POSITION_BY_NAME = {name: position for position, name in enumerate(_ELEMENT_NAMES)}
_POSITION_BY_TAG: dict[object, int] = {
    f"{{{namespace}}}{name}": position
    for namespace in (DC_ELEMENTS_NAMESPACE, DC_TERMS_NAMESPACE)
    for name, position in _POSITION_BY_NAME.items()
}
_HTML_POSITIONS = frozenset({_POSITION_BY_NAME["title"], _POSITION_BY_NAME["description"]})


def parse_dublin_core(element: etree._Element) -> DublinCore:
    """Read a ``<oai_dc:dc>`` element (or any element whose children are Dublin Core elements)."""
    values: list[list[str] | None] = [None] * len(_ELEMENT_NAMES)
    for child in element:
        position = _POSITION_BY_TAG.get(child.tag)
        if position is None:
            position = _position_in_other_namespace(child.tag)
            if position is None:
                continue
        text = child.text if len(child) == 0 else "".join(child.itertext())
        if not text or not (text := text.strip()):
            continue
        if "&" in text and position in _HTML_POSITIONS:
            text = _decode_entities(text)
        found = values[position]
        if found is None:
            values[position] = [text]
        else:
            found.append(text)
    return DublinCore(*[() if found is None else tuple(found) for found in values])


def _position_in_other_namespace(tag: object) -> int | None:
    """Where a Dublin Core element bound to another namespace than the two usual ones goes."""
    if not isinstance(tag, str):
        return None
    return _POSITION_BY_NAME.get(tag[tag.rfind("}") + 1 :])


def _decode_entities(text: str) -> str:
    """HTML entities decoded; the common case, ampersands escaped once more (``&amp;amp;``), done directly."""
    if text.count("&") == text.count("&amp;"):
        return text.replace("&amp;", "&")
    return html.unescape(text)
