"""Every example document of the ResourceSync 1.1 specification parses to the right objects."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from figshare.resourcesync import Capability, Change, DocumentInfo, Entry, Link
from figshare.resourcesync._xml import SitemapParser

EX = "http://example.com"


def t(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


@pytest.fixture(scope="module")
def examples(shared_dir: Path) -> Path:
    return shared_dir / "resourcesync-spec-examples"


def parse(examples: Path, number: int, chunk_size: int = 7) -> tuple[DocumentInfo, list[Entry]]:
    """Parse one example, fed in tiny chunks so that every element straddles a chunk boundary somewhere."""
    path = examples / f"resourcesync_ex_{number}.xml"
    data = path.read_bytes()
    parser = SitemapParser(path.as_uri())
    entries: list[Entry] = []
    for start in range(0, len(data), chunk_size):
        entries += parser.feed(data[start : start + chunk_size])
    entries += parser.close()
    assert parser.info is not None
    return parser.info, entries


def test_all_thirty_examples_are_present_and_parse(examples: Path) -> None:
    files = sorted(examples.glob("resourcesync_ex_*.xml"))
    assert len(files) == 30
    for path in files:
        parser = SitemapParser(path.as_uri())
        parser.feed(path.read_bytes())
        parser.close()
        assert parser.info is not None and parser.info.capability is not None, path.name


def test_ex1_minimal_resource_list(examples: Path) -> None:
    info, entries = parse(examples, 1)
    assert info.capability is Capability.RESOURCE_LIST and not info.is_index
    assert info.metadata.at == t("2013-01-03T09:00:00Z")
    assert [e.uri for e in entries] == [f"{EX}/res1", f"{EX}/res2"]
    assert entries[0].lastmod is None and dict(entries[0].hashes) == {}


def test_ex2_resource_list_with_hashes_and_duplicate_link(examples: Path) -> None:
    _, (res1, res2) = parse(examples, 2)
    assert res1.lastmod == t("2013-01-02T13:00:00Z")
    assert dict(res1.hashes) == {"md5": "1584abdf8ebdc9802ac0c6a7402c03b6"}
    assert res2.links == (Link(rel="duplicate", href="http://mirror.example.com/res2"),)


def test_ex3_change_list(examples: Path) -> None:
    info, entries = parse(examples, 3)
    assert info.capability is Capability.CHANGE_LIST
    assert (info.metadata.from_, info.metadata.until) == (
        t("2013-01-02T00:00:00Z"),
        t("2013-01-03T00:00:00Z"),
    )
    assert [(e.uri, e.change, e.changed_at) for e in entries] == [
        (f"{EX}/res1.pdf", Change.UPDATED, t("2013-01-02T13:00:00Z")),
        (f"{EX}/res2.pdf", Change.DELETED, t("2013-01-02T14:00:00Z")),
        (f"{EX}/res3.tiff", Change.CREATED, t("2013-01-02T15:00:00Z")),
    ]
    # 1.1: lastmod is the resource's own last modification, datetime the time of the change
    assert entries[2].lastmod == t("2011-01-01T00:00:00Z")


def test_ex4_resource_dump(examples: Path) -> None:
    info, entries = parse(examples, 4)
    assert info.capability is Capability.RESOURCE_DUMP
    assert [e.uri for e in entries] == [f"{EX}/resourcedump.zip"]


def test_ex5_resource_dump_manifest_paths(examples: Path) -> None:
    info, entries = parse(examples, 5)
    assert info.capability is Capability.RESOURCE_DUMP_MANIFEST
    assert [(e.uri, e.metadata.path) for e in entries] == [
        (f"{EX}/res1", "/resources/res1"),
        (f"{EX}/res2", "/resources/res2"),
    ]


@pytest.mark.parametrize("number", [6, 13])
def test_capability_lists(examples: Path, number: int) -> None:
    info, entries = parse(examples, number)
    assert info.capability is Capability.CAPABILITY_LIST
    assert info.link("up") == Link(rel="up", href=f"{EX}/resourcesync_description.xml")
    assert info.link("describedby") == Link(rel="describedby", href=f"{EX}/info_about_set1_of_resources.xml")
    expected = [
        (f"{EX}/dataset1/resourcelist.xml", Capability.RESOURCE_LIST),
        (f"{EX}/dataset1/resourcedump.xml", Capability.RESOURCE_DUMP),
        (f"{EX}/dataset1/changelist.xml", Capability.CHANGE_LIST),
    ]
    if number == 13:
        expected.append((f"{EX}/dataset1/changedump.xml", Capability.CHANGE_DUMP))
    assert [(e.uri, e.capability) for e in entries] == expected


@pytest.mark.parametrize(("number", "count"), [(7, 1), (12, 3)])
def test_source_descriptions(examples: Path, number: int, count: int) -> None:
    info, entries = parse(examples, number)
    assert info.capability is Capability.DESCRIPTION
    assert info.link("describedby") is not None
    assert len(entries) == count
    for index, entry in enumerate(entries, start=1):
        assert entry.capability is Capability.CAPABILITY_LIST
        described = entry.link("describedby")
        assert described is not None and described.href.endswith(".xml")
        if number == 12:
            assert entry.uri == f"{EX}/capabilitylist{index}.xml"


def test_ex8_resource_list_index(examples: Path) -> None:
    info, entries = parse(examples, 8)
    assert info.is_index and info.capability is Capability.RESOURCE_LIST
    assert [e.uri for e in entries] == [f"{EX}/resourcelist-part1.xml", f"{EX}/resourcelist-part2.xml"]


def test_ex14_two_hashes_length_type_completed(examples: Path) -> None:
    info, (res1, res2) = parse(examples, 14)
    assert info.metadata.completed == t("2013-01-03T09:01:00Z")
    assert info.link("up") == Link(rel="up", href=f"{EX}/dataset1/capabilitylist.xml")
    assert (res1.length, res1.metadata.type) == (8876, "text/html")
    assert dict(res2.hashes) == {
        "md5": "1e0d5cb8ef6ba40c99b14c0237be735e",
        "sha-256": "854f61290e2e197a11bc91063afce22e43f8ccc655237050ace766adc68dc784",
    }
    assert (res2.length, res2.metadata.type) == (14599, "application/pdf")


def test_ex15_index_parts_carry_their_own_at(examples: Path) -> None:
    info, parts = parse(examples, 15)
    assert info.is_index and info.metadata.completed == t("2013-01-03T09:10:00Z")
    assert [p.metadata.at for p in parts] == [
        t("2013-01-03T09:00:00Z"),
        t("2013-01-03T09:03:00Z"),
        t("2013-01-03T09:07:00Z"),
    ]


def test_ex16_part_links_to_its_index(examples: Path) -> None:
    info, entries = parse(examples, 16)
    assert info.link("index") == Link(rel="index", href=f"{EX}/dataset1/resourcelist-index.xml")
    assert [(e.uri, e.length, e.metadata.type) for e in entries] == [
        (f"{EX}/res3", 4385, "application/pdf"),
        (f"{EX}/res4", 883, "image/png"),
    ]


def test_ex17_resource_dump_packages_link_their_manifests(examples: Path) -> None:
    info, packages = parse(examples, 17)
    assert info.capability is Capability.RESOURCE_DUMP
    assert [p.length for p in packages] == [4765, 9875, 2298]
    contents = packages[0].link("contents")
    assert contents == Link(rel="contents", href=f"{EX}/resourcedump_manifest-part1.xml", type="application/xml")
    assert packages[1].metadata.completed == t("2013-01-03T09:03:00Z")


def test_ex18_resource_dump_manifest(examples: Path) -> None:
    info, entries = parse(examples, 18)
    assert info.capability is Capability.RESOURCE_DUMP_MANIFEST
    assert [(e.metadata.path, e.length, sorted(e.hashes)) for e in entries] == [
        ("/resources/res1", 8876, ["md5"]),
        ("/resources/res2", 14599, ["md5", "sha-256"]),
    ]


def test_ex19_change_list_with_repeated_resource_and_missing_datetime(examples: Path) -> None:
    _, entries = parse(examples, 19)
    assert [(e.uri.rsplit("/", 1)[1], e.change) for e in entries] == [
        ("res1.html", Change.CREATED),
        ("res2.pdf", Change.UPDATED),
        ("res3.tiff", Change.DELETED),
        ("res2.pdf", Change.UPDATED),
    ]
    assert entries[0].lastmod == t("2000-01-01T01:01:00Z")
    assert entries[0].changed_at == t("2013-01-03T11:00:00Z")
    assert entries[3].changed_at is None


def test_ex20_change_list_index_with_open_ended_part(examples: Path) -> None:
    info, parts = parse(examples, 20)
    assert info.is_index and info.capability is Capability.CHANGE_LIST
    assert [(p.metadata.from_, p.metadata.until) for p in parts] == [
        (t("2013-01-01T00:00:00Z"), t("2013-01-02T00:00:00Z")),
        (t("2013-01-02T00:00:00Z"), t("2013-01-03T00:00:00Z")),
        (t("2013-01-03T00:00:00Z"), None),
    ]


def test_ex21_change_list_part(examples: Path) -> None:
    info, entries = parse(examples, 21)
    assert info.link("index") is not None
    assert [e.change for e in entries] == [Change.CREATED, Change.UPDATED, Change.DELETED, Change.UPDATED]


def test_ex22_change_dump(examples: Path) -> None:
    info, packages = parse(examples, 22)
    assert info.capability is Capability.CHANGE_DUMP
    assert (packages[0].length, packages[0].metadata.from_, packages[0].metadata.until) == (
        3109,
        t("2013-01-01T00:00:00Z"),
        t("2013-01-02T00:00:00Z"),
    )
    assert all(p.link("contents") is not None for p in packages)


def test_ex23_change_dump_manifest(examples: Path) -> None:
    info, entries = parse(examples, 23)
    assert info.capability is Capability.CHANGE_DUMP_MANIFEST
    assert [(e.change, e.metadata.path) for e in entries] == [
        (Change.CREATED, "/changes/res7.html"),
        (Change.UPDATED, "/changes/res9.pdf"),
        (Change.DELETED, None),
        (Change.UPDATED, "/changes/res7-v2.html"),
    ]
    assert entries[3].hashes["md5"] == "0988647082c8bc51778894a48ec3b576"


def test_ex24_mirrors_with_priorities(examples: Path) -> None:
    _, (entry,) = parse(examples, 24)
    assert [(ln.pri, ln.href) for ln in entry.links] == [
        (1, "http://mirror1.example.com/res1"),
        (2, "http://mirror2.example.com/res1"),
        (3, "gsiftp://gridftp.example.com/res1"),
    ]
    assert entry.links[2].modified == t("2013-01-03T18:00:23Z")


def test_ex25_alternate_representations(examples: Path) -> None:
    _, (entry,) = parse(examples, 25)
    assert [(ln.rel, ln.type) for ln in entry.links] == [
        ("alternate", "text/html"),
        ("alternate", "application/pdf"),
    ]


def test_ex26_canonical(examples: Path) -> None:
    _, (entry,) = parse(examples, 26)
    assert entry.link("canonical") == Link(rel="canonical", href=f"{EX}/res1", modified=t("2013-01-03T18:00:00Z"))


def test_ex27_patch_links_and_large_lengths(examples: Path) -> None:
    _, (res4, res5) = parse(examples, 27)
    patch = res4.link("http://www.openarchives.org/rs/terms/patch")
    assert patch is not None and patch.length == 73 and patch.type == "application/json-patch"
    assert patch.hashes["sha-256"] == "y66dER_t_HWEIKpesdkeb7rtSc-ippjf9823742opld"
    assert res5.length == 9788456778


def test_ex28_describedby_and_describes(examples: Path) -> None:
    _, (pdf, metadata) = parse(examples, 28)
    assert pdf.link("describedby") is not None
    describes = metadata.link("describes")
    assert describes is not None and describes.length == 8876
    assert metadata.link("profile") == Link(rel="profile", href="http://purl.org/dc/elements/1.1/")


def test_ex29_memento_links(examples: Path) -> None:
    _, (entry,) = parse(examples, 29)
    assert [ln.rel for ln in entry.links] == ["memento", "timegate", "timemap"]
    assert entry.change is Change.UPDATED and entry.changed_at == t("2013-01-03T18:00:00Z")


def test_ex30_collection_link(examples: Path) -> None:
    _, (entry,) = parse(examples, 30)
    assert entry.link("collection") == Link(rel="collection", href=f"{EX}/aggregation/0601007")
    assert entry.changed_at is None


@pytest.mark.parametrize(("number", "host"), [(31, "original"), (32, "aggregator1"), (33, "aggregator2")])
def test_ex31_to_33_provenance(examples: Path, number: int, host: str) -> None:
    info, (entry,) = parse(examples, number)
    assert entry.uri == f"http://{host}.example.com/res1.html"
    if number != 31:
        via = entry.link("via")
        assert via is not None and via.href == "http://original.example.com/res1.html"
        assert info.link("up") is not None and host in info.link("up").href  # type: ignore[union-attr]
