"""Record an upstream spec update in CHANGELOG.md, under ``## [Unreleased]`` / ``### API changes``.

`python -m generator.update --changelog CHANGELOG.md` (what ``make update-spec`` runs) calls `record` with the
change report it just wrote. Each update becomes one entry: which API, the upstream commit and date, counts,
the operations added and removed, and the breaking changes. An entry carries a marker with the API and the
commit, so recording the same update twice changes nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

UNRELEASED = "## [Unreleased]"
API_CHANGES = "### API changes"
MAX_ITEMS = 15
"""At most this many operations or breaking changes are listed one by one; the report has them all."""


def marker(api: str, commit: str) -> str:
    """The HTML comment that identifies the entry of one update."""
    return f"<!-- api-update {api} {commit} -->"


def render_entry(api: str, report: dict[str, Any], report_path: str) -> str:
    """The Markdown entry for one change report (the JSON `generator.update` writes).

    Args:
        api: the API name (``v2``, ``v3``).
        report: the change report with its ``update`` section.
        report_path: where the full report is, for the entry's link text.

    Returns:
        The entry, ending with a newline.
    """
    new = report["update"]["lock"]["new"]
    commit = str(new["commit"])
    counts = (
        f"{len(report.get('operations_added', []))} operations added, "
        f"{len(report.get('operations_removed', []))} removed, "
        f"{len(report.get('operations_changed', {}))} changed; "
        f"{len(report.get('schemas_changed', {}))} schemas changed"
    )
    breaking = " **Breaking.**" if report.get("breaking") else ""
    lines = [
        marker(api, commit),
        f"- API {api}: upstream spec {commit[:12]} ({new.get('commit_date', '?')}): {counts}.{breaking} "
        f"Full report: `{report_path}`.",
    ]
    for title, items in (
        ("Added", report.get("operations_added", [])),
        ("Removed", report.get("operations_removed", [])),
        ("Breaking", report.get("breaking_changes", [])),
    ):
        if items:
            shown = ", ".join(f"`{item}`" if title != "Breaking" else str(item) for item in items[:MAX_ITEMS])
            more = f" and {len(items) - MAX_ITEMS} more" if len(items) > MAX_ITEMS else ""
            lines.append(f"  - {title}: {shown}{more}")
    return "\n".join(lines) + "\n"


def record(changelog: Path, api: str, report: dict[str, Any], report_path: str) -> bool:
    """Add the entry of `report` to `changelog`'s Unreleased API changes, unless it is there already.

    Args:
        changelog: CHANGELOG.md (Keep a Changelog form, with a ``## [Unreleased]`` section).
        api: the API name.
        report: the change report with its ``update`` section (an empty report records nothing).
        report_path: where the full report is.

    Returns:
        True when the changelog was changed.

    Raises:
        ValueError: the changelog has no ``## [Unreleased]`` section.
    """
    if not report:
        return False
    text = changelog.read_text(encoding="utf-8")
    if marker(api, str(report["update"]["lock"]["new"]["commit"])) in text:
        return False
    unreleased = text.find(f"\n{UNRELEASED}")
    if unreleased < 0:
        raise ValueError(f"{changelog} has no '{UNRELEASED}' section")
    section_start = text.index("\n", unreleased + 1) + 1
    following = re.search(r"^## ", text[section_start:], flags=re.MULTILINE)
    section_end = section_start + following.start() if following else len(text)
    section = text[section_start:section_end]
    entry = render_entry(api, report, report_path)
    heading = re.search(rf"^{re.escape(API_CHANGES)}\n\n?", section, flags=re.MULTILINE)
    if heading:
        section = section[: heading.end()] + entry + section[heading.end() :]
    else:
        section = f"\n{API_CHANGES}\n\n{entry}" + section
    changelog.write_text(text[:section_start] + section + text[section_end:], encoding="utf-8")
    return True
