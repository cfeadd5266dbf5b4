"""Cassettes for the live check's offline twin, built from the corpus of real Figshare responses.

The project cannot reach Figshare, so the recordings ``make live-check`` would write are built here, at test time
(never committed), from the corpus (``$FIGSHARE_TEST_CORPUS``): each probe gets the real body the corpus has for
the same operation, and its provenance says so: which corpus file, the request it answered, where it was found,
and whether it was recorded from the service or is a documentation example. Probes the corpus has no answer for
(collections, the projects list, item types) are left out and reported as not recorded.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.live_check import FORMAT, OAI_URL, PROBES, REST_BASE, STATS_BASE, Probe

Derive = Callable[[str], str]


def _files(body: str) -> str:
    return json.dumps(json.loads(body)["files"])


def _first_file(body: str) -> str:
    return json.dumps(json.loads(body)["files"][0])


SOURCES: dict[str, tuple[str, Derive | None, str]] = {
    "articles-list": ("rest/figshare-vue-app__GET_articles_2019.json", None, ""),
    "article-details": ("rest/pooch-figshare__GET_articles_14763051.json", None, ""),
    "article-files": (
        "rest/pooch-figshare__GET_articles_14763051.json",
        _files,
        "the `files` of the article's details (the same files, as Figshare lists them there)",
    ),
    "article-file-details": (
        "rest/pooch-figshare__GET_articles_14763051.json",
        _first_file,
        "the first of the `files` of the article's details",
    ),
    "articles-search": ("rest/deposits__POST_articles_search__2022-12.json", None, ""),
    "project-details": ("rest/agent-trace__GET_projects_113166.json", None, ""),
    "categories": ("rest/figshare-explorer__GET_categories.json", None, ""),
    "licenses": ("rest/figshare-uploader__GET_licenses.json", None, ""),
    "oai-identify": ("oai/figshare-user_documentation__Identify.xml", None, ""),
    "oai-list-records": ("oai/figshare-user_documentation__ListRecords.xml", None, ""),
    "stats-views": ("stats/figshare-user_documentation__total_views_article_23.json", None, ""),
    "stats-downloads": ("stats/figshare-user_documentation__monash_total_downloads_group_10.json", None, ""),
}
"""Probe name -> (corpus file, how the body is taken from it when not as it is, what that means)."""


def _provenance(corpus: Path) -> dict[str, dict[str, str]]:
    with (corpus / "PROVENANCE.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


def build_cassettes(corpus: Path, output: Path) -> list[str]:
    """Write one recording per probe the corpus can answer into ``output/recordings``; returns the probe names."""
    rows = _provenance(corpus)
    folder = output / "recordings"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, probe in enumerate(PROBES, start=1):
        if probe.name not in SOURCES:
            continue
        file, derive, how = SOURCES[probe.name]
        row = rows[file]
        body = (corpus / file).read_text(encoding="utf-8")
        body = derive(body) if derive else body
        provenance = (
            f"built offline from the corpus, not recorded by `make live-check`: {file}"
            + (f" ({how})" if how else "")
            + f"; {row['origin']} answer to `{row['request']}` found in {row['repo']}"
            + f"@{row['commit'][:12]} {row['path']}"
        )
        document = _recording(probe, body, provenance)
        (folder / f"{number:02d}-{probe.name}.json").write_text(json.dumps(document, indent=2), encoding="utf-8")
        written.append(probe.name)
    return written


def _recording(probe: Probe, body: str, provenance: str) -> dict[str, Any]:
    ids = {"article-files": 0, "collections-list": 0, "projects-list": 113166}
    return {
        "format": FORMAT,
        "probe": probe.name,
        "kind": probe.kind,
        "operation": probe.operation,
        "request": {"method": probe.method, "url": probe.url(REST_BASE, OAI_URL, STATS_BASE, ids), "body": probe.body},
        "response": {
            "status": 200,
            "content_type": "text/xml" if probe.kind == "oai" else "application/json",
            "body": body,
        },
        "recorded_at": "",
        "provenance": provenance,
    }
