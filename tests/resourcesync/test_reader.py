"""Readers over HTTP: discovery, index following, change windows, bad documents, HTTP safety."""

from __future__ import annotations

import base64
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from figshare._retry import RetryPolicy
from figshare.errors import BotChallengeError, NotFoundError, ResponseParseError
from figshare.resourcesync import (
    AsyncResourceSyncClient,
    Capability,
    Change,
    DiscoveryError,
    DocumentError,
    ResourceSyncClient,
    UnexpectedCapabilityError,
)
from tests.resourcesync.fake_source import BASE, FakeSource, sitemapindex, standard_source, url_entry, urlset

UTC = timezone.utc
CAPLIST = f"{BASE}/rs/capabilitylist.xml"


def client_for(source: FakeSource, **options: object) -> ResourceSyncClient:
    return ResourceSyncClient(http_client=source.client(), rate_limit=None, **options)  # type: ignore[arg-type]


# -- discovery ---------------------------------------------------------------------------------------


def test_discovery_through_the_well_known_uri() -> None:
    source = standard_source({"/a": b"a"})
    with client_for(source) as client:
        found = client.discover(BASE)
    assert found.url == f"{BASE}/.well-known/resourcesync"
    assert found.capability_list_urls == [CAPLIST]


def test_discovery_accepts_a_capability_list_url_directly() -> None:
    source = standard_source({"/a": b"a"})
    with client_for(source) as client:
        found = client.discover(CAPLIST)
    assert found.url is None and found.capability_list_urls == [CAPLIST]
    assert source.requests == [CAPLIST]


def test_discovery_through_robots_txt() -> None:
    source = FakeSource()
    source.add("https://portal.example/robots.txt", b"User-agent: *\nDisallow: /x\nSitemap: /rs/caps.xml # ours\n")
    source.add_xml("https://portal.example/rs/caps.xml", urlset("capabilitylist", []))
    with client_for(source) as client:
        found = client.discover("https://portal.example/")
    assert found.capability_list_urls == ["https://portal.example/rs/caps.xml"]


def test_discovery_through_link_header_and_html_link() -> None:
    for headers, page in [
        ({"Link": '<https://portal.example/caps.xml>; rel="resourcesync"'}, b"<html></html>"),
        ({}, b'<html><head><link rel="resourcesync" href="/caps.xml"></head><body>hi</body></html>'),
    ]:
        source = FakeSource()
        source.add("https://portal.example/", page, headers={"Content-Type": "text/html", **headers})
        source.add_xml("https://portal.example/caps.xml", urlset("capabilitylist", []))
        with client_for(source) as client:
            assert client.discover("https://portal.example/").capability_list_urls == [
                "https://portal.example/caps.xml"
            ]


def _portal_with_unresolvable_pointers() -> FakeSource:
    """A portal whose robots.txt, Link header and HTML each point at ``http://[x`` (which urljoin refuses)
    before the real Capability List."""
    source = FakeSource()
    source.add("https://portal.example/robots.txt", b"Sitemap: http://[x/a.xml\nSitemap: /caps.xml\n")
    page = b'<html><head><link rel="resourcesync" href="http://[x/b.xml"></head></html>'
    headers = {"Content-Type": "text/html", "Link": '<http://[x/c.xml>; rel="resourcesync"'}
    source.add("https://portal.example/", page, headers=headers)
    source.add_xml("https://portal.example/caps.xml", urlset("capabilitylist", []))
    return source


def test_discovery_leaves_out_pointers_that_cannot_be_resolved() -> None:
    with client_for(_portal_with_unresolvable_pointers()) as client:
        found = client.discover("https://portal.example/")
    assert found.capability_list_urls == ["https://portal.example/caps.xml"]


async def test_async_discovery_leaves_out_pointers_that_cannot_be_resolved() -> None:
    source = _portal_with_unresolvable_pointers()
    async with AsyncResourceSyncClient(http_client=source.async_client(), rate_limit=None) as client:
        found = await client.discover("https://portal.example/")
    assert found.capability_list_urls == ["https://portal.example/caps.xml"]


def test_discovery_failure_says_what_was_tried() -> None:
    source = FakeSource()
    source.add("https://portal.example/", b"<html><body>no sync here</body></html>")
    with client_for(source) as client, pytest.raises(DiscoveryError) as caught:
        client.discover("https://portal.example/")
    assert "/.well-known/resourcesync (HTTP 404)" in str(caught.value)
    assert "robots.txt (HTTP 404)" in str(caught.value)


def test_waf_challenge_is_an_error_not_an_empty_source() -> None:
    source = FakeSource()
    source.add(f"{BASE}/.well-known/resourcesync", b"", status=202, headers={"x-amzn-waf-action": "challenge"})
    with client_for(source) as client, pytest.raises(BotChallengeError):
        client.discover(BASE)


