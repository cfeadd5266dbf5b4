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
_NAME_BY_TAG: dict[object, str] = {
    f"{{{namespace}}}{name}": name
    for namespace in (DC_ELEMENTS_NAMESPACE, DC_TERMS_NAMESPACE)
    for name in _ELEMENT_NAMES
}
_HTML_ELEMENTS = frozenset({"title", "description"})


def parse_dublin_core(element: etree._Element) -> DublinCore:
    """Read a ``<oai_dc:dc>`` element (or any element whose children are Dublin Core elements)."""
    values: dict[str, list[str]] = {}
    for child in element:
        tag = child.tag
        name = _NAME_BY_TAG.get(tag) or _local_dublin_core_name(tag)
        if name is None:
            continue
        text = child.text if len(child) == 0 else "".join(child.itertext())
        if not text or not (text := text.strip()):
            continue
        if "&" in text and name in _HTML_ELEMENTS:
            text = html.unescape(text)
        if name in values:
            values[name].append(text)
        else:
            values[name] = [text]
    return DublinCore(**{name: tuple(items) for name, items in values.items()})


def _local_dublin_core_name(tag: object) -> str | None:
    """The element name of a Dublin Core element bound to a namespace other than the two usual ones."""
    if not isinstance(tag, str):
        return None
    name = tag[tag.rfind("}") + 1 :]
    return name if name in _ELEMENT_NAMES else None
