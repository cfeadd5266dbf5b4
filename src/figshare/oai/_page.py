"""Read one OAI-PMH response body, parsed once, into typed items.

A page of up to ``FEED_SIZE`` bytes goes through libxml2 in one pass and its items are read off the tree; a
larger one is fed to a pull parser in slices, each item handed out as soon as its element ends and then taken
out of the tree, so even a huge page never sits in memory whole. The resumption token closes the list; it
is read before the items of its pass (for a page read in one pass, before all of them), so the caller can ask
for the next page while this one is read. An ``<error>`` response raises the typed ``OAIRequestError``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from lxml import etree

from figshare.oai._datestamp import DAY_GRANULARITY, SECOND_GRANULARITY, parse_datestamp
from figshare.oai._dublin_core import parse_dublin_core
from figshare.oai._errors import OAIResponseError, error_for_condition
from figshare.oai._models import Header, Identify, MetadataFormat, OAISet, Record, ResumptionToken
from figshare.oai._xml import (
    FEED_SIZE,
    LIBXML_TEXT_LIMIT,
    check_no_doctype,
    check_text_sizes,
    new_pull_parser,
    new_tree_parser,
    oai_tag,
    response_error,
    syntax_error,
)

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_ROOT = oai_tag("OAI-PMH")
_ERROR = oai_tag("error")
_TOKEN = oai_tag("resumptionToken")
_HEADER = oai_tag("header")
_IDENTIFIER = oai_tag("identifier")
_DATESTAMP = oai_tag("datestamp")
_SET_SPEC = oai_tag("setSpec")
_METADATA = oai_tag("metadata")
_ABOUT = oai_tag("about")


class MalformedItemError(ValueError):
    """An item element lacks something the protocol requires (raised by the readers, reported with the URL)."""


@dataclass(frozen=True, slots=True)
class ItemKind(Generic[T_co]):
    """How to find and read the items of one verb's response."""

    verb: str
    item_name: str
    read: Callable[[etree._Element], T_co]


