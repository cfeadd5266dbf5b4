"""A real OAI-PMH server (the ``oaipmh`` package's ``BatchingServer``) behind an httpx transport.

``Repository`` is an in-memory item store implementing oaipmh's ``IBatchingOAI``; ``OAIServer`` answers httpx
requests with the server's XML, validates every page it sends against OAI-PMH.xsd, and can be told to
misbehave (``Fault``s): error statuses with ``Retry-After``, network errors, a firewall challenge, expired
or repeated resumption tokens, truncated or replaced bodies.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
from lxml import etree
from oaipmh import common, error, metadata, server

OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/"
OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_TERMS = "http://purl.org/dc/terms/"
DC_ELEMENTS = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
DATACITE_KERNEL = "http://datacite.org/schema/kernel-4"
OAI_DATACITE = "http://schema.datacite.org/oai/oai-1.1/"
BASE_URL = "https://oai.example.org/oai"
DC_FIELDS = ("title", "creator", "subject", "description", "date", "type", "identifier", "relation", "rights")


@dataclass
class Item:
    """One item of the repository."""

    number: int
    datestamp: datetime
    sets: tuple[str, ...] = ()
    deleted: bool = False
    dc: dict[str, list[str]] = field(default_factory=dict)

    @property
    def identifier(self) -> str:
        return f"oai:figshare.com:article/{self.number}"


def make_items(
    count: int,
    *,
    start: datetime = datetime(2020, 1, 1, 0, 0, 0),
    step: timedelta = timedelta(minutes=7),
    sets: Callable[[int], tuple[str, ...]] = lambda n: (f"portal_{n % 3 + 1}", f"item_type_{n % 2 + 1}"),
    deleted: Callable[[int], bool] = lambda n: False,
) -> list[Item]:
    """``count`` items, datestamps ``step`` apart, with Figshare-like Dublin Core."""
    items = []
    for n in range(1, count + 1):
        items.append(
            Item(
                number=n,
                datestamp=start + step * (n - 1),
                sets=sets(n),
                deleted=deleted(n),
                dc={
                    "title": [f"Dataset {n} on &lt;em&gt;Caulobacter&lt;/em&gt; &amp;amp; friends"],
                    "creator": [f"Author {n} ({1000 + n})", "Second Author (42)"],
                    "subject": ["Biochemistry", "Cell Biology"],
                    "description": [f"&lt;p&gt;Description {n} &amp;amp; more&lt;/p&gt;"],
                    "date": ["2010-01-08T01:24:48Z"],
                    "type": ["Dataset"],
                    "identifier": [f"10.6084/m9.figshare.{n}"],
                    "relation": [f"https://figshare.com/articles/_/{n}"],
                    "rights": ["CC BY"],
                },
            )
        )
    return items


class Repository:
    """An in-memory repository implementing oaipmh's ``IBatchingOAI``."""

    def __init__(
        self,
        items: list[Item],
        *,
        granularity: str = "YYYY-MM-DDThh:mm:ssZ",
        newest_first: bool = False,
        set_names: dict[str, str] | None = None,
    ) -> None:
        self.items = sorted(items, key=lambda item: item.datestamp, reverse=newest_first)
        self.granularity = granularity
        self.set_names = set_names or {spec: spec.replace("_", " ").title() for item in items for spec in item.sets}

    def identify(self) -> common.Identify:
        earliest = min((item.datestamp for item in self.items), default=datetime(2010, 1, 8))
        return common.Identify(
            repositoryName="figshare (test)",
            baseURL=BASE_URL,
            protocolVersion="2.0",
            adminEmails=["info@example.org"],
            earliestDatestamp=earliest,
            deletedRecord="transient",
            granularity=self.granularity,
            compression=["identity"],
        )

    def listMetadataFormats(self, identifier: str | None = None) -> list[tuple[str, str, str]]:
        if identifier is not None:
            self._find(identifier)
        return [
            ("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC_NAMESPACE),
            ("oai_datacite", "http://schema.datacite.org/oai/oai-1.1/oai.xsd", OAI_DATACITE),
        ]

    def listSets(self, cursor: int = 0, batch_size: int = 10) -> list[tuple[str, str, None]]:
        specs = sorted(self.set_names)
        return [(spec, self.set_names[spec], None) for spec in specs[cursor : cursor + batch_size]]

    def listIdentifiers(self, metadataPrefix: str, **kw: Any) -> list[common.Header]:
        return [header for header, _metadata, _about in self.listRecords(metadataPrefix, **kw)]

    def listRecords(
        self,
        metadataPrefix: str,
        set: str | None = None,
        from_: datetime | None = None,
        until: datetime | None = None,
        cursor: int = 0,
        batch_size: int = 10,
    ) -> list[tuple[common.Header, common.Metadata, None]]:
        self._check_prefix(metadataPrefix)
        matching = [
            item
            for item in self.items
            if (set is None or set in item.sets)
            and (from_ is None or item.datestamp >= from_)
            and (until is None or item.datestamp <= until)
        ]
        return [self._record(item) for item in matching[cursor : cursor + batch_size]]

    def getRecord(self, metadataPrefix: str, identifier: str) -> tuple[common.Header, common.Metadata, None]:
        self._check_prefix(metadataPrefix)
        return self._record(self._find(identifier))

    def _record(self, item: Item) -> tuple[common.Header, common.Metadata, None]:
        header = common.Header(None, item.identifier, item.datestamp, list(item.sets), item.deleted)
        return header, common.Metadata(None, {**item.dc, "number": [str(item.number)]}), None

    def _find(self, identifier: str) -> Item:
        for item in self.items:
            if item.identifier == identifier:
                return item
        raise error.IdDoesNotExistError(f"no item {identifier}")

    @staticmethod
    def _check_prefix(prefix: str) -> None:
        if prefix not in ("oai_dc", "oai_datacite"):
            raise error.CannotDisseminateFormatError(f"unknown format {prefix}")


def dublin_core_writer(dc_namespace: str) -> Callable[[etree._Element, common.Metadata], None]:
    """An oai_dc writer binding the ``dc`` prefix to ``dc_namespace`` (Figshare uses dc/terms/).

    Values are written as raw markup so that entities can be escaped the way Figshare escapes them.
    """

    def write(element: etree._Element, record_metadata: common.Metadata) -> None:
        values = record_metadata.getMap()
        parts = []
        for name in DC_FIELDS:
            parts.extend(f"<dc:{name}>{value}</dc:{name}>" for value in values.get(name, []))
        element.append(
            etree.fromstring(
                f'<oai_dc:dc xmlns:oai_dc="{OAI_DC_NAMESPACE}" xmlns:dc="{dc_namespace}" xmlns:xsi="{XSI}" '
                f'xsi:schemaLocation="{OAI_DC_NAMESPACE} http://www.openarchives.org/OAI/2.0/oai_dc.xsd">'
                + "".join(parts)
                + "</oai_dc:dc>"
            )
        )

    return write


def datacite_writer(element: etree._Element, record_metadata: common.Metadata) -> None:
    """An oai_datacite writer: the OAI DataCite envelope around a kernel-4 resource."""
    number = record_metadata.getMap()["number"][0]
    element.append(
        etree.fromstring(
            f"""<oai_datacite xmlns="{OAI_DATACITE}">
  <schemaVersion>4</schemaVersion>
  <datacentreSymbol>FIGSHARE.ARS</datacentreSymbol>
  <payload>
    <resource xmlns="{DATACITE_KERNEL}" xmlns:xml="http://www.w3.org/XML/1998/namespace">
      <identifier identifierType="DOI">10.6084/m9.figshare.{number}</identifier>
      <creators>
        <creator>
          <creatorName nameType="Personal">Purcell, Anthony W.</creatorName>
          <givenName>Anthony W.</givenName>
          <familyName>Purcell</familyName>
          <nameIdentifier nameIdentifierScheme="ORCID"
            schemeURI="https://orcid.org">0000-0002-1825-0097</nameIdentifier>
          <affiliation>Monash University</affiliation>
        </creator>
      </creators>
      <titles><title xml:lang="en">Dataset {number}</title><title titleType="Subtitle">Part {number}</title></titles>
      <publisher>figshare</publisher>
      <publicationYear>2020</publicationYear>
      <resourceType resourceTypeGeneral="Dataset">Dataset</resourceType>
      <subjects><subject subjectScheme="FOR">Biochemistry</subject></subjects>
      <contributors>
        <contributor contributorType="HostingInstitution"><contributorName>Monash</contributorName></contributor>
      </contributors>
      <dates><date dateType="Issued">2020-01-01</date></dates>
      <language>en</language>
      <alternateIdentifiers>
        <alternateIdentifier alternateIdentifierType="URL">https://figshare.com/articles/_/{number}</alternateIdentifier>
      </alternateIdentifiers>
      <relatedIdentifiers>
        <relatedIdentifier relatedIdentifierType="DOI"
          relationType="IsSupplementTo">10.1371/journal.pone.0008619</relatedIdentifier>
      </relatedIdentifiers>
      <sizes><size>2 files</size></sizes>
      <formats><format>text/csv</format></formats>
      <version>3</version>
      <rightsList><rights rightsURI="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</rights></rightsList>
      <descriptions>
        <description descriptionType="Abstract">About dataset {number}.<br/>Second line.</description>
      </descriptions>
      <fundingReferences>
        <fundingReference><funderName>ARC</funderName><awardNumber>DP123</awardNumber></fundingReference>
      </fundingReferences>
    </resource>
  </payload>
</oai_datacite>"""
        )
    )


def build_server(repository: Repository, *, page_size: int = 10, dc_namespace: str = DC_TERMS) -> server.ServerBase:
    """oaipmh's BatchingServer for ``repository``, with oai_dc (in ``dc_namespace``) and oai_datacite."""
    registry = metadata.MetadataRegistry()
    registry.registerWriter("oai_dc", dublin_core_writer(dc_namespace))
    registry.registerWriter("oai_datacite", datacite_writer)
    return server.BatchingServer(repository, metadata_registry=registry, resumption_batch_size=page_size)


# -- faults ----------------------------------------------------------------------------------------------

Rewrite = Callable[[httpx.Request, httpx.Response], httpx.Response]


@dataclass
class Fault:
    """Misbehaviour applied to the request number ``at`` (0-based, counting every request)."""

    at: int
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    raise_error: Exception | None = None
    rewrite: Rewrite | None = None


def _token_of(response_body: bytes) -> str | None:
    match = re.search(rb"<resumptionToken[^>]*>([^<]+)</resumptionToken>", response_body)
    return match.group(1).decode() if match else None


def repeat_request_token(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Answer with the token the request carried (a server stuck on one page)."""
    sent = request.url.params.get("resumptionToken")
    body = response.content
    token = _token_of(body)
    assert sent is not None and token is not None, "repeat_request_token needs a token request and response"
    body = body.replace(f">{token}</resumptionToken>".encode(), f">{sent}</resumptionToken>".encode())
    return httpx.Response(200, headers=response.headers, content=body)


class OAIServer:
    """An httpx handler serving ``server``; every page the server produces is validated against OAI-PMH.xsd
    (faults that rewrite a page on purpose are applied after the validation).

    Attributes:
        requests: every request received (including those answered with a fault).
        pages: the bodies sent with status 200.
    """

    def __init__(
        self,
        oai_server: server.ServerBase,
        schema: etree.XMLSchema | None,
        *,
        faults: Iterable[Fault] = (),
        expired_tokens: Iterable[int] = (),
    ) -> None:
        self._server = oai_server
        self._schema = schema
        self._faults = {fault.at: fault for fault in faults}
        self._expired_tokens = set(expired_tokens)
        self._token_requests = 0
        self.requests: list[httpx.Request] = []
        self.pages: list[bytes] = []
        self.token_requested = threading.Event()
        """Set when a request with a resumption token arrives (it may come from a prefetching thread)."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = len(self.requests)
        self.requests.append(request)
        fault = self._faults.get(number)
        if fault is not None and fault.raise_error is not None:
            raise fault.raise_error
        if fault is not None and fault.status is not None:
            return httpx.Response(fault.status, headers=fault.headers, content=fault.body or b"")
        params = dict(request.url.params)
        if "resumptionToken" in params:
            self.token_requested.set()
            if self._token_requests in self._expired_tokens:
                params["resumptionToken"] = "expired"
            self._token_requests += 1
        body = self._server.handleRequest(params)
        self._validate(body)
        response = httpx.Response(200, headers={"Content-Type": "text/xml; charset=utf-8"}, content=body)
        if fault is not None and fault.rewrite is not None:  # deliberate misbehaviour, not validated
            response = fault.rewrite(request, response)
        if fault is not None and fault.body is not None:
            response = httpx.Response(200, headers=response.headers, content=fault.body)
        self.pages.append(response.content)
        return response

    def _validate(self, body: bytes) -> None:
        if self._schema is None:
            return
        document = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
        if not self._schema.validate(document):
            raise AssertionError(f"the server sent a page that is not valid OAI-PMH: {self._schema.error_log}")

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)
