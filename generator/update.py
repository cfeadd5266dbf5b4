"""First step of ``make update-spec``: pin the newest upstream spec and say what changed.

python -m generator.update [--source github|mirror|FILE] [--commit SHA --commit-date YYYY-MM-DD]

1. Obtain the newest upstream file: from ``$FIGSHARE_SPEC_MIRROR`` when it is set, else from GitHub
   (``--source`` chooses; a FILE needs ``--commit`` and ``--commit-date``). ``GITHUB_TOKEN``, when set, is
   sent to GitHub's API (never to the raw file host, never printed) for a higher rate limit.
2. When its sha256 is the pinned one, stop: nothing is written.
3. Compare it with the pinned file (the API change report, ``generator.diff``).
4. Put it through the pipeline with overlays not strict, and list the overlay actions that no longer match or
   no longer change anything, each with the upstream change that explains it (``generator.overlay_drift``).
5. Rewrite ``swagger/spec.lock.json`` and write ``swagger/reports/api-changes.md`` and ``api-changes.json``
   (the API change report's JSON plus an ``update`` section: the lock before and after, the overlay actions to
   review, and the pipeline's error if the new file does not go through it).

The Makefile then regenerates (``python -m generator spec``, ``python -m generator generate``) and runs the
tests. Exit status: 0 when updated or already up to date; 1 on an error (with the lock and reports written
when the error is the pipeline's, so that the report can say why).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from generator import changelog
from generator.convert import ConversionError, spec_format
from generator.diff import diff_specs, load_document
from generator.diff_markdown import render_markdown
from generator.diff_model import ApiDiff
from generator.lock import SpecLock
from generator.overlay import Action, OverlayError
from generator.overlay_drift import OverlayDrift, overlay_drift
from generator.pipeline import patch, write_json
from generator.targets import TARGETS, V2
from generator.upstream import GitHub, UpstreamError, UpstreamFile, from_file, from_github, from_mirror, pinned_file
from generator.validate import InvalidSpecError

REPORTS_FOLDER = "reports"  # beside each lock: swagger/reports (v2), swagger/v3/reports (v3)
REPORT_NAME = "api-changes"
MIRROR_VARIABLE = "FIGSHARE_SPEC_MIRROR"
TOKEN_VARIABLE = "GITHUB_TOKEN"
DESCRIPTION_EXCERPT = 400


@dataclass
class UpdateResult:
    """What an update found and did. ``report`` is None when the pinned file is already the newest."""

    old_lock: SpecLock
    new_lock: SpecLock
    source: str
    report: ApiDiff | None = None
    drift: list[OverlayDrift] = field(default_factory=list)
    pipeline_error: str | None = None

    @property
    def changed(self) -> bool:
        return self.report is not None

    def to_json(self) -> dict[str, Any]:
        """The API change report's JSON with an ``update`` section added."""
        if self.report is None:
            return {}
        return {
            **self.report.to_json(),
            "update": {
                "source": self.source,
                "lock": {"old": _lock_json(self.old_lock), "new": _lock_json(self.new_lock)},
                "overlays_unmatched": [d.to_json() for d in self.drift if d.kind == "unmatched"],
                "overlays_without_effect": [d.to_json() for d in self.drift if d.kind == "without_effect"],
                "pipeline_error": self.pipeline_error,
            },
        }