# -- documents ---------------------------------------------------------------------------------------


def test_resource_list_index_is_followed_part_by_part_lazily() -> None:
    source = standard_source({f"/r{i}": b"x" for i in range(6)})
    with client_for(source) as client:
        entries = client.resource_list(f"{BASE}/rs/resourcelist.xml")
        first = next(entries)
        assert first.uri == f"{BASE}/r0"
        assert f"{BASE}/rs/resourcelist-2.xml" not in source.requests  # not fetched before it is needed
        assert [e.uri for e in entries] == [f"{BASE}/r{i}" for i in range(1, 6)]
    assert source.requests[-1] == f"{BASE}/rs/resourcelist-2.xml"


def _change_index_source() -> FakeSource:
    source = FakeSource()
    days = [("2024-01-01", "2024-01-02"), ("2024-01-02", "2024-01-03"), ("2024-01-03", None)]
    parts = []
    for number, (start, end) in enumerate(days, start=1):
        until = f' until="{end}T00:00:00Z"' if end else ""
        url = f"{BASE}/cl-{number}.xml"
        parts.append(f'<sitemap><loc>{url}</loc><rs:md from="{start}T00:00:00Z"{until}/></sitemap>')
        changes = [
            url_entry(f"{BASE}/res1", f'change="updated" datetime="{start}T10:00:00Z"'),
            url_entry(f"{BASE}/res{number + 1}", f'change="created" datetime="{start}T11:00:00Z"'),
        ]
        source.add_xml(url, urlset("changelist", changes, f' from="{start}T00:00:00Z"{until}'))
    source.add_xml(f"{BASE}/cl.xml", sitemapindex("changelist", parts, ' from="2024-01-01T00:00:00Z"'))
    return source


def test_change_list_window_skips_index_parts_outside_it() -> None:
    source = _change_index_source()
    since = datetime(2024, 1, 2, 10, 30, tzinfo=UTC)
    with client_for(source) as client:
        changes = list(client.change_list(f"{BASE}/cl.xml", since=since))
    assert f"{BASE}/cl-1.xml" not in source.requests
    assert [(c.uri, c.changed_at) for c in changes] == [
        (f"{BASE}/res3", datetime(2024, 1, 2, 11, tzinfo=UTC)),
        (f"{BASE}/res1", datetime(2024, 1, 3, 10, tzinfo=UTC)),
        (f"{BASE}/res4", datetime(2024, 1, 3, 11, tzinfo=UTC)),
    ]


def test_change_list_window_with_until_and_collapse_to_latest() -> None:
    source = _change_index_source()
    until = datetime(2024, 1, 2, 23, tzinfo=UTC)
    with client_for(source) as client:
        latest = client.latest_changes(f"{BASE}/cl.xml", until=until)
    assert f"{BASE}/cl-3.xml" not in source.requests
    assert [(c.uri, c.changed_at.day if c.changed_at else None) for c in latest] == [
        (f"{BASE}/res2", 1),
        (f"{BASE}/res1", 2),
        (f"{BASE}/res3", 2),
    ]


def test_collapse_keeps_a_resource_where_its_latest_change_was_read() -> None:
    changes = [
        url_entry(f"{BASE}/res1", 'change="created" datetime="2024-01-01T10:00:00Z"'),
        url_entry(f"{BASE}/res2", 'change="created" datetime="2024-01-01T11:00:00Z"'),
        url_entry(f"{BASE}/res1", 'change="updated" datetime="2024-01-01T12:00:00Z"'),  # newer: res1 moves last
        url_entry(f"{BASE}/res2", 'change="updated" datetime="2024-01-01T09:00:00Z"'),  # older: ignored, res2 stays
    ]
    source = FakeSource()
    source.add_xml(f"{BASE}/cl.xml", urlset("changelist", changes))
    with client_for(source) as client:
        latest = client.latest_changes(f"{BASE}/cl.xml")
    assert [(c.uri.rsplit("/", 1)[1], c.change) for c in latest] == [("res2", Change.CREATED), ("res1", Change.UPDATED)]


def test_collapse_keeps_document_order_for_undated_changes(shared_dir: Path) -> None:
    example = shared_dir / "resourcesync-spec-examples" / "resourcesync_ex_19.xml"
    source = FakeSource()
    source.add_xml(f"{BASE}/cl.xml", example.read_bytes())
    with client_for(source) as client:
        latest = client.latest_changes(f"{BASE}/cl.xml")
    assert [(c.uri.rsplit("/", 1)[1], c.change, c.changed_at) for c in latest] == [
        ("res1.html", Change.CREATED, datetime(2013, 1, 3, 11, tzinfo=UTC)),
        ("res3.tiff", Change.DELETED, datetime(2013, 1, 3, 18, tzinfo=UTC)),
        ("res2.pdf", Change.UPDATED, None),
    ]


