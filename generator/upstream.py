"""Where a newer upstream spec file comes from, and where the pinned one can be found again.

The newest file comes from GitHub (the last commit of the default branch that touched the file, found with the
commits API, and that commit's raw file), from a mirror folder laid out like Figshare's (``swagger.json`` plus an
``UPSTREAM.md`` whose table gives each file's commit and date), or from any local file with its commit named by
hand. The pinned file, needed to say what changed, is looked up by its sha256: in ``swagger/fetched/``, in the
mirror (its current file or ``history/``), else downloaded from the pinned commit.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.fetch import sha256_of
from generator.lock import SpecLock

GITHUB_API = "https://api.github.com"
GITHUB_RAW = "https://raw.githubusercontent.com"
USER_AGENT = "figshare-sdk-spec-update"
COMMIT = re.compile(r"^[0-9a-f]{40}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class UpstreamError(RuntimeError):
    """The upstream file, or what it is, cannot be obtained."""


@dataclass(frozen=True)
class UpstreamFile:
    """One upstream spec file and the commit it comes from."""

    data: bytes
    commit: str
    commit_date: str
    source: str

    def __post_init__(self) -> None:
        if not COMMIT.match(self.commit):
            raise UpstreamError(f"{self.source}: {self.commit!r} is not a full 40-character commit id")
        if not DATE.match(self.commit_date):
            raise UpstreamError(f"{self.source}: commit date {self.commit_date!r} is not YYYY-MM-DD")

    @property
    def sha256(self) -> str:
        return sha256_of(self.data)


@dataclass(frozen=True)
class GitHub:
    """GitHub's API and raw file hosts (tests point them at a local server). ``token`` is optional: it only
    raises the API's rate limit, and is sent to the API host alone."""

    api: str = GITHUB_API
    raw: str = GITHUB_RAW
    token: str | None = None
    timeout: float = 60.0

    def get(self, url: str, *, authenticated: bool = False) -> bytes:
        headers = {"User-Agent": USER_AGENT}
        if authenticated and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data: bytes = response.read()
                return data
        except urllib.error.HTTPError as error:
            raise UpstreamError(f"GET {url} answered {error.code} {error.reason}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise UpstreamError(f"GET {url} failed: {error}") from None


def from_github(lock: SpecLock, github: GitHub | None = None) -> UpstreamFile:
    """The file as of the last default-branch commit that changed it."""
    github = github or GitHub()
    query = urllib.parse.urlencode({"path": lock.path, "per_page": "1"})
    url = f"{github.api}/repos/{lock.repository}/commits?{query}"
    try:
        commits = json.loads(github.get(url, authenticated=True))
        latest: dict[str, Any] = commits[0]
        commit = str(latest["sha"])
        commit_date = str(latest["commit"]["committer"]["date"])[:10]
    except (ValueError, LookupError, TypeError) as error:
        raise UpstreamError(f"GET {url}: not the list of commits expected ({error!r})") from None
    raw_url = f"{github.raw}/{lock.repository}/{commit}/{lock.path}"
    return UpstreamFile(github.get(raw_url), commit, commit_date, raw_url)


def from_mirror(lock: SpecLock, mirror: Path) -> UpstreamFile:
    """The mirror's current file, with the commit and date its ``UPSTREAM.md`` gives for it."""
    source = mirror / lock.mirror_path
    if not source.is_file():
        raise UpstreamError(f"the mirror {mirror} has no {lock.mirror_path}")
    data = source.read_bytes()
    row = _upstream_row(mirror / "UPSTREAM.md", lock.mirror_path)
    if row.get("sha256") and row["sha256"] != sha256_of(data):
        raise UpstreamError(f"{source} does not have the sha256 that {mirror / 'UPSTREAM.md'} gives for it")
    return UpstreamFile(data, row["commit"], row["date"], str(source))


def from_file(path: Path, commit: str, commit_date: str) -> UpstreamFile:
    """Any local file, with the upstream commit (and its date) it was taken from."""
    if not path.is_file():
        raise UpstreamError(f"{path} is not a file")
    return UpstreamFile(path.read_bytes(), commit, commit_date, str(path))


def _upstream_row(index: Path, file_name: str) -> dict[str, str]:
    """The row of ``UPSTREAM.md``'s Markdown table about ``file_name``: its commit, date and sha256."""
    if not index.is_file():
        raise UpstreamError(f"{index} is missing: name the commit with --commit and --commit-date instead")
    header: list[str] | None = None
    for line in index.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if not cells or set("".join(cells)) <= set("-: "):
            continue
        if header is None:
            header = [cell.lower() for cell in cells]
            continue
        if cells[0] == file_name:
            row = dict(zip(header, cells, strict=False))  # a short row leaves cells out
            commit = next((value for key, value in row.items() if "commit" in key and "date" not in key), "")
            date = next((value for key, value in row.items() if "date" in key), "")
            return {"commit": commit, "date": date, "sha256": row.get("sha256", "")}
    raise UpstreamError(f"{index} has no table row for {file_name}: name the commit with --commit/--commit-date")


def pinned_file(lock: SpecLock, *, fetched: Path, mirror: Path | None, github: GitHub | None = None) -> bytes:
    """The pinned upstream file (its sha256 checked): already fetched, in the mirror, or downloaded."""
    for candidate in _local_candidates(lock, fetched, mirror):
        data = candidate.read_bytes()
        if sha256_of(data) == lock.sha256:
            return data
    github = github or GitHub()
    data = github.get(f"{github.raw}/{lock.repository}/{lock.commit}/{lock.path}")
    if sha256_of(data) != lock.sha256:
        raise UpstreamError(f"the download of the pinned commit {lock.commit[:12]} does not have the pinned sha256")
    return data


def _local_candidates(lock: SpecLock, fetched: Path, mirror: Path | None) -> Iterator[Path]:
    candidates = [fetched / lock.mirror_path]
    if mirror is not None:
        candidates += [mirror / lock.mirror_path, *sorted((mirror / "history").glob("*.json"))]
    yield from (path for path in candidates if path.is_file())
