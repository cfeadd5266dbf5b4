"""Following Resource List Indexes: depth first in document order, each document read once, nesting capped."""

from __future__ import annotations

import pytest

from figshare.resourcesync import AsyncResourceSyncClient, DocumentError, ResourceSyncClient
from tests.resourcesync.fake_source import BASE, FakeSource, sitemapindex, url_entry, urlset


def part(name: str) -> str:
    return f"<sitemap><loc>{BASE}/{name}.xml</loc></sitemap>"


def source_of(indexes: dict[str, list[str]], lists: dict[str, list[str]]) -> FakeSource:
    source = FakeSource()
    for name, parts in indexes.items():
        source.add_xml(f"{BASE}/{name}.xml", sitemapindex("resourcelist", [part(p) for p in parts]))
    for name, resources in lists.items():
        source.add_xml(f"{BASE}/{name}.xml", urlset("resourcelist", [url_entry(f"{BASE}/{r}") for r in resources]))
    return source


NESTED = source_of(
    # top lists itself, a nested index, a list twice, and a part the nested index has read already
    {"top": ["top", "a", "inner", "a", "c"], "inner": ["b", "c", "a"]},
    {"a": ["a1", "a2"], "b": ["b1"], "c": ["c1"]},
)
EXPECTED = ["a1", "a2", "b1", "c1"]


def test_indexes_are_read_depth_first_in_document_order_each_document_once() -> None:
    NESTED.requests.clear()
    with ResourceSyncClient(http_client=NESTED.client(), rate_limit=None) as client:
        assert [entry.uri for entry in client.resource_list(f"{BASE}/top.xml")] == [f"{BASE}/{r}" for r in EXPECTED]
    assert NESTED.requests == [f"{BASE}/{name}.xml" for name in ("top", "a", "inner", "b", "c")]


async def test_the_async_client_walks_indexes_the_same_way() -> None:
    NESTED.requests.clear()
    async with AsyncResourceSyncClient(http_client=NESTED.async_client(), rate_limit=None) as client:
        uris = [entry.uri async for entry in client.resource_list(f"{BASE}/top.xml")]
    assert uris == [f"{BASE}/{r}" for r in EXPECTED]
    assert NESTED.requests == [f"{BASE}/{name}.xml" for name in ("top", "a", "inner", "b", "c")]


@pytest.mark.parametrize(("levels", "fails"), [(3, False), (4, True)])
def test_indexes_nest_at_most_three_deep(levels: int, fails: bool) -> None:
    names = [f"index{level}" for level in range(levels)]
    source = source_of(
        {name: [following] for name, following in zip(names, [*names[1:], "list"], strict=True)}, {"list": ["r"]}
    )
    with ResourceSyncClient(http_client=source.client(), rate_limit=None) as client:
        entries = client.resource_list(f"{BASE}/index0.xml")
        if fails:
            with pytest.raises(DocumentError, match="nested more than 3 deep"):
                list(entries)
        else:
            assert [entry.uri for entry in entries] == [f"{BASE}/r"]
