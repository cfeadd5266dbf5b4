"""The corpus of real Figshare responses: which file answers which request, and which operation that is."""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

API_PREFIX = re.compile(r"^https://api\.figs(?:hare|h)\.com/v2")


@dataclass(frozen=True)
class CorpusEntry:
    """One row of PROVENANCE.tsv."""

    file: str
    method: str
    url: str
    status: str
    origin: str

    @property
    def path(self) -> str:
        """The API path of the request, without host, version prefix or query."""
        return API_PREFIX.sub("", self.url).split("?")[0]


def corpus_folder() -> Path | None:
    value = os.environ.get("FIGSHARE_TEST_CORPUS")
    return Path(value) if value and Path(value).is_dir() else None


def read_provenance(corpus: Path) -> list[CorpusEntry]:
    with (corpus / "PROVENANCE.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    entries = []
    for row in rows:
        method, _, rest = row["request"].partition(" ")
        entries.append(CorpusEntry(row["file"], method, rest.split(" ")[0], row["status"], row["origin"]))
    return entries


def match_operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    """The spec operation whose path template matches ``method path`` (trailing slash tolerated)."""
    for template, item in spec["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "/?$"
        operation = item.get(method.lower())
        if operation and re.match(pattern, path):
            return dict(operation)
    return None
