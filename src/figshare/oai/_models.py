"""What the OAI-PMH verbs return: typed headers, records, sets, formats and the repository description."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import etree

from figshare.oai._datacite import DataCiteResource, parse_datacite
from figshare.oai._datestamp import Granularity, format_datestamp
from figshare.oai._dublin_core import DublinCore
from figshare.oai._errors import MetadataParseError
from figshare.oai._figshare import article_id


@dataclass(slots=True)
class Header:
    """A record header: identifier, datestamp (aware, UTC), set memberships and deletion status."""

    identifier: str
    datestamp: datetime
    set_specs: tuple[str, ...] = ()
    deleted: bool = False

    @property
    def article_id(self) -> int | None:
        """The Figshare article id when the identifier is ``oai:figshare.com:article/<id>``, else None."""
        try:
            return article_id(self.identifier)
        except ValueError:
            return None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping (datestamp as ``YYYY-MM-DDThh:mm:ssZ``)."""
        return {
            "identifier": self.identifier,
            "datestamp": format_datestamp(self.datestamp, "YYYY-MM-DDThh:mm:ssZ"),
            "set_specs": list(self.set_specs),
            "deleted": self.deleted,
        }


@dataclass(slots=True)
class Record:
    """One record: its header and, unless it is deleted, its metadata.

    Attributes:
        header: the typed header.
        metadata_prefix: the format the record was asked for (``oai_dc``, ``oai_datacite``, ``rdf``, ...).
        metadata: the root element of the metadata in that format (an lxml element, still in the response's
            tree, which it keeps alive), None for deleted records.
        dublin_core: the typed Dublin Core for ``oai_dc`` records, else None (always None for deleted records).
        about: the raw ``<about>`` elements, if any.
        ignored_metadata: for a deleted record whose repository sent metadata anyway (Zenodo does), that raw
            element; it is never parsed, and ``metadata``/``dublin_core`` stay None. None otherwise.
    """

    header: Header
    metadata_prefix: str
    metadata: etree._Element | None = None
    dublin_core: DublinCore | None = None
    about: tuple[etree._Element, ...] = ()
    ignored_metadata: etree._Element | None = None

    @property
    def identifier(self) -> str:
        """The record's identifier (from its header)."""
        return self.header.identifier

    @property
    def deleted(self) -> bool:
        """Whether the repository reports the record as deleted (it then has no metadata)."""
        return self.header.deleted

    def metadata_xml(self) -> str | None:
        """The metadata serialised as an XML string, with the namespaces it uses declared."""
        if self.metadata is None:
            return None
        standalone = copy.deepcopy(self.metadata)  # without the namespaces of the response around it
        return etree.tostring(standalone, encoding="unicode", with_tail=False)

    def datacite(self) -> DataCiteResource:
        """The metadata read as DataCite (for ``oai_datacite`` records).

        Raises ``MetadataParseError`` when the record has no DataCite metadata.
        """
        if self.metadata is None:
            raise MetadataParseError(f"record {self.identifier} has no metadata (deleted: {self.deleted})")
        return parse_datacite(self.metadata)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping: the header fields, the metadata prefix, the metadata as XML and, for
        ``oai_dc``, the Dublin Core elements."""
        document = self.header.to_json() | {"metadata_prefix": self.metadata_prefix, "metadata": self.metadata_xml()}
        if self.dublin_core is not None:
            document["dublin_core"] = self.dublin_core.as_dict()
        return document


@dataclass(slots=True)
class ResumptionToken:
    """A resumption token with its optional attributes (OAI-PMH 2.0 section 3.5).

    Attributes:
        value: the token, sent back as it is to ask for the next page.
        expiration_date: when the repository stops accepting it (aware, UTC), if it says.
        complete_list_size: how many items the whole list has, if it says; ``cursor``: how many came before
            this token's page, if it says.
    """

    value: str
    expiration_date: datetime | None = None
    complete_list_size: int | None = None
    cursor: int | None = None


@dataclass(slots=True)
class Identify:
    """The repository description returned by the Identify verb."""

    repository_name: str
    base_url: str
    protocol_version: str
    admin_emails: tuple[str, ...]
    earliest_datestamp: datetime
    deleted_record: str
    """``no``, ``transient`` or ``persistent``: whether and how long deletions are reported."""
    granularity: Granularity
    compression: tuple[str, ...] = ()
    descriptions: tuple[etree._Element, ...] = ()


@dataclass(slots=True)
class MetadataFormat:
    """A metadata format the repository (or an item) can deliver."""

    metadata_prefix: str
    schema: str
    metadata_namespace: str


@dataclass(slots=True)
class OAISet:
    """A set for selective harvesting: its spec (e.g. ``portal_63``), name and optional descriptions."""

    spec: str
    name: str
    descriptions: tuple[etree._Element, ...] = ()
