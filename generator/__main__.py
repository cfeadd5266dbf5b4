"""Command line of the generation pipeline (the Makefile's targets call these).

    python -m generator spec [--api v2|v3]      fetch the pinned specs, write the patched documents
    python -m generator generate [--api ...]    regenerate generated/<package> from the patched documents
    python -m generator patch SOURCE DEST       patch any upstream v2 spec file (Swagger 2.0 or OpenAPI 3)

Without ``--api`` every target is built (v2 -> figshare_api, v3 -> figshare_api_v3).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.fetch import SpecIntegrityError, fetch
from generator.generate import GenerationError, generate
from generator.lock import SpecLock
from generator.overlay import OverlayError
from generator.pipeline import PatchResult, patch, read_json, write_json
from generator.targets import REPO_ROOT, TARGETS, V2, ApiTarget


def _summary(result: PatchResult) -> str:
    touched = sum(count for _action, count in result.overlays.applied)
    norm = result.normalisation
    return (
        f"{len(result.overlays.applied)} overlay actions ({touched} nodes); "
        f"allOf folded in {len(norm.folded)} schemas ({len(norm.flattened)} flattened for overrides), "
        f"{len(norm.aliases)} aliases made models, "
        f"{len(norm.split)} shared schemas copied for responses, {len(norm.relaxed)} response schemas relaxed"
    )


def _targets(arguments: argparse.Namespace) -> list[ApiTarget]:
    return [TARGETS[arguments.api]] if arguments.api else list(TARGETS.values())


def build_spec(target: ApiTarget) -> PatchResult:
    """Fetch ``target``'s pinned spec (sha256-checked) and write its patched document."""
    lock = SpecLock.load(target.lock)
    fetch(lock, target.fetched)
    print(f"{target.name}: fetched {lock.repository}@{lock.commit[:12]}:{lock.path} (sha256 verified)")
    result = patch(read_json(target.fetched), target.actions())
    write_json(result.document, target.patched)
    print(f"{target.name}: wrote {target.patched.relative_to(REPO_ROOT)}: {_summary(result)}; valid OpenAPI")
    return result


def command_spec(arguments: argparse.Namespace) -> None:
    for target in _targets(arguments):
        build_spec(target)


def command_generate(arguments: argparse.Namespace) -> None:
    for target in _targets(arguments):
        generate(target.patched, target.package_dir, config=target.config, share_with=target.share_with())
        print(f"{target.name}: generated {target.package_dir.relative_to(REPO_ROOT)}")


def command_patch(arguments: argparse.Namespace) -> None:
    target = TARGETS[arguments.api or V2.name]
    result = patch(read_json(Path(arguments.source)), target.actions(), strict=not arguments.skip_unmatched)
    write_json(result.document, Path(arguments.destination))
    print(f"wrote {arguments.destination}: {_summary(result)}; valid OpenAPI")
    for action in result.unmatched:
        print(f"  unmatched, skipped: {action.label}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, run, text in (
        ("spec", command_spec, "fetch and patch the pinned specs"),
        ("generate", command_generate, "regenerate the generated packages"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--api", choices=sorted(TARGETS), help="one target only (default: all)")
        sub.set_defaults(run=run)
    patch_parser = commands.add_parser("patch", help="patch an upstream spec file with a target's overlays")
    patch_parser.add_argument("source")
    patch_parser.add_argument("destination")
    patch_parser.add_argument("--api", choices=sorted(TARGETS), help="whose overlays to apply (default: v2)")
    patch_parser.add_argument(
        "--skip-unmatched",
        action="store_true",
        help="skip (and list) overlay actions that match nothing instead of failing: for other spec versions",
    )
    patch_parser.set_defaults(run=command_patch)
    arguments = parser.parse_args(argv)
    try:
        arguments.run(arguments)
    except (SpecIntegrityError, OverlayError, GenerationError, ValueError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
