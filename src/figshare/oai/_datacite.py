"""DataCite metadata (``oai_datacite``) as a typed record.

Repositories deliver DataCite either wrapped in the OAI DataCite envelope
(``<oai_datacite><schemaVersion/><datacentreSymbol/><payload><resource>``) or as a bare ``<resource>``. Both
are read, for any kernel version (2.x to 4.x), by element local names. Everything not modelled here stays
available in the raw element (``Record.metadata``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from figshare.oai._errors import MetadataParseError

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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
    resource = _find_resource(element)
    if resource is None:
        raise MetadataParseError(f"no DataCite <resource> element in <{_local(element.tag)}>")
    envelope_symbol = _first_text(element, "datacentreSymbol") if resource is not element else None
    identifier = _first(resource, "identifier")
    resource_type = _first(resource, "resourceType")
    year = _first_text(resource, "publicationYear")
    namespace = etree.QName(resource).namespace
    return DataCiteResource(
        identifier=_text(identifier) or None if identifier is not None else None,
        identifier_type=identifier.get("identifierType") if identifier is not None else None,
        creators=tuple(_name(node, "creator") for node in _grandchildren(resource, "creators", "creator")),
        titles=tuple(_typed_text(node, "titleType") for node in _grandchildren(resource, "titles", "title")),
        publisher=_first_text(resource, "publisher"),
        publication_year=int(year) if year and year.isdigit() else None,
        resource_type=(_text(resource_type) or None) if resource_type is not None else None,
        resource_type_general=resource_type.get("resourceTypeGeneral") if resource_type is not None else None,
        subjects=tuple(
            DataCiteSubject(_text(node), node.get("subjectScheme"), node.get("schemeURI"))
            for node in _grandchildren(resource, "subjects", "subject")
        ),
        contributors=tuple(
            _name(node, "contributor") for node in _grandchildren(resource, "contributors", "contributor")
        ),
        dates=tuple(
            DataCiteDate(_text(node), node.get("dateType")) for node in _grandchildren(resource, "dates", "date")
        ),
        language=_first_text(resource, "language"),
        alternate_identifiers=tuple(
            AlternateIdentifier(_text(node), node.get("alternateIdentifierType"))
            for node in _grandchildren(resource, "alternateIdentifiers", "alternateIdentifier")
        ),
        related_identifiers=tuple(
            RelatedIdentifier(_text(node), node.get("relatedIdentifierType"), node.get("relationType"))
            for node in _grandchildren(resource, "relatedIdentifiers", "relatedIdentifier")
        ),
        sizes=tuple(_text(node) for node in _grandchildren(resource, "sizes", "size")),
        formats=tuple(_text(node) for node in _grandchildren(resource, "formats", "format")),
        version=_first_text(resource, "version"),
        rights=tuple(
            Rights(_text(node), node.get("rightsURI")) for node in _grandchildren(resource, "rightsList", "rights")
        ),
        descriptions=tuple(
            _typed_text(node, "descriptionType") for node in _grandchildren(resource, "descriptions", "description")
        ),
        funding_references=tuple(
            FundingReference(
                funder_name=_first_text(node, "funderName") or "",
                funder_identifier=_first_text(node, "funderIdentifier"),
                award_number=_first_text(node, "awardNumber"),
                award_title=_first_text(node, "awardTitle"),
            )
            for node in _grandchildren(resource, "fundingReferences", "fundingReference")
        ),
        schema_namespace=namespace,
        datacentre_symbol=envelope_symbol,
    )


def _find_resource(element: etree._Element) -> etree._Element | None:
    if _local(element.tag) == "resource":
        return element
    return next(element.iter("{*}resource"), None)


def _name(node: etree._Element, role: str) -> DataCiteName:
    name_node = _first(node, f"{role}Name")
    return DataCiteName(
        name=_text(name_node) if name_node is not None else "",
        name_type=name_node.get("nameType") if name_node is not None else None,
        given_name=_first_text(node, "givenName"),
        family_name=_first_text(node, "familyName"),
        name_identifiers=tuple(
            NameIdentifier(_text(child), child.get("nameIdentifierScheme"), child.get("schemeURI"))
            for child in _children(node, "nameIdentifier")
        ),
        affiliations=tuple(_text(child) for child in _children(node, "affiliation")),
        contributor_type=node.get("contributorType"),
    )


def _typed_text(node: etree._Element, type_attribute: str) -> DataCiteText:
    return DataCiteText(_text_with_breaks(node).strip(), node.get(type_attribute), node.get(_XML_LANG))


def _text_with_breaks(node: etree._Element) -> str:
    """The text of a node whose ``<br/>`` elements (allowed in DataCite descriptions) become newlines."""
    parts = [node.text or ""]
    for child in node:
        parts.append("\n" if _local(child.tag) == "br" else _text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _children(node: etree._Element, name: str) -> Iterator[etree._Element]:
    for child in node:
        if isinstance(child.tag, str) and _local(child.tag) == name:
            yield child


def _grandchildren(node: etree._Element, wrapper: str, name: str) -> Iterator[etree._Element]:
    for container in _children(node, wrapper):
        yield from _children(container, name)


def _first(node: etree._Element, name: str) -> etree._Element | None:
    return next(_children(node, name), None)


def _first_text(node: etree._Element, name: str) -> str | None:
    child = _first(node, name)
    return (_text(child) or None) if child is not None else None


def _text(node: etree._Element) -> str:
    return "".join(node.itertext()).strip()


def _local(tag: object) -> str:
    return tag[tag.rfind("}") + 1 :] if isinstance(tag, str) else ""
