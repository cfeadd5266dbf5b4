"""Command line of the generation pipeline (the Makefile's targets call these).

python -m generator spec                 fetch the pinned spec, write swagger/openapi.patched.json
python -m generator patch SOURCE DEST    patch any upstream spec file (Swagger 2.0 or OpenAPI 3)
python -m generator generate             regenerate generated/figshare_api from the patched spec
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.fetch import SpecIntegrityError, fetch
from generator.generate import GenerationError, generate
from generator.lock import SpecLock
from generator.overlay import OverlayError
from generator.pipeline import PatchResult, patch_file

REPO_ROOT = Path(__file__).resolve().parent.parent
LOCK = REPO_ROOT / "swagger" / "spec.lock.json"
FETCHED = REPO_ROOT / "swagger" / "fetched" / "swagger.json"
PATCHED = REPO_ROOT / "swagger" / "openapi.patched.json"
OVERLAYS = REPO_ROOT / "overlays"
PACKAGE = REPO_ROOT / "generated" / "figshare_api"


def _summary(result: PatchResult) -> str:
    touched = sum(count for _action, count in result.overlays.applied)
    norm = result.normalisation
    return (
        f"{len(result.overlays.applied)} overlay actions ({touched} nodes); "
        f"allOf folded in {len(norm.folded)} schemas ({len(norm.flattened)} flattened for overrides), "
        f"{len(norm.aliases)} aliases made models, "
        f"{len(norm.split)} shared schemas copied for responses, {len(norm.relaxed)} response schemas relaxed"
    )


def command_spec(_arguments: argparse.Namespace) -> None:
    lock = SpecLock.load(LOCK)
    fetch(lock, FETCHED)
    print(f"fetched {lock.repository}@{lock.commit[:12]}:{lock.path} (sha256 verified)")
    result = patch_file(FETCHED, OVERLAYS, PATCHED)
    print(f"wrote {PATCHED.relative_to(REPO_ROOT)}: {_summary(result)}; valid OpenAPI")


def command_patch(arguments: argparse.Namespace) -> None:
    result = patch_file(
        Path(arguments.source),
        Path(arguments.overlays),
        Path(arguments.destination),
        strict=not arguments.skip_unmatched,
    )
    print(f"wrote {arguments.destination}: {_summary(result)}; valid OpenAPI")
    for action in result.unmatched:
        print(f"  unmatched, skipped: {action.label}")


def command_generate(_arguments: argparse.Namespace) -> None:
    generate(PATCHED, PACKAGE)
    print(f"generated {PACKAGE.relative_to(REPO_ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("spec", help="fetch and patch the pinned spec").set_defaults(run=command_spec)
    patch_parser = commands.add_parser("patch", help="patch an upstream spec file")
    patch_parser.add_argument("source")
    patch_parser.add_argument("destination")
    patch_parser.add_argument("--overlays", default=str(OVERLAYS))
    patch_parser.add_argument(
        "--skip-unmatched",
        action="store_true",
        help="skip (and list) overlay actions that match nothing instead of failing: for other spec versions",
    )
    patch_parser.set_defaults(run=command_patch)
    commands.add_parser("generate", help="regenerate generated/figshare_api").set_defaults(run=command_generate)
    arguments = parser.parse_args(argv)
    try:
        arguments.run(arguments)
    except (SpecIntegrityError, OverlayError, GenerationError, ValueError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