class PageParser(Generic[T]):
    """Parses one response of ``kind.verb``; after ``parse`` is exhausted, ``token`` holds the next token."""

    def __init__(self, kind: ItemKind[T], *, url: str, max_text_bytes: int = LIBXML_TEXT_LIMIT) -> None:
        self._kind = kind
        self._url = url
        self._max_text = max_text_bytes if max_text_bytes < LIBXML_TEXT_LIMIT else None
        self._item_tag = oai_tag(kind.item_name)
        self._container_tag = oai_tag(kind.verb)
        self.token: ResumptionToken | None = None
        self._prolog_checked = False  # what a sliced parse has seen so far
        self._container_seen = False
        self._conditions: list[tuple[str, str]] = []

    def parse(self, body: bytes, on_token: Callable[[ResumptionToken], None] | None = None) -> Iterator[T]:
        """The items of ``body`` in document order, lazily (nothing is parsed before the first is asked for).

        ``on_token`` is called with the resumption token as soon as it has been read: for a page of up to
        ``FEED_SIZE`` bytes, before its first item is handed out (so the next page can be fetched meanwhile).
        Raises ``OAIRequestError`` for an ``<error>`` response (``NoRecordsMatchError`` included: callers
        that treat it as an empty result catch it) and ``OAIResponseError`` for anything that is not a
        well-formed, safe OAI-PMH response.
        """
        return self._parse_whole(body, on_token) if len(body) <= FEED_SIZE else self._parse_in_slices(body, on_token)

    def peek_token(self, body: bytes) -> ResumptionToken | None:
        """The resumption token that closes ``body``, read off its last bytes before any parsing: a guess
        (the next page can be asked for while this one is parsed), so only the plainest form is read, and the
        parse itself decides (``token``); None when the page does not end in such a token."""
        if self._item_tag == self._container_tag:
            return None
        start = body.rfind(b"<resumptionToken", max(0, len(body) - _PEEK_BYTES))
        match = _tail_pattern(self._kind.verb).match(body, start) if start >= 0 else None
        if match is None:
            return None
        attributes = {}
        for name, quoted in _PEEK_ATTRIBUTE.findall(match[1]):
            attributes[name.decode("ascii")] = quoted[1:-1].decode("ascii")
        if not attributes.keys() <= _TOKEN_ATTRIBUTES:
            return None
        return _token(match[2].decode("ascii"), attributes.get)

    def _parse_whole(self, body: bytes, on_token: Callable[[ResumptionToken], None] | None) -> Iterator[T]:
        """A page of up to ``FEED_SIZE`` bytes: one pass of libxml2, then the items are read off the tree."""
        parser = new_tree_parser()
        self._feed(parser, body, body)
        root = self._close(parser, body)
        self._check_root(root, body)
        container = None
        conditions = []
        for child in root:
            if child.tag == self._container_tag:
                container = child
            elif child.tag == _ERROR:
                conditions.append((child.get("code", ""), _text(child)))
        self._finish(conditions, container is not None, body)
        assert container is not None
        if self._item_tag == self._container_tag:
            yield self._read(container, body)
            return
        token = next(container.iterchildren(_TOKEN, reversed=True), None)
        if token is not None:
            self._take_token(token, on_token)
        for element in list(container.iterchildren(self._item_tag)):
            yield self._read(element, body)

    def _parse_in_slices(self, body: bytes, on_token: Callable[[ResumptionToken], None] | None) -> Iterator[T]:
        """A larger page: fed in slices to a pull parser; each finished item leaves the tree at once."""
        parser = new_pull_parser((self._item_tag, self._container_tag, _ERROR, _TOKEN))
        for offset in range(0, len(body), FEED_SIZE):
            self._feed(parser, body[offset : offset + FEED_SIZE], body)
            yield from self._drain(parser, body, on_token)
        root = self._close(parser, body)
        yield from self._drain(parser, body, on_token)
        self._check_root(root, body)
        self._finish(self._conditions, self._container_seen, body)

    def _feed(self, parser: etree.XMLParser, data: bytes, body: bytes) -> None:
        try:
            parser.feed(data)
        except etree.XMLSyntaxError as error:
            raise syntax_error(error, url=self._url, body=body, at_end=False) from None

    def _close(self, parser: etree.XMLParser, body: bytes) -> etree._Element:
        try:
            return parser.close()
        except etree.XMLSyntaxError as error:
            raise syntax_error(error, url=self._url, body=body, at_end=True) from None

    def _drain(
        self, parser: etree.XMLPullParser, body: bytes, on_token: Callable[[ResumptionToken], None] | None
    ) -> Iterator[T]:
        events = list(parser.read_events())
        if events and not self._prolog_checked:
            check_no_doctype(events[0][1], url=self._url, body=body)
            self._prolog_checked = True
        early_token = None
        for _event, element in reversed(events):  # the token closes the list: read it before the items
            if element.tag == _TOKEN:
                early_token = element
                self._take_token(element, on_token)
                break
            if element.tag == self._item_tag:
                break
        for _event, element in events:
            tag = element.tag
            if tag == self._item_tag:
                item = self._read(element, body)
                parent = element.getparent()
                if parent is not None and tag != self._container_tag:
                    parent.remove(element)
                yield item
            if tag == self._container_tag:
                self._container_seen = True
            elif tag == _ERROR:
                self._conditions.append((element.get("code", ""), _text(element)))
            elif tag == _TOKEN and element is not early_token:  # a token out of its place
                self._take_token(element, on_token)

    def _read(self, element: etree._Element, body: bytes) -> T:
        if self._max_text is not None:  # below libxml2's own limit, which costs nothing
            check_text_sizes(element, self._max_text, self._url)
        try:
            return self._kind.read(element)
        except ValueError as error:  # MalformedItemError included
            raise self._error(f"malformed <{self._kind.item_name}>: {error}", body) from None

    def _take_token(self, element: etree._Element, on_token: Callable[[ResumptionToken], None] | None) -> None:
        self.token = _token(_text(element), element.get)
        if self.token is not None and on_token is not None:
            on_token(self.token)

    def _check_root(self, root: etree._Element, body: bytes) -> None:
        check_no_doctype(root, url=self._url, body=body)
        if root.tag != _ROOT:
            name = etree.QName(root)  # the namespace is shown when it is all that is wrong (OAI-PMH 1.x, none)
            shown = name.text if name.localname == "OAI-PMH" else name.localname
            raise self._error(f"not an OAI-PMH 2.0 response: the root element is <{shown}>, not <{_ROOT}>", body)

    def _finish(self, conditions: list[tuple[str, str]], container_seen: bool, body: bytes) -> None:
        if conditions:
            raise error_for_condition(tuple(conditions), url=self._url)
        if not container_seen:
            raise self._error(f"the OAI-PMH response has neither <{self._kind.verb}> nor <error>", body)

    def _error(self, message: str, body: bytes) -> OAIResponseError:
        return response_error(message, url=self._url, body=body)


