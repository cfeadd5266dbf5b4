"""The parser's fast paths give what the slow ones gave: the model builders equal the dataclasses' own
``__init__``; texts reach expat's C handler yet keep their boundaries, their cap and flat memory."""

from __future__ import annotations

import dataclasses
import inspect
import tracemalloc
from datetime import datetime, timezone
from types import MappingProxyType

import pytest

from figshare.resourcesync import DocumentTooLargeError, SitemapParser
from figshare.resourcesync._model import (
    EMPTY_METADATA,
    Capability,
    Change,
    Entry,
    Link,
    Metadata,
    entry_of,
    link_of,
)
from figshare.resourcesync._xml import DocumentLimits
from tests.resourcesync.fake_source import SM

MOMENT = datetime(2013, 1, 3, 9, tzinfo=timezone.utc)
EVERY_METADATA_FIELD = {
    "capability": Capability.RESOURCE_LIST,
    "at": MOMENT,
    "completed": MOMENT.replace(hour=10),
    "from_": MOMENT.replace(hour=11),
    "until": MOMENT.replace(hour=12),
    "change": Change.UPDATED,
    "changed_at": MOMENT.replace(hour=13),
    "hashes": MappingProxyType({"md5": "abc"}),
    "length": 8876,
    "type": "text/html",
    "encoding": "gzip",
    "path": "/a/b",
}


def same_value(made: object, expected: object) -> None:
    assert type(made) is type(expected)
    assert made == expected and repr(made) == repr(expected)
    names = [field.name for field in dataclasses.fields(expected)]  # type: ignore[arg-type]
    assert [getattr(made, name) for name in names] == [getattr(expected, name) for name in names]
    assert dataclasses.replace(made) == expected  # type: ignore[type-var]
    first = names[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, first, None)


MD_ATTRIBUTES = {  # rs:md attribute -> (as written, the field it sets)
    "capability": ("resourcelist", "capability"),
    "at": ("2013-01-03T09:00:00Z", "at"),
    "completed": ("2013-01-03T10:00:00Z", "completed"),
    "from": ("2013-01-03T11:00:00Z", "from_"),
    "until": ("2013-01-03T12:00:00Z", "until"),
    "change": ("updated", "change"),
    "datetime": ("2013-01-03T13:00:00Z", "changed_at"),
    "hash": ("md5:abc", "hashes"),
    "length": ("8876", "length"),
    "type": ("text/html", "type"),
    "encoding": ("gzip", "encoding"),
    "path": ("/a/b", "path"),
}


def test_every_metadata_field_has_an_rs_md_attribute() -> None:
    assert sorted(field for _, field in MD_ATTRIBUTES.values()) == sorted(EVERY_METADATA_FIELD)


@pytest.mark.parametrize("attribute", [*MD_ATTRIBUTES, None])
def test_the_parsers_metadata_equals_the_dataclass(attribute: str | None) -> None:
    chosen = MD_ATTRIBUTES if attribute is None else {attribute: MD_ATTRIBUTES[attribute]}
    written = " ".join(f'{name}="{value}"' for name, (value, _) in chosen.items())
    document = f"<urlset {SM}><url><loc>u</loc><rs:md {written} unknown='kept out'/></url></urlset>"
    [entry] = parse(document.encode())
    same_value(entry.metadata, Metadata(**{field: EVERY_METADATA_FIELD[field] for _, field in chosen.values()}))  # type: ignore[arg-type]


def test_an_rs_md_without_attributes_is_the_empty_metadata() -> None:
    [entry] = parse(f"<urlset {SM}><url><loc>u</loc><rs:md/></url></urlset>".encode())
    assert entry.metadata is EMPTY_METADATA


EVERY_LINK_FIELD = {
    "rel": "duplicate",
    "href": "http://mirror.example.com/a",
    "type": "text/html",
    "length": 12,
    "hashes": MappingProxyType({"sha-256": "def"}),
    "modified": MOMENT,
    "path": "/a",
    "pri": 1,
    "encoding": "gzip",
}


@pytest.mark.parametrize("name", [*list(EVERY_LINK_FIELD)[2:], None])
def test_link_of_equals_the_dataclass(name: str | None) -> None:
    assert list(inspect.signature(link_of).parameters) == [field.name for field in dataclasses.fields(Link)]
    values = EVERY_LINK_FIELD if name is None else {"rel": "up", "href": "h", name: EVERY_LINK_FIELD[name]}
    same_value(link_of(**values), Link(**values))  # type: ignore[arg-type]


def test_entry_of_equals_the_dataclass() -> None:
    assert list(inspect.signature(entry_of).parameters) == [field.name for field in dataclasses.fields(Entry)]
    metadata = Metadata(**EVERY_METADATA_FIELD)  # type: ignore[arg-type]
    links = (Link("duplicate", "http://mirror.example.com/a"),)
    same_value(
        entry_of("http://example.com/a", MOMENT, metadata, links),
        Entry("http://example.com/a", MOMENT, metadata, links),
    )
    same_value(entry_of("u", None, EMPTY_METADATA, ()), Entry("u"))


def parse(*chunks: bytes, limits: DocumentLimits | None = None) -> list[Entry]:
    parser = SitemapParser("https://repo.example.org/list.xml", limits)
    entries = []
    for chunk in chunks:
        entries += parser.feed(chunk)
    return entries + parser.close()


def split(document: str, size: int) -> list[bytes]:
    body = document.encode()
    return [body[start : start + size] for start in range(0, len(body), size)]


@pytest.mark.parametrize("size", [1, 7, 1 << 20])
def test_texts_keep_their_boundaries_in_any_chunking(size: int) -> None:
    document = (
        f"<urlset {SM}>\n  <rs:md capability='resourcelist'/>\n"
        "  <url> <loc> http://e.org/<x>a</x>&amp;b<![CDATA[<c>]]> </loc> stray <lastmod>2013-01-03T09:00:00Z</lastmod>"
        "  tail <rs:md hash='md5:aa' length='3'/></url>\n"
        "  <url><loc>http://e.org/2</loc><other>text<loc>not this</loc></other></url>\n"
        "</urlset>"
    )
    first, second = parse(*split(document, size))
    assert first.uri == "http://e.org/a&b<c>" and first.lastmod == MOMENT
    assert first.metadata == Metadata(hashes=MappingProxyType({"md5": "aa"}), length=3)
    assert second == Entry("http://e.org/2")


def test_an_open_text_is_counted_across_chunks() -> None:
    head = f"<urlset {SM}><url><loc>".encode()
    parser = SitemapParser("u", DocumentLimits(max_text_bytes=100))
    parser.feed(head)
    for _ in range(10):
        parser.feed(b"a" * 10)  # 100 characters: at the cap, not past it
    with pytest.raises(DocumentTooLargeError, match="max_text_bytes"):
        parser.feed(b"a")
    at_cap = parse(head, *[b"a" * 10] * 10, b"</loc></url></urlset>", limits=DocumentLimits(max_text_bytes=100))
    assert at_cap == [Entry("a" * 100)]


def test_texts_outside_loc_and_lastmod_are_not_kept() -> None:
    head = f"<urlset {SM}><rs:md capability='resourcelist'/><url><loc>http://e.org/1</loc><ext>".encode()
    chunk = b"x" * 65536
    parser = SitemapParser("u", DocumentLimits(max_text_bytes=1000))
    parser.feed(head)
    tracemalloc.start()
    try:
        for _ in range(320):  # 20 MiB of text nobody reads
            parser.feed(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024
    assert parser.feed(b"</ext></url></urlset>") == [Entry("http://e.org/1")]
