"""DataCite metadata (``oai_datacite``) as a typed record.

Repositories deliver DataCite either wrapped in the OAI DataCite envelope
(``<oai_datacite><schemaVersion/><datacentreSymbol/><payload><resource>``) or as a bare ``<resource>``. Both
are read, for any kernel version (2.x to 4.x), by element local names. Everything not modelled here stays
available in the raw element (``Record.metadata``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from lxml import etree

from figshare.oai._errors import MetadataParseError

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Value:
    value: str


@dataclass(frozen=True, slots=True)
class _Typed(_Value):
    type: str | None = None


@dataclass(frozen=True, slots=True)
class _Schemed(_Value):
    scheme: str | None = None
    scheme_uri: str | None = None


@dataclass(frozen=True, slots=True)
class NameIdentifier(_Schemed):
    """An identifier of a person or organisation, e.g. an ORCID iD: ``value``, ``scheme``, ``scheme_uri``."""


@dataclass(frozen=True, slots=True)
class DataCiteName:
    """A creator or contributor."""

    name: str
    name_type: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    name_identifiers: tuple[NameIdentifier, ...] = ()
    affiliations: tuple[str, ...] = ()
    contributor_type: str | None = None


@dataclass(frozen=True, slots=True)
class DataCiteText(_Typed):
    """A title or description, with its DataCite type (``Subtitle``, ``Abstract``, ...) and language."""

    lang: str | None = None


@dataclass(frozen=True, slots=True)
class DataCiteSubject(_Schemed):
    """A subject, keyword or classification code: ``value``, ``scheme``, ``scheme_uri``."""


@dataclass(frozen=True, slots=True)
class DataCiteDate(_Typed):
    """A date (``Created``, ``Issued``, ...), as written: DataCite allows partial dates and ranges."""


@dataclass(frozen=True, slots=True)
class RelatedIdentifier(_Typed):
    """An identifier of another resource and how this one relates to it."""

    relation_type: str | None = None


@dataclass(frozen=True, slots=True)
class AlternateIdentifier(_Typed):
    """Another identifier of this resource (e.g. a URL): ``value`` and ``type``."""


@dataclass(frozen=True, slots=True)
class Rights(_Value):
    """A licence or rights statement."""

    uri: str | None = None


@dataclass(frozen=True, slots=True)
class FundingReference:
    """A funder and award."""

    funder_name: str
    funder_identifier: str | None = None
    award_number: str | None = None
    award_title: str | None = None


@dataclass(frozen=True, slots=True)
class DataCiteResource:
    """One DataCite ``<resource>``."""

    identifier: str | None
    identifier_type: str | None
    creators: tuple[DataCiteName, ...]
    titles: tuple[DataCiteText, ...]
    publisher: str | None
    publication_year: int | None
    resource_type: str | None
    resource_type_general: str | None
    subjects: tuple[DataCiteSubject, ...]
    contributors: tuple[DataCiteName, ...]
    dates: tuple[DataCiteDate, ...]
    language: str | None
    alternate_identifiers: tuple[AlternateIdentifier, ...]
    related_identifiers: tuple[RelatedIdentifier, ...]
    sizes: tuple[str, ...]
    formats: tuple[str, ...]
    version: str | None
    rights: tuple[Rights, ...]
    descriptions: tuple[DataCiteText, ...]
    funding_references: tuple[FundingReference, ...]
    schema_namespace: str | None
    """The kernel namespace, e.g. ``http://datacite.org/schema/kernel-4``."""
    datacentre_symbol: str | None
    """From the OAI DataCite envelope, when there is one."""

    @property
    def doi(self) -> str | None:
        """The DOI, when the identifier is one."""
        return self.identifier if (self.identifier_type or "").upper() == "DOI" else None


