"""An in-memory ResourceSync Source served through ``httpx.MockTransport`` (blocking and async)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import httpx

BASE = "https://repo.example.org"
SM = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:rs="http://www.openarchives.org/rs/terms/"'

Responder = Callable[[httpx.Request], httpx.Response]


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


def urlset(capability: str, urls: Iterable[str], extra_md: str = "", links: str = "") -> bytes:
    body = "".join(urls)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {SM}>{links}'
        f'<rs:md capability="{capability}"{extra_md}/>{body}</urlset>'
    ).encode()


def sitemapindex(capability: str, parts: Iterable[str], extra_md: str = "") -> bytes:
    body = "".join(parts)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {SM}>'
        f'<rs:md capability="{capability}"{extra_md}/>{body}</sitemapindex>'
    ).encode()


def url_entry(loc: str, md: str = "", lastmod: str | None = None, inner: str = "") -> str:
    lastmod_xml = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
    return f"<url><loc>{loc}</loc>{lastmod_xml}<rs:md {md}/>{inner}</url>"


def resource_md(data: bytes) -> str:
    return f'hash="md5:{md5(data)}" length="{len(data)}"'


@dataclass
class FakeSource:
    """Documents and resources by URL; every request is recorded in ``requests``."""

    routes: dict[str, Responder] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def add(self, url: str, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.routes[url] = lambda request: httpx.Response(status, content=body, headers=headers)

    def add_xml(self, url: str, body: bytes) -> None:
        self.add(url, body, headers={"Content-Type": "application/xml"})

    def handler(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.requests.append(url)
        responder = self.routes.get(url)
        if responder is None:
            return httpx.Response(404, text="Not Found")
        return responder(request)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handler), follow_redirects=True)

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handler), follow_redirects=True)


def dump_package(members: dict[str, bytes], manifest: bytes | None, manifest_first: bool = True) -> bytes:
    """A ZIP with ``members`` (path -> bytes), ``manifest.xml`` first or last."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None and manifest_first:
            archive.writestr("manifest.xml", manifest)
        for name, data in members.items():
            archive.writestr(name, data)
        if manifest is not None and not manifest_first:
            archive.writestr("manifest.xml", manifest)
    return buffer.getvalue()


def standard_source(
    resources: dict[str, bytes],
    *,
    changes: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    with_dump: bool = False,
) -> FakeSource:
    """A Source with well-known description, one capability list, a resource list (as an index of two
    parts when there are 2+ resources), a change list (``changes``: (path, change, datetime)) and,
    optionally, a resource dump of one package."""
    source = FakeSource()
    caplist = f"{BASE}/rs/capabilitylist.xml"
    source.add_xml(
        f"{BASE}/.well-known/resourcesync",
        urlset("description", [url_entry(caplist, 'capability="capabilitylist"')]),
    )
    capabilities = [
        url_entry(f"{BASE}/rs/resourcelist.xml", 'capability="resourcelist"'),
        url_entry(f"{BASE}/rs/changelist.xml", 'capability="changelist"'),
    ]
    if with_dump:
        capabilities.append(url_entry(f"{BASE}/rs/resourcedump.xml", 'capability="resourcedump"'))
    source.add_xml(caplist, urlset("capabilitylist", capabilities))
    entries = []
    for path, data in resources.items():
        uri = f"{BASE}{path}"
        source.add(uri, data)
        entries.append(url_entry(uri, resource_md(data), lastmod="2024-01-01T00:00:00Z"))
    half = max(1, len(entries) // 2)
    parts = [entries[:half], entries[half:]]
    index_parts = []
    for number, part in enumerate(parts, start=1):
        part_url = f"{BASE}/rs/resourcelist-{number}.xml"
        source.add_xml(part_url, urlset("resourcelist", part, ' at="2024-01-02T00:00:00Z"'))
        index_parts.append(f"<sitemap><loc>{part_url}</loc></sitemap>")
    source.add_xml(
        f"{BASE}/rs/resourcelist.xml",
        sitemapindex("resourcelist", index_parts, ' at="2024-01-02T00:00:00Z"'),
    )
    change_entries = []
    for path, change, when in changes:
        uri = f"{BASE}{path}"
        md = f'change="{change}" datetime="{when}"'
        if change != "deleted":
            md += " " + resource_md(resources[path])
        change_entries.append(url_entry(uri, md))
    source.add_xml(f"{BASE}/rs/changelist.xml", urlset("changelist", change_entries, ' from="2024-01-02T00:00:00Z"'))
    if with_dump:
        manifest_entries = [
            url_entry(f"{BASE}{path}", f'{resource_md(data)} path="/res{path}"') for path, data in resources.items()
        ]
        manifest = urlset("resourcedump-manifest", manifest_entries, ' at="2024-01-02T00:00:00Z"')
        members = {f"res{path}": data for path, data in resources.items()}
        source.add(f"{BASE}/rs/dump-1.zip", dump_package(members, manifest))
        source.add_xml(f"{BASE}/rs/manifest-1.xml", manifest)
        source.add_xml(
            f"{BASE}/rs/resourcedump.xml",
            urlset(
                "resourcedump",
                [
                    url_entry(
                        f"{BASE}/rs/dump-1.zip",
                        'type="application/zip"',
                        inner=f'<rs:ln rel="contents" href="{BASE}/rs/manifest-1.xml" type="application/xml"/>',
                    )
                ],
                ' at="2024-01-02T00:00:00Z"',
            ),
        )
    return source
