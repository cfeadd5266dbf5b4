"""The real bodies the benchmarks serve, read at run time from the shared reference material.

Nothing of it is committed: ``FIGSHARE_TEST_CORPUS`` points at the corpus of real Figshare responses (its
``PROVENANCE.tsv`` says which file answers which request) and ``FIGSHARE_SHARED`` at the folder holding the
ResourceSync specification's examples. A missing setting fails with a message that names it.

Standard library only (the servers use it in their own process).
"""

from __future__ import annotations

import base64
import csv
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

# The article of the call-overhead figure: a recorded public article with 27 custom fields (6.4 KB).
ARTICLE_REQUEST = "GET https://api.figshare.com/v2/articles/13704460"
STATS_HOST = "https://stats.figshare.com"


class MissingMaterial(SystemExit):
    """The reference material is not where the settings say (a clear message, no traceback)."""


def setting_folder(variable: str) -> Path:
    value = os.environ.get(variable)
    if not value:
        raise MissingMaterial(
            f"{variable} is not set: the benchmarks serve real bodies from the shared reference material; "
            f"export {variable}=../shared/{'corpus' if variable == 'FIGSHARE_TEST_CORPUS' else ''} "
            "(see README, 'Settings')"
        )
    folder = Path(value).resolve()
    if not folder.is_dir():
        raise MissingMaterial(f"{variable}={value} is not a folder")
    return folder


@dataclass(frozen=True)
class Provenance:
    file: str
    method: str
    url: str
    status: str
    origin: str


