"""A push parser for ResourceSync documents: bytes in, ``DocumentInfo`` and ``Entry`` values out.

It never builds a tree: memory stays flat however long the document is. Network code feeds it chunks as they
arrive (sync or async alike) and collects the entries each chunk completed. Documents with a DOCTYPE or any
entity declaration are refused, so no entity is ever expanded and nothing external is ever loaded.

Two caps (``DocumentLimits``) raise ``DocumentTooLargeError`` once they are passed: the bytes of the whole
document, and the bytes of one text, attribute or tag (expat holds a tag in memory until it ends, so the bytes
fed since its last event are counted once per chunk; the text of a ``<loc>`` or ``<lastmod>`` is counted when
the element ends and after each chunk, other texts are not kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NoReturn
from xml.parsers import expat

from figshare._validate import whole_number
from figshare.resourcesync._errors import DocumentError, DocumentTooLargeError
from figshare.resourcesync._model import (
    EMPTY_METADATA,
    NO_HASHES,
    Capability,
    Change,
    DocumentInfo,
    Entry,
    Link,
    Metadata,
    MetadataDraft,
    entry_of,
    link_of,
)

DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
"""256 MiB: a sitemap holds at most 50,000 URLs in 50 MB (sitemaps.org); ResourceSync documents follow it."""
DEFAULT_MAX_TEXT_BYTES = 10_000_000
"""The same limit on one text node or attribute as the OAI-PMH client's (libxml2's)."""


@dataclass(frozen=True, slots=True)
class DocumentLimits:
    """How large one document, and one text, attribute or tag in it, may be (bytes); checked when made
    (ValueError or TypeError naming the setting)."""

    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES

    def __post_init__(self) -> None:
        for name in ("max_document_bytes", "max_text_bytes"):
            whole_number(getattr(self, name), name, minimum=1)


SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
RS_NS = "http://www.openarchives.org/rs/terms/"

_URLSET = f"{SITEMAP_NS} urlset"
_SITEMAPINDEX = f"{SITEMAP_NS} sitemapindex"
_URL = f"{SITEMAP_NS} url"
_SITEMAP = f"{SITEMAP_NS} sitemap"
_LOC = f"{SITEMAP_NS} loc"
_LASTMOD = f"{SITEMAP_NS} lastmod"
_MD = f"{RS_NS} md"
_LN = f"{RS_NS} ln"


_W3C = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d+))?)?"
    r"(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?"
)


@lru_cache(maxsize=4096)
def parse_w3c(text: str) -> datetime:
    """Parse ``2013-01-03T09:00:00Z`` and its shorter forms into an aware UTC ``datetime``.

    A missing time means midnight; a missing zone (not allowed, but seen) means UTC. Raises ``ValueError``
    for anything else.
    """
    match = _W3C.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a W3C datetime: {text!r}")
    parts = match.groupdict()
    fraction = parts["fraction"] or "0"
    moment = datetime(
        int(parts["year"]),
        int(parts["month"] or 1),
        int(parts["day"] or 1),
        int(parts["hour"] or 0),
        int(parts["minute"] or 0),
        int(parts["second"] or 0),
        int(fraction[:6].ljust(6, "0")),
        tzinfo=timezone.utc,
    )
    zone = parts["zone"]
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        moment -= sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return moment


def format_w3c(moment: datetime) -> str:
    """Write an aware ``datetime`` as UTC W3C datetime (``...Z``), keeping microseconds when present."""
    utc = moment.astimezone(timezone.utc)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond:
        text += f".{utc.microsecond:06d}".rstrip("0")
    return text + "Z"


def parse_hashes(value: str) -> Mapping[str, str]:
    """``"md5:abc sha-256:def"`` -> ``{"md5": "abc", "sha-256": "def"}`` (algorithm names lower-cased)."""
    hashes: dict[str, str] = {}
    for token in value.split():
        algorithm, _, digest = token.partition(":")
        if not digest:  # no ":" leaves it empty too
            raise ValueError(f"hash {token!r} is not written as algorithm:value")
        hashes[algorithm.lower()] = digest
    return MappingProxyType(hashes)


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


_Converter = Callable[[str], Any] | None
_Fields = Mapping[str, tuple[str, _Converter, str]]
_SHARED_FIELDS: _Fields = {
    "type": ("type", None, "text"),
    "encoding": ("encoding", None, "text"),
    "path": ("path", None, "text"),
    "length": ("length", _count, "a non-negative integer"),
    "hash": ("hashes", parse_hashes, "written as algorithm:value digests"),
}
"""``rs:md`` and ``rs:ln`` attributes -> (field, conversion (None: the text as it is), what a bad value is not)."""
_MD_FIELDS: _Fields = {
    **_SHARED_FIELDS,
    "capability": ("capability", Capability, "a known capability"),
    "change": ("change", Change, "created, updated or deleted"),
    "at": ("at", parse_w3c, "a W3C datetime"),
    "completed": ("completed", parse_w3c, "a W3C datetime"),
    "from": ("from_", parse_w3c, "a W3C datetime"),
    "until": ("until", parse_w3c, "a W3C datetime"),
    "datetime": ("changed_at", parse_w3c, "a W3C datetime"),
}
_LN_FIELDS: _Fields = {
    **_SHARED_FIELDS,
    "rel": ("rel", None, "text"),
    "href": ("href", None, "text"),
    "modified": ("modified", parse_w3c, "a W3C datetime"),
    "pri": ("pri", _count, "a non-negative integer"),
}


class SitemapParser:
    """Feed a ResourceSync document in chunks; read its ``info`` and the entries each chunk completed.

    ``info`` is known once the first entry starts (the document's own ``rs:md`` and ``rs:ln`` come before
    its entries) or once the document ends.
    """

    def __init__(self, url: str, limits: DocumentLimits | None = None) -> None:
        self.url = url
        self.limits = limits or DocumentLimits()
        self.info: DocumentInfo | None = None
        self._max_text = self.limits.max_text_bytes
        # Every text goes, in C, into ``_chars``: no Python call per text. It is emptied when a <loc> or a
        # <lastmod> starts (so it holds that element's text when it ends) and after each chunk outside one.
        self._chars: list[str] = []
        self._parser = expat.ParserCreate(namespace_separator=" ")
        self._parser.buffer_text = True
        self._parser.buffer_size = 1 << 16
        self._parser.StartElementHandler = self._start
        self._parser.EndElementHandler = self._end
        self._parser.CharacterDataHandler = self._chars.append
        self._parser.StartDoctypeDeclHandler = self._refusal("has a DOCTYPE (no DTDs or entities are read)")
        self._parser.EntityDeclHandler = self._refusal("declares an entity (entities are never expanded)")
        self._parser.ExternalEntityRefHandler = self._refusal("refers to an external entity")
        self._parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self._depth = 0
        self._is_index = False
        self._doc_md: Metadata = EMPTY_METADATA
        self._doc_links: list[Link] = []
        self._in_entry = False
        self._loc: str | None = None
        self._lastmod: str | None = None
        self._md: Metadata = EMPTY_METADATA
        self._links: list[Link] | None = None
        self._field: str | None = None
        """``_LOC`` or ``_LASTMOD`` while an entry's <loc> or <lastmod> is open, else None."""
        self._counted = 0
        """How many strings of ``_chars`` ``_text_length`` counts (an open field across chunks)."""
        self._text_length = 0
        self._ready: list[Entry] = []
        self._bytes = 0
        self._head = b""
        self._closed = False

    # -- public --------------------------------------------------------------------------------------

    def feed(self, data: bytes) -> list[Entry]:
        """Parse one more chunk; return the entries it completed (possibly none)."""
        if len(self._head) < 200:
            self._head += data[: 200 - len(self._head)]
        self._bytes += len(data)
        limits = self.limits
        if self._bytes > limits.max_document_bytes:
            raise self._too_large("max_document_bytes", "the document")
        self._parse(data, final=False)
        if self._bytes - max(self._parser.CurrentByteIndex, 0) > limits.max_text_bytes:
            raise self._too_large("max_text_bytes", "a tag, attribute or text")
        self._count_text()
        return self._take()

    def close(self) -> list[Entry]:
        """Finish the document; return the last entries. Raises ``DocumentError`` if it was incomplete."""
        if not self._closed:
            self._closed = True
            if self._bytes == 0:
                raise self._error("the response body is empty, not a ResourceSync document")
            self._parse(b"", final=True)
        if self.info is None:
            raise self._error("the document ended before its root element did")
        return self._take()

    # -- expat plumbing ------------------------------------------------------------------------------

    def _parse(self, data: bytes, *, final: bool) -> None:
        try:
            self._parser.Parse(data, final)
        except expat.ExpatError as exc:
            reason = expat.ErrorString(exc.code) if exc.code else str(exc)
            raise self._error(f"not well-formed XML ({reason}, line {exc.lineno}, column {exc.offset})") from None
        except (ValueError, LookupError) as exc:  # LookupError: an encoding Python does not know
            raise self._error(str(exc)) from None

    def _count_text(self) -> None:
        """After a chunk: drop the texts no field needs, or count the open field's new ones against the cap."""
        chars = self._chars
        if self._field is None:
            chars.clear()
            return
        length = self._text_length + sum(map(len, chars[self._counted :]))
        self._counted, self._text_length = len(chars), length
        if length > self._max_text:
            raise self._too_large("max_text_bytes", "a text", "characters")

    def _error(self, reason: str) -> DocumentError:
        return DocumentError(self.url, reason, body_excerpt=self._excerpt())

    def _too_large(self, setting: str, what: str, unit: str = "bytes") -> DocumentTooLargeError:
        limit = getattr(self.limits, setting)
        reason = f"{what} is longer than {limit:,} {unit} ({setting}); refused"
        return DocumentTooLargeError(self.url, reason, setting=setting, limit=limit, body_excerpt=self._excerpt())

    def _excerpt(self) -> str:
        return " ".join(self._head.decode("utf-8", "replace").split())[:200]

    def _take(self) -> list[Entry]:
        ready, self._ready = self._ready, []
        return ready

    def _refusal(self, reason: str) -> Callable[..., NoReturn]:
        def refuse(*_: Any) -> NoReturn:
            raise self._error(f"the document {reason}; refused")

        return refuse

    # -- element handlers (the entries' children first: they are most of any document) ---------------

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        depth = self._depth = self._depth + 1
        if depth == 3:
            if not self._in_entry:
                return
            if name in (_LOC, _LASTMOD):
                self._field = name
                self._chars.clear()
            elif name == _MD:
                self._md = self._metadata(attrs) if attrs else EMPTY_METADATA
            elif name == _LN:
                link = self._link(attrs)
                if self._links is None:
                    self._links = [link]
                else:
                    self._links.append(link)
        elif depth == 2:
            if name in (_URL, _SITEMAP):
                if self.info is None:
                    self._publish_info()
                self._in_entry = True
                self._loc = self._lastmod = self._links = None
                self._md = EMPTY_METADATA
            elif name == _MD:
                self._doc_md = self._metadata(attrs) if attrs else EMPTY_METADATA
            elif name == _LN:
                self._doc_links.append(self._link(attrs))
        elif depth == 1:
            if name == _SITEMAPINDEX:
                self._is_index = True
            elif name != _URLSET:
                shown = "{" + name.replace(" ", "}", 1) if " " in name else name
                raise self._error(f"the root element is <{shown}>, not a sitemap <urlset> or <sitemapindex>")

    def _end(self, name: str) -> None:
        depth = self._depth
        self._depth = depth - 1
        if depth == 3:
            field = self._field
            if field is None:
                return
            self._field = None
            value = "".join(self._chars)
            if self._text_length:
                self._counted = self._text_length = 0
            if len(value) > self._max_text:
                raise self._too_large("max_text_bytes", "a text", "characters")
            if field == _LOC:
                self._loc = value.strip()
            else:
                self._lastmod = value.strip()
        elif depth == 2:
            if not self._in_entry:
                return
            self._in_entry = False
            loc, lastmod, links = self._loc, self._lastmod, self._links
            if not loc:
                raise self._error("an entry has no <loc>")
            try:
                moment = parse_w3c(lastmod) if lastmod else None
            except ValueError:
                raise self._error(f"lastmod={lastmod!r} is not a W3C datetime") from None
            self._ready.append(entry_of(loc, moment, self._md, tuple(links) if links else ()))
        elif depth == 1:
            self._publish_info()

    def _publish_info(self) -> None:
        if self.info is None:
            self.info = DocumentInfo(
                url=self.url,
                capability=self._doc_md.capability,
                is_index=self._is_index,
                metadata=self._doc_md,
                links=tuple(self._doc_links),
            )

    # -- attribute conversion ------------------------------------------------------------------------

    def _convert(self, attrs: dict[str, str], known: _Fields, store: Callable[[str, Any], None]) -> None:
        """``store(field, value)`` for each attribute ``known`` names, converted."""
        try:
            for name, value in attrs.items():
                spec = known.get(name)
                if spec is not None:
                    convert = spec[1]
                    store(spec[0], value if convert is None else convert(value))
        except ValueError:
            raise self._error(f"{name}={value!r} is not {known[name][2]}") from None

    def _metadata(self, attrs: dict[str, str]) -> Metadata:
        # One per entry: made as _model.link_of makes a Link (no frozen __init__), the attributes converted
        # straight into the draft (no dict, no keyword call). Tests compare it with Metadata(...).
        draft = MetadataDraft()
        draft.capability = draft.at = draft.completed = draft.from_ = draft.until = draft.change = None
        draft.changed_at = draft.length = draft.type = draft.encoding = draft.path = None
        draft.hashes = NO_HASHES
        self._convert(attrs, _MD_FIELDS, draft.__setattr__)
        draft.__class__ = Metadata
        metadata: Metadata = draft
        return metadata

    def _link(self, attrs: dict[str, str]) -> Link:
        fields: dict[str, Any] = {}
        self._convert(attrs, _LN_FIELDS, fields.__setitem__)
        if not fields.get("rel") or not fields.get("href"):
            raise self._error("an <rs:ln> lacks its rel or href attribute")
        return link_of(**fields)
