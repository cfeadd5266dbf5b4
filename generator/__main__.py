"""Command line of the generation pipeline (the Makefile's targets call these).

    python -m generator build SOURCE OUTDIR [--api v2|v3] [--skip-unmatched] [--patched FILE]
                                                the whole chain on any spec file: OUTDIR/<package>
    python -m generator fetch [--api v2|v3]     fetch the pinned upstream files (sha256-checked)
    python -m generator spec [--api v2|v3]      fetch them and write the patched documents (for tests, mock, dist)
    python -m generator generate [--api ...]    regenerate generated/<package> from the patched documents
    python -m generator patch SOURCE DEST       patch any upstream spec file (Swagger 2.0, OpenAPI 3.0 or 3.1)

Without ``--api``, ``fetch``, ``spec`` and ``generate`` do every target (v2 -> figshare_api, v3 ->
figshare_api_v3); ``build`` and ``patch`` use v2's overlays unless told. ``--root DIR`` (before the command)
works on a copy of the repository's layout (locks, overlays, generated/) at DIR. A failure is one line on
standard error (``error: <stage>: <schema, operation or action>: <cause>``) and exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.build import BuildResult, build, read_spec
from generator.errors import PipelineError, one_line
from generator.fetch import SpecIntegrityError, fetch
from generator.generate import GenerationError, generate
from generator.lock import SpecLock
from generator.overlay import OverlayError
from generator.pipeline import PatchResult, patch, stage, write_json
from generator.targets import V2, ApiTarget, targets_at


def _summary(result: PatchResult) -> str:
    touched = sum(count for _action, count in result.overlays.applied)
    norm = result.normalisation
    derived = len(norm.named_operations) + len(norm.tagged_operations)
    return (
        f"{len(result.overlays.applied)} overlay actions ({touched} nodes); "
        f"allOf folded in {len(norm.folded)} schemas ({len(norm.flattened)} flattened for overrides), "
        f"{len(norm.aliases)} aliases made models, "
        f"{len(norm.split)} shared schemas copied for responses, {len(norm.relaxed)} response schemas relaxed"
        + (f", {derived} operation ids or tags derived" if derived else "")
        + (f", redeclared properties relaxed in {len(norm.redeclared)} schemas" if norm.redeclared else "")
    )


def _skipped(result: PatchResult) -> list[str]:
    lines = [f"  skipped, matches nothing: {action.label}" for action in result.unmatched]
    lines += [f"  skipped, requires {missing}: {action.label}" for action, missing in result.unmet]
    norm = result.normalisation
    lines += [f"  derived operationId {name}: {operation}" for operation, name in norm.named_operations.items()]
    lines += [f"  derived tag {tag}: {operation}" for operation, tag in norm.tagged_operations.items()]
    return lines


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _targets(arguments: argparse.Namespace) -> list[ApiTarget]:
    targets = targets_at(arguments.root)
    return [targets[arguments.api]] if arguments.api else list(targets.values())


def _target(arguments: argparse.Namespace) -> ApiTarget:
    return targets_at(arguments.root)[arguments.api or V2.name]


def fetch_pinned(target: ApiTarget) -> Path:
    """Fetch ``target``'s pinned spec (sha256-checked) to ``target.fetched``."""
    lock = SpecLock.load(target.lock)
    with stage("fetch", f"{lock.repository}@{lock.commit[:12]}:{lock.path}"):
        fetch(lock, target.fetched)
    print(f"{target.name}: fetched {lock.repository}@{lock.commit[:12]}:{lock.path} (sha256 verified)")
    return target.fetched


def build_spec(target: ApiTarget) -> PatchResult:
    """Fetch ``target``'s pinned spec (sha256-checked) and write its patched document."""
    result = patch(read_spec(fetch_pinned(target)), target.actions())
    write_json(result.document, target.patched)
    print(f"{target.name}: wrote {_shown(target.patched)}: {_summary(result)}; valid OpenAPI")
    return result


