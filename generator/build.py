"""``python -m generator build``: the whole chain on any spec file, into any folder.

read -> convert -> overlay -> references -> normalise -> validate -> generate -> facade -> format -> facade check

The patched document goes to ``--patched`` (default ``OUTDIR/openapi.patched.json``) and the package to
``OUTDIR/<package>`` (``figshare_api`` or ``figshare_api_v3``), replacing it; nothing else in OUTDIR is touched.
Built into its own generated folder (``make generate``), a target that shares models with another (v3 with v2)
takes the models that are the same from that package, which must be built first; built anywhere else, the
package is self-contained. Every failure is a :class:`~generator.errors.PipelineError`: one line naming the
stage, the schema, operation, resource or overlay action, and the cause. A build that succeeds has one
`Operation` per operation of the spec, handed to the requester by exactly one method of the sync client and
the same method of the async one, and found by ``resources.operation(id)`` (``generator.reachable`` checks the
package in a fresh interpreter).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import GenerationError, PipelineError, one_line
from generator.generate import format_package, render_package
from generator.pipeline import PatchResult, patch, stage, write_json
from generator.schema_walk import operations
from generator.targets import ApiTarget

REPO_ROOT = Path(__file__).resolve().parent.parent
PATCHED_NAME = "openapi.patched.json"
PLACEHOLDER = re.compile(r"\{[^}]*\}")


@dataclass
class BuildResult:
    """What a build wrote, and what each step did."""

    patch: PatchResult
    patched: Path
    package_dir: Path
    operations: int
    """Operations of the patched spec."""
    reachable: int
    """Operations the package hands to the requester, each through one sync and one async method."""
    notes: list[str] = field(default_factory=list)
    """What a lenient build (``skip_unmatched``) resolved in the facade instead of failing."""


def read_spec(source: Path) -> dict[str, Any]:
    """The upstream file as a JSON object, or a ``read`` PipelineError."""
    with stage("read", str(source)):
        document = json.loads(source.read_bytes())
        if not isinstance(document, dict):
            raise ValueError("not a JSON object")
    return document


def build(
    source: Path,
    outdir: Path,
    target: ApiTarget,
    *,
    skip_unmatched: bool = False,
    patched: Path | None = None,
    formatted: bool = True,
) -> BuildResult:
    """Build ``target``'s package from the upstream file ``source`` into ``outdir`` (see the module docstring).

    Args:
        source: an upstream spec file (Swagger 2.0, OpenAPI 3.0 or 3.1), any version.
        outdir: where the package goes (``outdir/<package>``).
        target: whose overlays, generator settings and package name to use.
        skip_unmatched: skip overlay actions that match nothing, and those whose requirements are not met,
            instead of failing, and resolve what the facade would refuse (methods whose names clash are named
            after their operation ids; see ``BuildResult.notes``): for upstream versions other than the pinned one.
        patched: where the patched document goes (default ``outdir/openapi.patched.json``).
        formatted: run ruff on the package (tests that only need to know that it builds can skip it).

    Returns:
        The patch result, where things were written, and the operation counts.

    Raises:
        PipelineError: any stage failed (one line: stage, subject, cause).
    """
    result = patch(read_spec(source), target.actions(), strict=not skip_unmatched)
    patched = patched or outdir / PATCHED_NAME
    with stage("write", str(patched)):
        write_json(result.document, patched)
    package_dir = outdir / target.package
    expected = expected_operations(result.document)
    try:
        notes = render_package(
            patched, package_dir, config=target.config, share_with=shared_with(target, outdir), lenient=skip_unmatched
        )
        if formatted:
            format_package(package_dir)
    except GenerationError as error:
        raise PipelineError(error.stage, error.subject, error.cause) from error
    reachable = check_operations(package_dir, expected)
    return BuildResult(result, patched, package_dir, len(expected), reachable, notes)


def shared_with(target: ApiTarget, outdir: Path) -> tuple[str, Path, Path] | None:
    """What ``render_package`` shares models with: the other target's package when building into the target's own
    generated folder (its patched spec must be written already), else nothing (a self-contained package).

    Raises:
        PipelineError: the package to share with has no patched spec yet.
    """
    share = target.share_with()
    if share is None or outdir.resolve() != target.generated_dir.resolve():
        return None
    package, spec, _config = share
    if not spec.is_file() or not (outdir / package).is_dir():
        raise PipelineError(
            "generate", f"package {target.package}", f"shares models with {package}: build it first ({spec} is missing)"
        )
    return share


def expected_operations(document: dict[str, Any]) -> dict[str, str]:
    """``{operation id: "METHOD /path"}`` for every operation of the patched spec.

    Raises:
        PipelineError: an operation has no id (the normaliser gives every one an id), or two have the same.
    """
    expected: dict[str, str] = {}
    for path, method, operation in operations(document):
        name = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise PipelineError("normalise", f"operation {name}", "has no operationId")
        if operation_id in expected:
            raise PipelineError("normalise", f"operation {name}", f"same operationId as {expected[operation_id]}")
        expected[operation_id] = name
    return expected


def survey(package_dir: Path) -> dict[str, Any]:
    """``python -m generator.reachable`` on ``package_dir``, in a fresh interpreter (writing no bytecode)."""
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    with stage("facade", f"package {package_dir.name}"):
        run = subprocess.run(
            [sys.executable, "-m", "generator.reachable", str(package_dir.parent), package_dir.name],
            capture_output=True,
            text=True,
            check=False,
            env=environment,
            cwd=REPO_ROOT,
        )
        if run.returncode != 0:
            last = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else f"exit status {run.returncode}"
            raise RuntimeError(f"the package does not import and run: {last}")
        found: dict[str, Any] = json.loads(run.stdout)
    return found


def check_operations(package_dir: Path, expected: dict[str, str]) -> int:
    """Check that every operation of ``expected`` is handed to the requester by one method, sync and async.

    Returns:
        The number of operations reached (every one of ``expected``).

    Raises:
        PipelineError: (stage ``facade``) the first operation that is missing, reached more than once or by
            different methods sync and async, or unknown to ``OPERATIONS`` / ``resources.operation``.
    """
    found = survey(package_dir)
    problems: list[tuple[str, str]] = []
    if Path(found["package"]).resolve() != package_dir.resolve():
        problems.append((f"package {package_dir.name}", f"{found['package']} was imported instead"))
    reached = found["operations"]
    for operation_id, name in expected.items():
        method, path = name.split(" ", 1)
        entry = reached.get(operation_id)
        subject = f"operation {name}"
        if entry is None:
            problems.append((subject, f"no method hands over {operation_id}"))
            continue
        places = f"sync {entry['sync'] or 'none'}, async {entry['async'] or 'none'}"
        if len(entry["sync"]) != 1 or entry["sync"] != entry["async"]:
            problems.append((subject, f"not exactly one method, the same sync and async: {places}"))
        elif entry["table"] != entry["sync"][0]:
            problems.append((subject, f"OPERATIONS says {entry['table'] or 'nothing'}, the method is {places}"))
        if not entry["lookup"]:
            problems.append((subject, f"resources.operation({operation_id!r}) is not the method's Operation"))
        if entry["method"] != method or PLACEHOLDER.sub("{}", entry["path"]) != PLACEHOLDER.sub("{}", path):
            problems.append((subject, f"its Operation is {entry['method']} {entry['path']}"))
    for operation_id, entry in sorted(reached.items()):
        if operation_id.startswith("?"):
            problems.append((f"method {operation_id[1:]}", f"hands over {(entry['sync'] + entry['async'])[0]}"))
        elif operation_id not in expected:
            problems.append((f"operation {operation_id}", "is not in the spec"))
    problems += [
        (f"operation {operation_id}", "in OPERATIONS but reached by no method") for operation_id in found["unreached"]
    ]
    if problems:
        subject, cause = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise PipelineError("facade", subject, one_line(cause) + more)
    return len(expected)