def provenance(corpus: Path) -> list[Provenance]:
    with (corpus / "PROVENANCE.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    entries = []
    for row in rows:
        method, _, url = row["request"].partition(" ")
        entries.append(Provenance(row["file"], method, url.split(" ")[0], row["status"], row["origin"]))
    return entries


def _entry(corpus: Path, request: str) -> Provenance:
    method, _, url = request.partition(" ")
    for entry in provenance(corpus):
        if (entry.method, entry.url) == (method, url) and entry.status == "200":
            return entry
    raise MissingMaterial(f"{corpus}/PROVENANCE.tsv has no 200 response to {request}")


# -- REST -------------------------------------------------------------------------------------------------


def article(corpus: Path) -> tuple[int, bytes]:
    """The article id and the body of the call-overhead figure (as recorded, byte for byte)."""
    entry = _entry(corpus, ARTICLE_REQUEST)
    body = (corpus / entry.file).read_bytes()
    document = json.loads(body)
    return int(document["id"]), body


# -- Stats --------------------------------------------------------------------------------------------------

_STATS_PATH = re.compile(
    r"^/(?:(?P<kind>breakdown|timeline)/(?P<granularity>\w+)/(?P<counter>\w+)/(?P<item>\w+)/(?P<id>\d+)"
    r"|(?P<top>top)/(?P<top_counter>\w+)/(?P<top_item>\w+)"
    r"|(?P<total>total)/(?P<total_counter>\w+)/(?P<total_item>\w+)/(?P<total_id>\d+))$"
)


@dataclass(frozen=True)
class StatsBody:
    """A real Stats response and the call that asks for it."""

    file: str
    path: str  # path and query, as requested from stats.figshare.com
    call: dict[str, object]  # {"method": "breakdown", "args": [...], "kwargs": {...}}
    body: bytes


def stats_bodies(corpus: Path) -> list[StatsBody]:
    """Every public (not institutional) GET of the Stats service in the corpus that answered 200 with JSON."""
    bodies = []
    for entry in provenance(corpus):
        if not entry.file.startswith("stats/") or entry.method != "GET" or entry.status != "200":
            continue
        if not entry.url.startswith(STATS_HOST + "/"):
            continue
        target = entry.url[len(STATS_HOST) :]
        path, _, query = target.partition("?")
        match = _STATS_PATH.match(path)
        if match is None:
            continue  # an institution's statistics, or a path the client does not ask for
        body = (corpus / entry.file).read_bytes()
        try:
            json.loads(body)
        except ValueError:
            continue  # the documentation prints some bodies that are not JSON
        parameters: dict[str, object] = {
            name: int(value) if value.isdigit() else value
            for name, value in (part.split("=", 1) for part in query.split("&") if "=" in part)
        }
        if match["kind"]:
            call = {
                "method": match["kind"],
                "args": [match["granularity"], match["counter"], match["item"], int(match["id"])],
                "kwargs": parameters,
            }
        elif match["top"]:
            call = {"method": "top", "args": [match["top_counter"], match["top_item"]], "kwargs": parameters}
        else:
            call = {
                "method": "total",
                "args": [match["total_counter"], match["total_item"], int(match["total_id"])],
                "kwargs": {},
            }
        bodies.append(StatsBody(entry.file, target, call, body))
    if not bodies:
        raise MissingMaterial(f"{corpus} has no Stats bodies (stats/ in PROVENANCE.tsv)")
    return bodies


# -- OAI-PMH ------------------------------------------------------------------------------------------------

_RECORD = re.compile(rb"<record>.*?</record>", re.DOTALL)
_IDENTIFIER = re.compile(rb"<identifier>oai:figshare\.com:article/\d+</identifier>")
_LIST_RECORDS = re.compile(rb"<ListRecords>")


def oai_records(corpus: Path) -> tuple[bytes, list[bytes]]:
    """The page head (everything before ``<ListRecords>``) and the distinct ``oai_dc`` records of Figshare's
    ListRecords responses in the corpus, each as served (both Dublin Core namespaces Figshare has used)."""
    records: list[bytes] = []
    head = b""
    for entry in provenance(corpus):
        if not entry.file.startswith("oai/") or "ListRecords" not in entry.file or entry.status != "200":
            continue
        body = (corpus / entry.file).read_bytes()
        if b'metadataPrefix="oai_dc"' not in body:
            continue
        if not head:
            head = body[: _LIST_RECORDS.search(body).start()]  # type: ignore[union-attr]
        for record in _RECORD.findall(body):
            if record not in records and _IDENTIFIER.search(record):
                records.append(record)
    if not records:
        raise MissingMaterial(f"{corpus} has no oai_dc ListRecords responses (oai/ in PROVENANCE.tsv)")
    return head, records


def oai_token(page: int) -> str:
    """A resumption token shaped like Figshare's (base64 of the next page's query)."""
    return base64.b64encode(f"verb=ListRecords&metadataPrefix=oai_dc&page={page}".encode()).decode()


def oai_pages(corpus: Path, records: int, page_size: int) -> list[bytes]:
    """ListRecords pages of ``records`` real records (cycled, each with its own article id), ``page_size``
    to a page; every page but the last carries a token for the next, the last an empty one."""
    head, templates = oai_records(corpus)
    request_first = re.compile(rb"<request[^>]*>[^<]*</request>")
    pages = []
    count = (records + page_size - 1) // page_size
    for number in range(count):
        first = number * page_size
        items = []
        for index in range(first, min(records, first + page_size)):
            template = templates[index % len(templates)]
            identifier = f"<identifier>oai:figshare.com:article/{1_000_000 + index}</identifier>".encode()
            items.append(_IDENTIFIER.sub(identifier, template, count=1))
        if number == 0:
            page_head = head
        else:
            request = (
                f'<request verb="ListRecords" resumptionToken="{oai_token(number + 1)}">'
                "https://api.figshare.com/v2/oai</request>"
            ).encode()
            page_head = request_first.sub(request, head, count=1)
        token = (
            f'<resumptionToken expirationDate="2030-01-01T00:00:00Z">{oai_token(number + 2)}</resumptionToken>'
            if number + 1 < count
            else "<resumptionToken/>"
        ).encode()
        pages.append(
            page_head
            + b"<ListRecords>\n    "
            + b"\n    ".join(items)
            + b"\n    "
            + token
            + b"\n  </ListRecords>\n</OAI-PMH>\n"
        )
    return pages


# -- ResourceSync -------------------------------------------------------------------------------------------

_URL = re.compile(r"<url>.*?</url>", re.DOTALL)
_LOC = re.compile(r"<loc>[^<]*</loc>")
RS_NAMESPACES = (
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n        xmlns:rs="http://www.openarchives.org/rs/terms/"'
)


def resourcesync_url_templates(shared: Path) -> list[str]:
    """The ``<url>`` elements of the specification's Resource List examples that describe a resource (with
    ``lastmod``, ``rs:md`` hashes, length and type, ``rs:ln`` links), as written there."""
    folder = shared / "resourcesync-spec-examples"
    if not folder.is_dir():
        raise MissingMaterial(f"{folder} is missing (FIGSHARE_SHARED must hold resourcesync-spec-examples/)")
    templates = []
    for path in sorted(folder.glob("resourcesync_ex_*.xml"), key=lambda item: int(item.stem.rsplit("_", 1)[1])):
        text = path.read_text(encoding="utf-8")
        if "<urlset" not in text or 'capability="resourcelist"' not in text:
            continue
        for element in _URL.findall(text):
            if "<lastmod>" in element and "hash=" in element and element not in templates:
                templates.append(element)
    if not templates:
        raise MissingMaterial(f"{folder} has no Resource List example with described resources")
    return templates


def resourcesync_documents(shared: Path, base: str, sitemaps: int, per_sitemap: int) -> dict[str, bytes]:
    """A Resource List Index (shaped like the specification's example 15) of ``sitemaps`` Resource Lists
    (shaped like example 14, with its ``rs:ln`` up/index links) of ``per_sitemap`` resources each, cycling
    the examples' ``<url>`` elements with a distinct ``loc`` each. Keyed by path; ``base`` is the server root."""
    templates = resourcesync_url_templates(shared)
    documents: dict[str, bytes] = {}
    parts = []
    for number in range(1, sitemaps + 1):
        name = f"/dataset1/resourcelist{number}.xml"
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<urlset {RS_NAMESPACES}>",
            '  <rs:ln rel="up" href="http://example.com/dataset1/capabilitylist.xml"/>',
            f'  <rs:ln rel="index" href="{base}/dataset1/resourcelist-index.xml"/>',
            '  <rs:md capability="resourcelist" at="2013-01-03T09:00:00Z" completed="2013-01-03T09:01:00Z"/>',
        ]
        for index in range(per_sitemap):
            template = templates[index % len(templates)]
            loc = f"<loc>http://example.com/dataset1/res{number}-{index}</loc>"
            lines.append("  " + _LOC.sub(loc, template, count=1))
        lines.append("</urlset>\n")
        documents[name] = "\n".join(lines).encode()
        parts.append(
            f'  <sitemap>\n      <loc>{base}{name}</loc>\n      <rs:md at="2013-01-03T09:0{number % 10}:00Z"/>\n'
            "  </sitemap>"
        )
    documents["/dataset1/resourcelist-index.xml"] = "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<sitemapindex {RS_NAMESPACES}>",
            '  <rs:ln rel="up" href="http://example.com/dataset1/capabilitylist.xml"/>',
            '  <rs:md capability="resourcelist" at="2013-01-03T09:00:00Z" completed="2013-01-03T09:10:00Z"/>',
            *parts,
            "</sitemapindex>\n",
        ]
    ).encode()
    return documents