def parse_datacite(element: etree._Element) -> DataCiteResource:
    """Read DataCite metadata from an ``<oai_datacite>`` envelope or a bare ``<resource>`` element.

    Raises ``MetadataParseError`` when the element holds no DataCite ``<resource>``.
    """
    resource = element if _local(element.tag) == "resource" else next(element.iter("{*}resource"), None)
    if resource is None:
        raise MetadataParseError(f"no DataCite <resource> element in <{_local(element.tag)}>")
    year = _first_text(resource, "publicationYear")
    return DataCiteResource(
        identifier=_first_text(resource, "identifier"),
        identifier_type=_first_attribute(resource, "identifier", "identifierType"),
        creators=_list(resource, "creator", lambda node: _name(node, "creator")),
        titles=_list(resource, "title", lambda node: _typed_text(node, "titleType")),
        publisher=_first_text(resource, "publisher"),
        publication_year=int(year) if year and year.isdigit() else None,
        resource_type=_first_text(resource, "resourceType"),
        resource_type_general=_first_attribute(resource, "resourceType", "resourceTypeGeneral"),
        subjects=_list(resource, "subject", _reader(DataCiteSubject, "subjectScheme", "schemeURI")),
        contributors=_list(resource, "contributor", lambda node: _name(node, "contributor")),
        dates=_list(resource, "date", _reader(DataCiteDate, "dateType")),
        language=_first_text(resource, "language"),
        alternate_identifiers=_list(
            resource, "alternateIdentifier", _reader(AlternateIdentifier, "alternateIdentifierType")
        ),
        related_identifiers=_list(
            resource, "relatedIdentifier", _reader(RelatedIdentifier, "relatedIdentifierType", "relationType")
        ),
        sizes=_list(resource, "size", _text),
        formats=_list(resource, "format", _text),
        version=_first_text(resource, "version"),
        rights=_list(resource, "rights", _reader(Rights, "rightsURI"), wrapper="rightsList"),
        descriptions=_list(resource, "description", lambda node: _typed_text(node, "descriptionType")),
        funding_references=_list(resource, "fundingReference", _funding_reference),
        schema_namespace=etree.QName(resource).namespace,
        datacentre_symbol=_first_text(element, "datacentreSymbol") if resource is not element else None,
    )


def _list(
    resource: etree._Element, name: str, read: Callable[[etree._Element], T], *, wrapper: str | None = None
) -> tuple[T, ...]:
    """Every ``<name>`` in ``<wrapper>`` (by default ``<names>``), read."""
    return tuple(
        read(node) for container in _children(resource, wrapper or name + "s") for node in _children(container, name)
    )


def _reader(cls: Callable[..., T], *attributes: str) -> Callable[[etree._Element], T]:
    """A reader making ``cls(text, *attribute values)``."""
    return lambda node: cls(_text(node), *(node.get(attribute) for attribute in attributes))


def _funding_reference(node: etree._Element) -> FundingReference:
    return FundingReference(
        funder_name=_first_text(node, "funderName") or "",
        funder_identifier=_first_text(node, "funderIdentifier"),
        award_number=_first_text(node, "awardNumber"),
        award_title=_first_text(node, "awardTitle"),
    )


def _name(node: etree._Element, role: str) -> DataCiteName:
    return DataCiteName(
        name=_first_text(node, f"{role}Name") or "",
        name_type=_first_attribute(node, f"{role}Name", "nameType"),
        given_name=_first_text(node, "givenName"),
        family_name=_first_text(node, "familyName"),
        name_identifiers=tuple(
            map(_reader(NameIdentifier, "nameIdentifierScheme", "schemeURI"), _children(node, "nameIdentifier"))
        ),
        affiliations=tuple(map(_text, _children(node, "affiliation"))),
        contributor_type=node.get("contributorType"),
    )


def _typed_text(node: etree._Element, type_attribute: str) -> DataCiteText:
    return DataCiteText(_text_with_breaks(node).strip(), node.get(type_attribute), node.get(_XML_LANG))


def _text_with_breaks(node: etree._Element) -> str:
    """The text of a node whose ``<br/>`` elements (allowed in DataCite descriptions) become newlines."""
    return (node.text or "") + "".join(
        ("\n" if _local(child.tag) == "br" else _text_with_breaks(child)) + (child.tail or "") for child in node
    )


def _children(node: etree._Element, name: str) -> Iterator[etree._Element]:
    return node.iterchildren(f"{{*}}{name}")  # in any namespace, or none


def _first_attribute(node: etree._Element, name: str, attribute: str) -> str | None:
    child = node.find(f"{{*}}{name}")
    return child.get(attribute) if child is not None else None


def _first_text(node: etree._Element, name: str) -> str | None:
    child = node.find(f"{{*}}{name}")
    return (_text(child) or None) if child is not None else None


def _text(node: etree._Element) -> str:
    return "".join(node.itertext()).strip()


def _local(tag: object) -> str:
    return tag[tag.rfind("}") + 1 :] if isinstance(tag, str) else ""