def update_spec(
    upstream: UpstreamFile,
    *,
    lock_path: Path,
    actions: list[Action],
    reports_dir: Path,
    find_pinned: Callable[[SpecLock], bytes],
) -> UpdateResult:
    """Move the lock at ``lock_path`` to ``upstream`` and write the reports (see the module docstring)."""
    old_lock = SpecLock.load(lock_path)
    if upstream.sha256 == old_lock.sha256:
        return UpdateResult(old_lock, old_lock, upstream.source)
    candidate = _parse(upstream.data, upstream.source)
    pinned = _parse(find_pinned(old_lock), f"the pinned file {old_lock.commit[:12]}")
    new_lock = replace(
        old_lock,
        commit=upstream.commit,
        commit_date=upstream.commit_date,
        sha256=upstream.sha256,
        format=spec_format(candidate),
    )
    old_spec, new_spec = load_document(pinned, _label(old_lock)), load_document(candidate, _label(new_lock))
    report = diff_specs(old_spec, new_spec)
    result = UpdateResult(old_lock, new_lock, upstream.source, report)
    try:
        patch(candidate, actions, strict=False)
        converted_pinned, converted_candidate = dict(old_spec.surface.document), dict(new_spec.surface.document)
        result.drift = overlay_drift(converted_pinned, converted_candidate, actions, report)
    except (OverlayError, InvalidSpecError, ConversionError, ValueError) as error:
        result.pipeline_error = str(error)
    new_lock.save(lock_path)
    write_reports(result, reports_dir)
    return result


def write_reports(result: UpdateResult, reports_dir: Path) -> tuple[Path, Path]:
    """Write ``api-changes.md`` and ``api-changes.json``; returns their paths."""
    markdown = reports_dir / f"{REPORT_NAME}.md"
    document = reports_dir / f"{REPORT_NAME}.json"
    reports_dir.mkdir(parents=True, exist_ok=True)
    markdown.write_text(render_update_markdown(result), encoding="utf-8")
    write_json(result.to_json(), document)
    return markdown, document


def render_update_markdown(result: UpdateResult) -> str:
    """The update section (lock, overlays to review, pipeline error) followed by the API change report."""
    if result.report is None:
        return ""
    old, new = result.old_lock, result.new_lock
    lines = [
        "# Upstream spec update",
        "",
        f"`{new.repository}` `{new.path}`: {_commit_link(old)} → {_commit_link(new)}, "
        f"format {new.format}, sha256 `{new.sha256}`.",
        "",
    ]
    if result.pipeline_error:
        lines += ["## The new spec does not go through the pipeline", "", "```", result.pipeline_error, "```", ""]
    lines += ["## Overlay actions to review", ""]
    unmatched = [d for d in result.drift if d.kind == "unmatched"]
    without_effect = [d for d in result.drift if d.kind == "without_effect"]
    if unmatched:
        lines += [
            f"{len(unmatched)} action(s) no longer match the new spec; `make spec` fails until each is rewritten "
            "or retired:",
            "",
            *(_drift_lines(d) for d in unmatched),
            "",
        ]
    if without_effect:
        lines += [
            f"{len(without_effect)} action(s) no longer change anything and can probably be retired:",
            "",
            *(_drift_lines(d) for d in without_effect),
            "",
        ]
    if not result.drift and not result.pipeline_error:
        lines += ["Every overlay action still matches and still changes the spec.", ""]
    return "\n".join(lines) + "\n" + render_markdown(result.report)


def _drift_lines(drift: OverlayDrift) -> str:
    action = drift.action
    description = " ".join(action.description.split())
    if len(description) > DESCRIPTION_EXCERPT:
        description = description[: DESCRIPTION_EXCERPT - 1].rstrip() + "…"
    causes = "; ".join(drift.causes)
    return (
        f"- **{action.source} action #{action.index + 1}** (target `{action.target}`): {causes}.\n"
        f"  Why the action exists: {description}"
    )


def _commit_link(lock: SpecLock) -> str:
    return f"[`{lock.commit[:12]}`](https://github.com/{lock.repository}/commit/{lock.commit}) ({lock.commit_date})"


def _label(lock: SpecLock) -> str:
    return f"{lock.commit_date} {lock.commit[:12]}"


def _lock_json(lock: SpecLock) -> dict[str, str]:
    return {key: value for key, value in asdict(lock).items() if key in ("commit", "commit_date", "sha256", "format")}