def test_typed_readers_check_the_capability() -> None:
    source = standard_source({"/a": b"a"})
    with client_for(source) as client:
        with pytest.raises(UnexpectedCapabilityError, match="expected a changelist document, found resourcelist"):
            list(client.change_list(f"{BASE}/rs/resourcelist.xml"))
        capabilities = client.capability_list(CAPLIST)
    assert capabilities.resource_list == f"{BASE}/rs/resourcelist.xml"
    assert capabilities.change_list == f"{BASE}/rs/changelist.xml"
    assert capabilities.capabilities.keys() == {Capability.RESOURCE_LIST, Capability.CHANGE_LIST}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty"),
        (b"<html><body>Service unavailable</body></html>", "root element is <html>"),
        (b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>x", "not well-formed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>&b;</loc></url></urlset>",
            "DOCTYPE",
        ),
        (
            b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            b"xmlns:rs='http://www.openarchives.org/rs/terms/'><rs:md capability='resourcelist'/>"
            b"<url><loc>http://x/</loc><rs:md length='-3'/></url></urlset>",
            "length='-3'",
        ),
    ],
)
def test_bad_documents_raise_typed_errors(body: bytes, message: str) -> None:
    source = FakeSource()
    source.add(f"{BASE}/rl.xml", body)
    with client_for(source) as client, pytest.raises(DocumentError, match=message) as caught:
        list(client.resource_list(f"{BASE}/rl.xml"))
    assert isinstance(caught.value, ResponseParseError)
    assert caught.value.url == f"{BASE}/rl.xml"


# -- HTTP behaviour ----------------------------------------------------------------------------------


def test_retries_on_503_with_retry_after() -> None:
    source = standard_source({"/a": b"a"})
    answers = iter([httpx.Response(503, headers={"Retry-After": "0"}), None])
    real = source.routes[CAPLIST]

    def flaky(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        return answer if answer is not None else real(request)

    source.routes[CAPLIST] = flaky
    with client_for(source, retry=RetryPolicy(max_retries=2, initial_backoff=0)) as client:
        assert client.capability_list(CAPLIST).resource_list is not None
    assert source.requests.count(CAPLIST) == 2


def test_error_status_is_raised() -> None:
    with client_for(FakeSource()) as client, pytest.raises(NotFoundError):
        client.info(f"{BASE}/missing.xml")


def test_credentials_go_only_to_their_host() -> None:
    seen: dict[str, str | None] = {}
    other = "https://mirror.example.net/rs/resourcelist.xml"
    source = FakeSource()
    source.add_xml(CAPLIST, urlset("capabilitylist", [url_entry(other, 'capability="resourcelist"')]))
    source.add_xml(other, urlset("resourcelist", []))

    def handler(request: httpx.Request) -> httpx.Response:
        seen[str(request.url)] = request.headers.get("Authorization")
        return source.handler(request)

    auth = httpx.BasicAuth("user", "secret-password")
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with ResourceSyncClient(http_client=http, rate_limit=None, auth=auth, trusted_hosts=["repo.example.org"]) as rs:
        caps = rs.capability_list(CAPLIST)
        assert caps.resource_list is not None
        assert list(rs.resource_list(caps.resource_list)) == []
    assert seen[CAPLIST] == "Basic " + base64.b64encode(b"user:secret-password").decode()
    assert seen[other] is None


def test_auth_without_hosts_is_refused() -> None:
    with pytest.raises(ValueError, match="trusted_hosts"):
        ResourceSyncClient(auth=httpx.BasicAuth("u", "p"))


async def test_async_readers() -> None:
    source = _change_index_source()
    extra = standard_source({f"/r{i}": b"x" for i in range(4)})
    source.routes.update(extra.routes)
    async with AsyncResourceSyncClient(http_client=source.async_client(), rate_limit=None) as client:
        found = await client.discover(BASE)
        assert found.capability_list_urls == [CAPLIST]
        uris = [entry.uri async for entry in client.resource_list(f"{BASE}/rs/resourcelist.xml")]
        assert uris == [f"{BASE}/r{i}" for i in range(4)]
        since = datetime(2024, 1, 2, 10, 30, tzinfo=UTC)
        latest = await client.latest_changes(f"{BASE}/cl.xml", since=since)
        assert [c.uri for c in latest] == [f"{BASE}/res3", f"{BASE}/res1", f"{BASE}/res4"]
        async with client.open(CAPLIST) as document:
            assert document.info.capability is Capability.CAPABILITY_LIST
    assert f"{BASE}/cl-1.xml" not in source.requests
