"""The pull request the weekly workflow opens after ``make update-spec`` (``.github/workflows/regenerate.yml``).

python -m generator.proposal --outcome success|failure [--root DIR] [--body FILE] [--github-output FILE]

An API has changed when its lock differs from the last commit (``git status``). For the changed APIs it reads the
change reports that ``generator.update`` wrote beside each lock and decides:

- ``labels``: always ``upstream-spec``; ``breaking`` when a report says a change can break callers;
  ``checks-failing`` when ``make update-spec`` failed (regeneration or the tests) or a report has a pipeline error;
- ``title``: which APIs moved to which upstream commit;
- the body (``--body FILE``): each changed API's Markdown report, under a heading naming the API.

It prints ``changed``, ``labels``, ``title``, ``commit`` and ``body`` as ``name=value`` lines, and appends them to
``--github-output`` (``$GITHUB_OUTPUT`` in a workflow). Nothing has changed: ``changed=false`` and no body.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.targets import REPO_ROOT, ApiTarget, targets_at
from generator.update import REPORT_NAME, REPORTS_FOLDER

BASE_LABEL = "upstream-spec"
BREAKING_LABEL = "breaking"
FAILING_LABEL = "checks-failing"
OUTCOMES = ("success", "failure", "cancelled", "skipped")


class ProposalError(RuntimeError):
    """The repository state cannot be read (no git, or a changed lock without its report)."""


@dataclass
class Proposal:
    """What the pull request says and how it is labelled. ``changed`` empty: nothing to propose."""

    changed: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    title: str = ""
    commit: str = ""
    body: str = ""

    def outputs(self, body_path: Path | None) -> dict[str, str]:
        """The step outputs the workflow reads."""
        if not self.changed:
            return {"changed": "false"}
        return {
            "changed": "true",
            "labels": ",".join(self.labels),
            "title": self.title,
            "commit": self.commit,
            "body": str(body_path) if body_path else "",
        }


def lock_changed(root: Path, lock: Path) -> bool:
    """Whether ``lock`` differs from the last commit of the git repository at ``root``."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", str(lock.relative_to(root))],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError, ValueError) as error:
        raise ProposalError(f"cannot ask git whether {lock} changed: {error}") from None
    return bool(result.stdout.strip())


def read_report(target: ApiTarget) -> tuple[dict[str, Any], str]:
    """The JSON and Markdown change reports written beside ``target``'s lock."""
    folder = target.lock.parent / REPORTS_FOLDER
    try:
        report: dict[str, Any] = json.loads((folder / f"{REPORT_NAME}.json").read_text(encoding="utf-8"))
        markdown = (folder / f"{REPORT_NAME}.md").read_text(encoding="utf-8")
    except (OSError, ValueError) as error:
        raise ProposalError(f"{target.name}: the lock changed but its change report cannot be read: {error}") from None
    return report, markdown


def propose(targets: list[ApiTarget], root: Path, *, outcome: str) -> Proposal:
    """Decide the pull request for the APIs whose locks changed (see the module docstring)."""
    proposal = Proposal()
    breaking, failing = False, outcome != "success"
    sections: list[str] = []
    moves: list[str] = []
    for target in targets:
        if not lock_changed(root, target.lock):
            continue
        report, markdown = read_report(target)
        update = report.get("update") or {}
        new = (update.get("lock") or {}).get("new") or {}
        commit, date = str(new.get("commit", ""))[:12], str(new.get("commit_date", ""))
        proposal.changed.append(target.name)
        proposal.commit = proposal.commit or commit
        moves.append(f"{target.name} {date}, {commit}")
        breaking = breaking or report.get("breaking") is True
        failing = failing or bool(update.get("pipeline_error"))
        sections.append(f"# {target.title} (`{target.name}`)\n\n" + _demote(markdown))
    if not proposal.changed:
        return Proposal()
    proposal.labels = [BASE_LABEL] + ([BREAKING_LABEL] if breaking else []) + ([FAILING_LABEL] if failing else [])
    proposal.title = f"Upstream API spec changed ({'; '.join(moves)})"
    status = (
        "`make update-spec` failed: regeneration or the tests need work (see the overlay actions to review below "
        "and the workflow run)."
        if failing
        else "`make update-spec` succeeded: the packages were regenerated and the tests passed."
    )
    proposal.body = f"{status}\n\n" + "\n".join(sections)
    return proposal


def _demote(markdown: str) -> str:
    """Headings one level down, so that each API's report sits under the API's heading."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.splitlines()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.proposal", description=__doc__.splitlines()[0])
    parser.add_argument("--outcome", required=True, choices=OUTCOMES, help="how `make update-spec` ended")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="the repository (default: this one)")
    parser.add_argument("--body", type=Path, help="where to write the pull request body")
    parser.add_argument("--github-output", type=Path, help="append the outputs here ($GITHUB_OUTPUT)")
    arguments = parser.parse_args(argv)
    root = arguments.root.resolve()
    try:
        proposal = propose(list(targets_at(root).values()), root, outcome=arguments.outcome)
    except ProposalError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if proposal.changed and arguments.body:
        arguments.body.parent.mkdir(parents=True, exist_ok=True)
        arguments.body.write_text(proposal.body, encoding="utf-8")
    lines = [f"{name}={value}" for name, value in proposal.outputs(arguments.body).items()]
    print("\n".join(lines))
    if arguments.github_output:
        with arguments.github_output.open("a", encoding="utf-8") as output:
            output.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
