"""Typed values read from ResourceSync documents (sitemaps with ``rs:md`` and ``rs:ln``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, make_dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

NO_HASHES: Mapping[str, str] = MappingProxyType({})


class Capability(str, enum.Enum):
    """The value of ``<rs:md capability="...">``: which kind of document (or capability) this is."""

    DESCRIPTION = "description"
    CAPABILITY_LIST = "capabilitylist"
    RESOURCE_LIST = "resourcelist"
    RESOURCE_DUMP = "resourcedump"
    RESOURCE_DUMP_MANIFEST = "resourcedump-manifest"
    CHANGE_LIST = "changelist"
    CHANGE_DUMP = "changedump"
    CHANGE_DUMP_MANIFEST = "changedump-manifest"
    # ResourceSync Archives (a companion specification of 1.0 and 1.1)
    RESOURCE_LIST_ARCHIVE = "resourcelist-archive"
    RESOURCE_DUMP_ARCHIVE = "resourcedump-archive"
    CHANGE_LIST_ARCHIVE = "changelist-archive"
    CHANGE_DUMP_ARCHIVE = "changedump-archive"


class Change(str, enum.Enum):
    """The value of ``<rs:md change="...">`` in change lists and change dump manifests."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Link:
    """One ``<rs:ln>`` element: a typed link from a document or from one of its entries."""

    rel: str
    href: str
    type: str | None = None
    length: int | None = None
    hashes: Mapping[str, str] = field(default_factory=lambda: NO_HASHES)
    modified: datetime | None = None
    path: str | None = None
    pri: int | None = None
    encoding: str | None = None


# The parser makes a Metadata and an Entry per entry (and a Link per rs:ln). A frozen dataclass's __init__
# sets each field through object.__setattr__ (a call per field); link_of, entry_of and the parser with
# MetadataDraft fill an instance of a plain class with the same __slots__, then make it the frozen class's
# instance (``__class__`` assignment, which Python allows between classes whose __slots__ are the same): the
# same value (tests compare each with its dataclass's __init__), a quarter to a third of the work.
def _draft_of(cls: type) -> Any:
    """A non-frozen dataclass with the fields (so the slots) of ``cls``: its ``__init__`` stores them plainly."""
    return make_dataclass(f"_{cls.__name__}Draft", [(f.name, f.type) for f in fields(cls)], slots=True)


_LinkDraft = _draft_of(Link)


def link_of(
    rel: str,
    href: str,
    type: str | None = None,
    length: int | None = None,
    hashes: Mapping[str, str] = NO_HASHES,
    modified: datetime | None = None,
    path: str | None = None,
    pri: int | None = None,
    encoding: str | None = None,
) -> Link:
    """``Link(...)`` for the parser's hot path: the same value, made without the frozen ``__init__``."""
    draft = _LinkDraft(rel, href, type, length, hashes, modified, path, pri, encoding)
    draft.__class__ = Link
    link: Link = draft
    return link


@dataclass(frozen=True, slots=True)
class Metadata:
    """One ``<rs:md>`` element, of a whole document or of one entry.

    ``hashes`` maps the algorithm as written in the document (``"md5"``, ``"sha-1"``, ``"sha-256"``) to its
    value. ``changed_at`` is the ``datetime`` attribute (ResourceSync 1.1: when the change happened);
    ``from_`` is the ``from`` attribute.
    """

    capability: Capability | None = None
    at: datetime | None = None
    completed: datetime | None = None
    from_: datetime | None = None
    until: datetime | None = None
    change: Change | None = None
    changed_at: datetime | None = None
    hashes: Mapping[str, str] = field(default_factory=lambda: NO_HASHES)
    length: int | None = None
    type: str | None = None
    encoding: str | None = None
    path: str | None = None


EMPTY_METADATA = Metadata()

MetadataDraft: Any = type("MetadataDraft", (), {"__slots__": Metadata.__slots__})
"""Metadata's slots in a plain class: the parser fills one (every field) as it reads an ``rs:md``'s attributes,
then sets its ``__class__`` to Metadata."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One ``<url>`` (or, in an index, ``<sitemap>``) element: a resource, a capability or a document part."""

    uri: str
    lastmod: datetime | None = None
    metadata: Metadata = EMPTY_METADATA
    links: tuple[Link, ...] = ()

    @property
    def change(self) -> Change | None:
        """``created``, ``updated`` or ``deleted`` in change lists; ``None`` elsewhere."""
        return self.metadata.change

    @property
    def changed_at(self) -> datetime | None:
        """When the change happened: ``rs:md datetime`` (1.1), else ``lastmod`` (how 1.0 said it)."""
        return self.metadata.changed_at or self.lastmod

    @property
    def hashes(self) -> Mapping[str, str]:
        """Declared digests, algorithm -> value (hex)."""
        return self.metadata.hashes

    @property
    def length(self) -> int | None:
        """Declared length in bytes."""
        return self.metadata.length

    @property
    def capability(self) -> Capability | None:
        """The capability an entry of a Source Description or Capability List points at."""
        return self.metadata.capability

    def link(self, rel: str) -> Link | None:
        """The first link with relation ``rel``, or ``None``."""
        return next((link for link in self.links if link.rel == rel), None)


_EntryDraft = _draft_of(Entry)


def entry_of(uri: str, lastmod: datetime | None, metadata: Metadata, links: tuple[Link, ...]) -> Entry:
    """``Entry(uri, lastmod, metadata, links)`` for the parser's hot path, made as ``link_of`` makes a Link."""
    draft = _EntryDraft(uri, lastmod, metadata, links)
    draft.__class__ = Entry
    entry: Entry = draft
    return entry


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a document says about itself: capability, ``rs:md``, ``rs:ln``, and whether it is an index."""

    url: str
    capability: Capability | None
    is_index: bool
    metadata: Metadata = EMPTY_METADATA
    links: tuple[Link, ...] = field(default=())

    def link(self, rel: str) -> Link | None:
        """The first document-level link with relation ``rel`` (``up``, ``index``, ``describedby``...)."""
        return next((link for link in self.links if link.rel == rel), None)


@dataclass(frozen=True, slots=True)
class CapabilityList:
    """A Capability List: which capabilities a set of resources offers, and where.

    ``capabilities`` maps each capability to the URL of its document (the first one, if a list repeats a
    capability); ``entries`` keeps every entry with its links.
    """

    url: str
    info: DocumentInfo
    entries: tuple[Entry, ...]
    resource_list: str | None = field(init=False)
    """URL of the Resource List (or its index), if offered."""
    change_list: str | None = field(init=False)
    """URL of the Change List (or its index), if offered."""
    resource_dump: str | None = field(init=False)
    """URL of the Resource Dump, if offered."""
    change_dump: str | None = field(init=False)
    """URL of the Change Dump, if offered."""

    def __post_init__(self) -> None:
        found = self.capabilities
        for name in ("resource_list", "change_list", "resource_dump", "change_dump"):
            object.__setattr__(self, name, found.get(Capability(name.replace("_", ""))))

    @property
    def capabilities(self) -> dict[Capability, str]:
        """Capability -> URL of its document."""
        found: dict[Capability, str] = {}
        for entry in self.entries:
            if entry.capability is not None:
                found.setdefault(entry.capability, entry.uri)
        return found