def command_fetch(arguments: argparse.Namespace) -> None:
    for target in _targets(arguments):
        fetch_pinned(target)


def command_spec(arguments: argparse.Namespace) -> None:
    for target in _targets(arguments):
        build_spec(target)


def command_generate(arguments: argparse.Namespace) -> None:
    for target in _targets(arguments):
        try:
            generate(target.patched, target.package_dir, config=target.config, share_with=target.share_with())
        except GenerationError as error:
            raise PipelineError(error.stage, error.subject, error.cause) from error
        print(f"{target.name}: generated {_shown(target.package_dir)}")


def command_build(arguments: argparse.Namespace) -> None:
    target = _target(arguments)
    source, outdir = Path(arguments.source), Path(arguments.outdir)
    result: BuildResult = build(
        source,
        outdir,
        target,
        skip_unmatched=arguments.skip_unmatched,
        patched=Path(arguments.patched) if arguments.patched else None,
    )
    print(
        f"{target.name}: built {_shown(result.package_dir)} from {_shown(source)} "
        f"({result.operations} operations, {result.reachable} reached by one sync and one async method; "
        f"patched spec {_shown(result.patched)}): "
        f"{_summary(result.patch)}"
    )
    for line in _skipped(result.patch):
        print(line)
    for note in result.notes:
        print(f"  resolved: {note}")


def command_patch(arguments: argparse.Namespace) -> None:
    target = _target(arguments)
    result = patch(read_spec(Path(arguments.source)), target.actions(), strict=not arguments.skip_unmatched)
    write_json(result.document, Path(arguments.destination))
    print(f"wrote {arguments.destination}: {_summary(result)}; valid OpenAPI")
    for line in _skipped(result):
        print(line)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, help="a copy of the repository's layout to work on (default: this one)")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, run, text in (
        ("fetch", command_fetch, "fetch the pinned specs (sha256-checked)"),
        ("spec", command_spec, "fetch and patch the pinned specs"),
        ("generate", command_generate, "regenerate the generated packages from the patched specs"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--api", choices=sorted(targets_at(None)), help="one target only (default: all)")
        sub.set_defaults(run=run)
    skip_help = (
        "skip (and list) overlay actions that match nothing, or whose requirements are not met, instead of failing "
        "(build: and name methods whose names clash after their operation ids): for upstream versions other than "
        "the pinned one"
    )
    build_parser = commands.add_parser("build", help="the whole chain on any spec file, into OUTDIR/<package>")
    build_parser.add_argument("source", help="an upstream spec file (Swagger 2.0, OpenAPI 3.0 or 3.1)")
    build_parser.add_argument("outdir", help="where the generated package goes (OUTDIR/<package>, replaced)")
    build_parser.add_argument("--api", choices=sorted(targets_at(None)), help="whose overlays and package (default v2)")
    build_parser.add_argument("--skip-unmatched", action="store_true", help=skip_help)
    build_parser.add_argument("--patched", help="where the patched document goes (default OUTDIR/openapi.patched.json)")
    build_parser.set_defaults(run=command_build)
    patch_parser = commands.add_parser("patch", help="patch an upstream spec file with a target's overlays")
    patch_parser.add_argument("source")
    patch_parser.add_argument("destination")
    patch_parser.add_argument("--api", choices=sorted(targets_at(None)), help="whose overlays to apply (default: v2)")
    patch_parser.add_argument("--skip-unmatched", action="store_true", help=skip_help)
    patch_parser.set_defaults(run=command_patch)
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        arguments.run(arguments)
    except (PipelineError, SpecIntegrityError, OverlayError, GenerationError, OSError) as error:
        print(f"error: {one_line(str(error), 1000)}", file=sys.stderr)
        return 1
    except Exception as error:  # never a traceback: an unforeseen failure is still one line
        print(f"error: internal: {type(error).__name__}: {one_line(str(error))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