def read_header(element: etree._Element) -> Header:
    """A typed ``Header`` from a ``<header>`` element."""
    identifier: str | None = None
    datestamp: str | None = None
    set_specs: list[str] = []
    for child in element:
        tag = child.tag
        text = child.text
        if text is None:
            continue
        if tag == _SET_SPEC:
            set_specs.append(text.strip())
        elif tag == _IDENTIFIER:
            identifier = text.strip()
        elif tag == _DATESTAMP:
            datestamp = text
    if not identifier:
        raise MalformedItemError("a header without <identifier>")
    if datestamp is None:
        raise MalformedItemError(f"header {identifier} has no <datestamp>")
    return Header(identifier, parse_datestamp(datestamp), tuple(set_specs), element.get("status") == "deleted")


def record_reader(metadata_prefix: str) -> Callable[[etree._Element], Record]:
    """A reader of ``<record>`` elements for records asked for in ``metadata_prefix``."""
    is_dublin_core = metadata_prefix == "oai_dc"

    def read_record(element: etree._Element) -> Record:
        header: Header | None = None
        metadata: etree._Element | None = None
        about: tuple[etree._Element, ...] = ()
        for child in element:
            tag = child.tag
            if tag == _HEADER:
                header = read_header(child)
            elif tag == _METADATA:
                for payload in child:
                    if isinstance(payload.tag, str):
                        metadata = payload
                        break
            elif tag == _ABOUT:
                about += _detached(child)
        if header is None:
            raise MalformedItemError("a record without <header>")
        if header.deleted:  # deleted records have no metadata (OAI-PMH 2.0 section 2.5.1), whatever was sent
            return Record(header, metadata_prefix, None, None, about, ignored_metadata=metadata)
        if not is_dublin_core or metadata is None:
            return Record(header, metadata_prefix, metadata, None, about)
        return Record(header, metadata_prefix, metadata, parse_dublin_core(metadata), about)

    return read_record


def read_set(element: etree._Element) -> OAISet:
    """A typed ``OAISet`` from a ``<set>`` element."""
    spec = name = None
    descriptions: list[etree._Element] = []
    for child in element:
        tag = child.tag
        if tag == _SET_SPEC:
            spec = _text(child)
        elif tag == oai_tag("setName"):
            name = _text(child)
        elif tag == oai_tag("setDescription"):
            descriptions.extend(_detached(child))
    if not spec:
        raise MalformedItemError("a set without <setSpec>")
    return OAISet(spec=spec, name=name or "", descriptions=tuple(descriptions))


def read_metadata_format(element: etree._Element) -> MetadataFormat:
    """A typed ``MetadataFormat`` from a ``<metadataFormat>`` element."""
    values = {etree.QName(child).localname: _text(child) for child in _elements(element)}
    prefix = values.get("metadataPrefix")
    if not prefix:
        raise MalformedItemError("a metadata format without <metadataPrefix>")
    return MetadataFormat(
        metadata_prefix=prefix,
        schema=values.get("schema", ""),
        metadata_namespace=values.get("metadataNamespace", ""),
    )