def _parse(data: bytes, source: str) -> dict[str, Any]:
    try:
        document = json.loads(data)
    except ValueError as error:
        raise UpstreamError(f"{source} is not JSON: {error}") from None
    if not isinstance(document, dict):
        raise UpstreamError(f"{source} is not a JSON object")
    return document


def obtain(arguments: argparse.Namespace, lock: SpecLock, github: GitHub) -> UpstreamFile:
    """The newest upstream file, from where the command line says."""
    source = arguments.source or ("mirror" if arguments.mirror else "github")
    if source == "github":
        return from_github(lock, github)
    if source == "mirror":
        if not arguments.mirror:
            raise UpstreamError(f"--source mirror needs --mirror or {MIRROR_VARIABLE}")
        return from_mirror(lock, Path(arguments.mirror))
    if not arguments.commit or not arguments.commit_date:
        raise UpstreamError("a spec file given with --source needs --commit and --commit-date")
    return from_file(Path(source), arguments.commit, arguments.commit_date)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.update", description=__doc__.splitlines()[0])
    parser.add_argument("--source", help="github, mirror, or a spec file (default: mirror when set, else github)")
    parser.add_argument("--commit", help="the upstream commit of a --source file (40 hex digits)")
    parser.add_argument("--commit-date", help="that commit's date, YYYY-MM-DD")
    parser.add_argument("--mirror", default=os.environ.get(MIRROR_VARIABLE) or None, help="spec mirror folder")
    parser.add_argument("--api", choices=sorted(TARGETS), default=V2.name, help="which API description (default v2)")
    parser.add_argument("--lock", type=Path, help="the lock to move (default: the target's)")
    parser.add_argument("--reports", type=Path, help="where the reports go (default: reports/ beside the lock)")
    parser.add_argument("--changelog", type=Path, help="record the update under API changes in this CHANGELOG.md")
    arguments = parser.parse_args(argv)
    target = TARGETS[arguments.api]
    arguments.lock = arguments.lock or target.lock
    arguments.reports = arguments.reports or target.lock.parent / REPORTS_FOLDER
    github = GitHub(token=os.environ.get(TOKEN_VARIABLE) or None)
    mirror = Path(arguments.mirror) if arguments.mirror else None
    try:
        lock = SpecLock.load(arguments.lock)
        upstream = obtain(arguments, lock, github)
        result = update_spec(
            upstream,
            lock_path=arguments.lock,
            actions=target.actions(),
            reports_dir=arguments.reports,
            find_pinned=lambda pinned: pinned_file(pinned, fetched=target.fetched_dir, mirror=mirror, github=github),
        )
    except (UpstreamError, OverlayError, ConversionError, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if arguments.changelog is not None and result.changed:
        changelog.record(arguments.changelog, target.name, result.to_json(), f"{arguments.reports}/{REPORT_NAME}.md")
    return _print_outcome(result, arguments.reports)


def _print_outcome(result: UpdateResult, reports_dir: Path) -> int:
    if not result.changed or result.report is None:
        print(f"up to date: {result.source} is the pinned file ({result.old_lock.commit[:12]}); nothing written")
        return 0
    report = result.report
    print(
        f"pinned {result.new_lock.commit[:12]} ({result.new_lock.commit_date}) instead of "
        f"{result.old_lock.commit[:12]} ({result.old_lock.commit_date}): "
        f"{len(report.operations_added)} operations added, {len(report.operations_removed)} removed, "
        f"{len(report.operations_changed)} changed; breaking: {'yes' if report.breaking else 'no'}"
    )
    print(f"wrote the lock and {reports_dir / REPORT_NAME}.md/.json")
    for drift in result.drift:
        print(f"  overlay {drift.kind.replace('_', ' ')}: {drift.action.label}: {'; '.join(drift.causes)}")
    if result.pipeline_error:
        print(f"error: the new spec does not go through the pipeline: {result.pipeline_error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
