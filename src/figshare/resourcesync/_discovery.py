"""Where a Source's ResourceSync documents may be advertised (spec section 6.3), without any I/O.

A Source Description lives at the well-known URI ``/.well-known/resourcesync``; a Source may also point at
it (or at Capability Lists) from ``robots.txt`` ``Sitemap:`` lines, from HTTP ``Link`` headers and from HTML
``<link>`` elements with ``rel="resourcesync"``.
"""

from __future__ import annotations

import contextlib
import html.parser
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from figshare._secrets import redact_url
from figshare._validate import show, url_text
from figshare.errors import InvalidArgumentError
from figshare.resourcesync._model import Capability, DocumentInfo, Entry, Metadata

RESOURCESYNC_REL = "resourcesync"
WELL_KNOWN_PATH = "/.well-known/resourcesync"
ROBOTS_PATH = "/robots.txt"
PROBE_LIMIT = 2 * 1024 * 1024
"""How much of an HTML page or robots.txt discovery reads."""


@dataclass(frozen=True, slots=True)
class SourceDescription:
    """What discovery found: the Source Description (if any) and the Capability Lists it points at.

    Attributes:
        url: the Source Description's URL, or ``None`` when a Capability List was found directly.
        info: the Source Description's own metadata and links (``describedby``...), if one was read.
        capability_lists: one entry per Capability List, with its ``rs:ln`` links (``describedby``).
    """

    url: str | None
    info: DocumentInfo | None
    capability_lists: tuple[Entry, ...]

    @property
    def capability_list_urls(self) -> list[str]:
        """The Capability List URLs, in document order."""
        return [entry.uri for entry in self.capability_lists]

    @classmethod
    def from_capability_list(cls, url: str) -> SourceDescription:
        """A description holding just one Capability List found without a Source Description."""
        return cls(None, None, (Entry(url, metadata=Metadata(capability=Capability.CAPABILITY_LIST)),))


def at_root(url: str, path: str) -> str:
    """``url``'s site with ``path``: ``https://host/any/path``, ``WELL_KNOWN_PATH`` ->
    ``https://host/.well-known/resourcesync``."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def source_url(value: object) -> str:
    """The URL given to ``discover``/``sync``: an absolute http(s) URL with a host, as a `str`
    (`InvalidArgumentTypeError` / `InvalidArgumentError` naming ``url`` otherwise)."""
    url = url_text(value, "url")
    try:
        parts = urlsplit(url)
        absolute = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # an unclosed IPv6 bracket, for one
        absolute = False
    if not absolute:
        raise InvalidArgumentError(
            f"url must be an absolute http:// or https:// URL (a portal, a Source Description or a Capability "
            f"List), got {show(redact_url(url))}",
            argument="url",
        )
    return url


def has_own_path(url: str) -> bool:
    """Whether ``url`` names more than its site's root (so it may itself be a ResourceSync document)."""
    parts = urlsplit(url)
    return parts.path not in ("", "/") or bool(parts.query)


def robots_sitemaps(text: str, base_url: str) -> list[str]:
    """The URLs of ``Sitemap:`` lines in a robots.txt (case-insensitive, comments ignored)."""
    lines = (line.split("#", 1)[0].partition(":") for line in text.splitlines())
    found = [value.strip() for key, sep, value in lines if sep and key.strip().lower() == "sitemap" and value.strip()]
    return _resolved(base_url, found)


def link_header_targets(response: httpx.Response) -> list[str]:
    """Targets of ``Link: <...>; rel="resourcesync"`` headers, resolved against the response URL."""
    links = (link.partition(";") for link in response.headers.get_list("link", split_commas=True))
    targets = [target.strip().strip("<>") for target, _, params in links if RESOURCESYNC_REL in _link_rels(params)]
    return _resolved(str(response.url), targets)


def _link_rels(params: str) -> set[str]:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "rel":
            return {rel.lower() for rel in value.strip().strip('"').split()}
    return set()


class _LinkFinder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: Sequence[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = dict(attrs)
        rels = (values.get("rel") or "").lower().split()
        href = values.get("href")
        if RESOURCESYNC_REL in rels and href:
            self.hrefs.append(href)


def html_resourcesync_links(page: str, base_url: str) -> list[str]:
    """Targets of ``<link rel="resourcesync" href="...">`` elements of an HTML page."""
    finder = _LinkFinder()
    finder.feed(page)
    finder.close()
    return _resolved(base_url, finder.hrefs)


def _resolved(base_url: str, targets: list[str]) -> list[str]:
    """``targets`` made absolute against ``base_url``, leaving out any that cannot be (``http://[x``)."""
    resolved = []
    for target in targets:
        with contextlib.suppress(ValueError):
            resolved.append(urljoin(base_url, target))
    return resolved
