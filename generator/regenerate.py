"""``make update-spec``: move every API to its newest upstream file, report, and rebuild the packages.

python -m generator.regenerate [--api v2|v3] [--mirror DIR | --source github] [--root DIR] [--changelog FILE]

For each API (``generator/targets.py``):

1. ``generator.update``: obtain the newest upstream file (``$FIGSHARE_SPEC_MIRROR`` when set, else GitHub); when
   it differs from the pinned one, rewrite the lock and write the change report (``api-changes.md``/``.json``
   beside the lock), with the overlay actions to review;
2. fetch the (new) pinned file and build the package with ``python -m generator build``'s chain, strictly (an
   overlay action that no longer matches fails the build, as ``make generate`` would).

Every API is updated and built even when another fails. Exit status 0 when everything is up to date or was
updated and rebuilt; 1 when something failed (each failure one line on standard error). The Makefile then runs
the tests; ``python -m generator.proposal`` turns the outcome into the pull request the weekly workflow opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from generator import changelog as changelog_file
from generator.build import build
from generator.errors import PipelineError, one_line
from generator.fetch import SpecIntegrityError, fetch
from generator.lock import SpecLock
from generator.overlay import OverlayError
from generator.targets import ApiTarget, targets_at
from generator.update import (
    MIRROR_VARIABLE,
    REPORT_NAME,
    REPORTS_FOLDER,
    TOKEN_VARIABLE,
    UpdateResult,
    update_spec,
)
from generator.upstream import GitHub, UpstreamError, from_github, from_mirror, pinned_file


@dataclass
class TargetOutcome:
    """What happened to one API: its update (None when it could not be obtained) and the first failure."""

    target: ApiTarget
    update: UpdateResult | None = None
    failure: str = ""


def regenerate_target(
    target: ApiTarget, *, mirror: Path | None, github: GitHub, changelog: Path | None = None
) -> TargetOutcome:
    """Update ``target``'s lock and reports (and ``changelog``'s API changes), then rebuild its package.

    See the module docstring.
    """
    outcome = TargetOutcome(target)
    try:
        lock = SpecLock.load(target.lock)
        upstream = from_mirror(lock, mirror) if mirror else from_github(lock, github)
        reports_dir = target.lock.parent / REPORTS_FOLDER
        outcome.update = update_spec(
            upstream,
            lock_path=target.lock,
            actions=target.actions(),
            reports_dir=reports_dir,
            find_pinned=lambda pinned: pinned_file(pinned, fetched=target.fetched_dir, mirror=mirror, github=github),
        )
        if changelog is not None and outcome.update.changed:
            changelog_file.record(changelog, target.name, outcome.update.to_json(), f"{reports_dir}/{REPORT_NAME}.md")
        fetch(SpecLock.load(target.lock), target.fetched, mirror=mirror)
        build(target.fetched, target.generated_dir, target, patched=target.patched)
    except PipelineError as error:
        outcome.failure = str(error)
    except (UpstreamError, SpecIntegrityError, OverlayError, OSError, ValueError) as error:
        outcome.failure = f"update: {one_line(str(error))}"
    return outcome


def describe(outcome: TargetOutcome) -> str:
    """One line about ``outcome`` for the log."""
    name, update = outcome.target.name, outcome.update
    if update is None:
        return f"{name}: not updated"
    if not update.changed or update.report is None:
        state = f"up to date ({update.old_lock.commit[:12]})"
    else:
        report = update.report
        state = (
            f"pinned {update.new_lock.commit[:12]} ({update.new_lock.commit_date}) instead of "
            f"{update.old_lock.commit[:12]}: {len(report.operations_added)} operations added, "
            f"{len(report.operations_removed)} removed, {len(report.operations_changed)} changed; "
            f"breaking: {'yes' if report.breaking else 'no'}; "
            f"{sum(1 for d in update.drift if d.kind == 'unmatched')} overlay actions no longer match"
        )
    return f"{name}: {state}; " + ("rebuilt" if not outcome.failure else "not rebuilt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.regenerate", description=__doc__.splitlines()[0])
    parser.add_argument("--api", choices=sorted(targets_at(None)), help="one API only (default: every one)")
    parser.add_argument("--mirror", default=os.environ.get(MIRROR_VARIABLE) or None, help="spec mirror folder")
    parser.add_argument("--source", choices=["github", "mirror"], help="default: the mirror when given, else GitHub")
    parser.add_argument("--root", type=Path, help="a copy of the repository's layout to work on (default: this one)")
    parser.add_argument("--changelog", type=Path, help="record each update under API changes in this CHANGELOG.md")
    arguments = parser.parse_args(argv)
    if arguments.source == "mirror" and not arguments.mirror:
        print(f"error: --source mirror needs --mirror or {MIRROR_VARIABLE}", file=sys.stderr)
        return 1
    mirror = Path(arguments.mirror) if arguments.mirror and arguments.source != "github" else None
    github = GitHub(token=os.environ.get(TOKEN_VARIABLE) or None)
    targets = targets_at(arguments.root)
    chosen = [targets[arguments.api]] if arguments.api else list(targets.values())
    failed = False
    for target in chosen:
        outcome = regenerate_target(target, mirror=mirror, github=github, changelog=arguments.changelog)
        print(describe(outcome))
        if outcome.failure:
            print(f"error: {target.name}: {outcome.failure}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
