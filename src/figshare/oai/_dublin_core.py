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


@dataclass
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


class _ReadOnFirstAccess:
    """The class attribute behind one element: reached only while the instance holds no value for it (values
    live in the instance's ``__dict__``, which wins over this non-data descriptor), i.e. on the first access
    to an element of a ``DublinCore`` from ``parse_dublin_core``, whose value it reads and keeps there."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._html = name in ("title", "description")

    def __get__(self, instance: DublinCore | None, owner: type | None = None) -> tuple[str, ...] | _ReadOnFirstAccess:
        if instance is None:
            return self
        if instance._element is None:  # a value deleted by hand
            raise AttributeError(self._name)
        values = instance.__dict__[self._name] = _read_element(instance._element, self._name, self._html)
        return values


_ELEMENT_NAMES: tuple[str, ...] = tuple(field.name for field in fields(DublinCore) if field.init)
for _name in _ELEMENT_NAMES:  # after @dataclass, which has taken the defaults into __init__
    setattr(DublinCore, _name, _ReadOnFirstAccess(_name))


def parse_dublin_core(element: etree._Element) -> DublinCore:
    """Read a ``<oai_dc:dc>`` element (or any element whose children are Dublin Core elements).

    Args:
        element: the element; it is read lazily, one Dublin Core element at a time, so it must not change.

    Returns:
        The typed Dublin Core (elements matched by local name, in any namespace).
    """
    dublin_core: DublinCore = object.__new__(DublinCore)
    dublin_core.__dict__["_element"] = element
    return dublin_core


def _read_element(element: etree._Element, name: str, html_text: bool) -> tuple[str, ...]:
    values = []
    for child in element.iterchildren(_ANY_NAMESPACE[name]):
        text = child.text if len(child) == 0 else "".join(child.itertext())
        if text and (text := text.strip()):
            values.append(_decode_entities(text) if html_text and "&" in text else text)
    return tuple(values)


_ANY_NAMESPACE = {name: f"{{*}}{name}" for name in _ELEMENT_NAMES}


def _decode_entities(text: str) -> str:
    """HTML entities decoded; the common case, ampersands escaped once more (``&amp;amp;``), done directly."""
    if text.count("&") == text.count("&amp;"):
        return text.replace("&amp;", "&")
    return html.unescape(text)
