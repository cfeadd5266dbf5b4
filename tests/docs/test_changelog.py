"""CHANGELOG.md is in Keep a Changelog form, and `make update-spec` records each update under API changes
(generator/changelog.py, called by `python -m generator.update --changelog`)."""

from __future__ import annotations

import re
from pathlib import Path

import figshare
from generator import changelog

REPO = Path(__file__).resolve().parents[2]


def _report(commit: str = "a" * 40, *, breaking: bool = False) -> dict[str, object]:
    return {
        "operations_added": ["GET /items/{id}/stats"],
        "operations_removed": ["POST /token"] if breaking else [],
        "operations_changed": {"GET /articles": {}},
        "schemas_changed": {"Article": {}, "File": {}},
        "breaking": breaking,
        "breaking_changes": ["operation POST /token removed"] if breaking else [],
        "update": {"lock": {"new": {"commit": commit, "commit_date": "2026-07-01"}}},
    }


def test_changelog_is_keep_a_changelog_with_api_changes() -> None:
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    assert "\n## [Unreleased]\n" in text
    unreleased = text.split("\n## [Unreleased]\n", 1)[1].split("\n## ", 1)[0]
    assert "### API changes" in unreleased
    versions = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", text, flags=re.MULTILINE)
    assert figshare.__version__ in versions
    for version in ["Unreleased", *versions]:
        assert re.search(rf"^\[{re.escape(version)}\]: https://", text, flags=re.MULTILINE), version


def test_an_update_is_recorded_once_under_api_changes(tmp_path: Path) -> None:
    log = tmp_path / "CHANGELOG.md"
    log.write_text((REPO / "CHANGELOG.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert changelog.record(log, "v3", _report(breaking=True), "swagger/v3/reports/api-changes.md")
    assert not changelog.record(log, "v3", _report(breaking=True), "swagger/v3/reports/api-changes.md")
    assert changelog.record(log, "v2", _report("b" * 40), "swagger/reports/api-changes.md")
    text = log.read_text(encoding="utf-8")
    unreleased = text.split("\n## [Unreleased]\n", 1)[1].split("\n## [", 1)[0]
    api_changes = unreleased.split("### API changes\n", 1)[1]
    assert api_changes.index("API v2: upstream spec bbbbbbbbbbbb") < api_changes.index("API v3: upstream spec aaaa")
    assert "1 operations added, 1 removed, 1 changed; 2 schemas changed. **Breaking.**" in api_changes
    assert "  - Removed: `POST /token`" in api_changes and "  - Breaking: operation POST /token removed" in api_changes
    assert text.count("### API changes") == 1
    assert "## [0.1.0]" in text.split("API v2: upstream spec", 1)[1]  # released sections untouched


def test_the_section_is_created_when_missing_and_empty_reports_record_nothing(tmp_path: Path) -> None:
    log = tmp_path / "CHANGELOG.md"
    log.write_text("# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- x\n\n## [0.1.0]\n", encoding="utf-8")
    assert not changelog.record(log, "v2", {}, "r.md")
    assert changelog.record(log, "v2", _report(), "r.md")
    text = log.read_text(encoding="utf-8")
    assert text.index("### API changes") < text.index("## [0.1.0]")
    assert "### Fixed" in text