def read_identify(element: etree._Element) -> Identify:
    """A typed ``Identify`` from the ``<Identify>`` element."""
    children: dict[str, list[etree._Element]] = {}
    for child in _elements(element):
        children.setdefault(etree.QName(child).localname, []).append(child)

    def text(name: str, default: str = "") -> str:  # the last one, when an element is repeated
        return _text(children[name][-1]) if name in children else default

    granularity = text("granularity", SECOND_GRANULARITY)
    if granularity not in (DAY_GRANULARITY, SECOND_GRANULARITY):
        raise MalformedItemError(f"unknown granularity {granularity!r}")
    earliest = text("earliestDatestamp")
    if not earliest:
        raise MalformedItemError("no <earliestDatestamp>")
    return Identify(
        repository_name=text("repositoryName"),
        base_url=text("baseURL"),
        protocol_version=text("protocolVersion"),
        admin_emails=tuple(map(_text, children.get("adminEmail", ()))),
        earliest_datestamp=parse_datestamp(earliest),
        deleted_record=text("deletedRecord"),
        granularity=SECOND_GRANULARITY if granularity == SECOND_GRANULARITY else DAY_GRANULARITY,
        compression=tuple(map(_text, children.get("compression", ()))),
        descriptions=tuple(part for child in children.get("description", ()) for part in _detached(child)),
    )


def _token(value: str, attribute: Callable[[str], str | None]) -> ResumptionToken | None:
    value = value.strip()
    if not value:
        return None  # an empty token marks the last page of a list
    expiration = attribute("expirationDate")
    try:
        expiration_date = parse_datestamp(expiration) if expiration else None
    except ValueError:
        expiration_date = None
    return ResumptionToken(
        value=value,
        expiration_date=expiration_date,
        complete_list_size=_int_or_none(attribute("completeListSize")),
        cursor=_int_or_none(attribute("cursor")),
    )


_PEEK_BYTES = 4096
"""How far from the end of a page ``PageParser.peek_token`` looks for the token."""
_TOKEN_ATTRIBUTES = frozenset({"expirationDate", "completeListSize", "cursor"})
_DOUBLE_QUOTED = rb'"[\x20\x21\x23-\x25\x27-\x3b\x3d-\x7e]*"'
_SINGLE_QUOTED = rb"'[\x20-\x25\x28-\x3b\x3d-\x7e]*'"
_PEEK_ATTRIBUTE = re.compile(rb"\s+([A-Za-z]+)\s*=\s*(" + _DOUBLE_QUOTED + rb"|" + _SINGLE_QUOTED + rb")")
"""An attribute whose value is printable ASCII without entities or markup (its name and quoted value)."""
_PEEK_TAIL = (
    rb"<resumptionToken((?:\s+[A-Za-z]+\s*=\s*(?:" + _DOUBLE_QUOTED + rb"|" + _SINGLE_QUOTED + rb"))*)\s*>"
    rb"([\t\n\x20-\x25\x27-\x3b\x3d-\x7e]*)</resumptionToken>\s*</%s>\s*</OAI-PMH>\s*\Z"
)
"""The token (its attributes and its value: printable ASCII, tabs and newlines, without entities or markup),
then only the end of the list and of the document."""


@functools.cache
def _tail_pattern(verb: str) -> re.Pattern[bytes]:
    return re.compile(_PEEK_TAIL % verb.encode("ascii"))


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdigit() else None


def _text(element: etree._Element) -> str:
    text = element.text
    return text.strip() if text else ""


def _elements(element: etree._Element) -> Iterator[etree._Element]:
    return (child for child in element if isinstance(child.tag, str))


def _detached(element: etree._Element) -> tuple[etree._Element, ...]:
    """The child elements of ``element``, taken out of the tree so that each stands alone."""
    children = tuple(_elements(element))
    for child in children:
        element.remove(child)
    return children


def records(metadata_prefix: str, *, verb: str = "ListRecords") -> ItemKind[Record]:
    """The items of ListRecords (or GetRecord) in ``metadata_prefix``."""
    return ItemKind(verb, "record", record_reader(metadata_prefix))


HEADERS: ItemKind[Header] = ItemKind("ListIdentifiers", "header", read_header)
SETS: ItemKind[OAISet] = ItemKind("ListSets", "set", read_set)
METADATA_FORMATS: ItemKind[MetadataFormat] = ItemKind("ListMetadataFormats", "metadataFormat", read_metadata_format)
IDENTIFY: ItemKind[Identify] = ItemKind("Identify", "Identify", read_identify)
