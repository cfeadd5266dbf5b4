"""``python -m generator build``: the whole chain on any spec file, into any folder.

read -> convert -> overlay -> references -> normalise -> validate -> generate -> facade -> format

The patched document goes to ``--patched`` (default ``OUTDIR/openapi.patched.json``) and the package to
``OUTDIR/<package>`` (``figshare_api`` or ``figshare_api_v3``), replacing it; nothing else in OUTDIR is touched.
Every failure is a :class:`~generator.errors.PipelineError`: one line naming the stage, the schema, operation or
overlay action, and the cause. A build that succeeds has one generated operation module per operation of the
spec.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from generator.errors import PipelineError
from generator.facade import write_facade
from generator.generate import GenerationError, format_package, run_openapi_python_client
from generator.pipeline import PatchResult, patch, stage, write_json
from generator.schema_walk import operations
from generator.targets import ApiTarget

FIELD_PREFIX = "field_"
PATCHED_NAME = "openapi.patched.json"


@dataclass
class BuildResult:
    """What a build wrote, and what each step did."""

    patch: PatchResult
    patched: Path
    package_dir: Path
    operations: int
    modules: int


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
        source: an upstream spec file (Swagger 2.0 or OpenAPI 3.0), any version.
        outdir: where the package goes (``outdir/<package>``).
        target: whose overlays, openapi-python-client settings and package name to use.
        skip_unmatched: skip overlay actions that match nothing, and those whose requirements are not met,
            instead of failing (for upstream versions other than the pinned one).
        patched: where the patched document goes (default ``outdir/openapi.patched.json``).
        formatted: run ruff on the package (tests that only need to know that it builds can skip it).

    Returns:
        The patch result, where things were written, and the operation and module counts.

    Raises:
        PipelineError: any stage failed (one line: stage, subject, cause).
    """
    result = patch(read_spec(source), target.actions(), strict=not skip_unmatched)
    patched = patched or outdir / PATCHED_NAME
    with stage("write", str(patched)):
        write_json(result.document, patched)
    package_dir = outdir / target.package
    expected = expected_modules(result.document, package_dir)
    try:
        run_openapi_python_client(patched, package_dir, config=target.config)
    except GenerationError as error:
        raise PipelineError("generate", error.subject, error.cause) from error
    missing = [name for name, module in expected.items() if not module.is_file()]
    if missing:
        raise PipelineError("generate", f"operation {missing[0]}", f"no module was generated ({len(missing)} missing)")
    with stage("facade"):
        write_facade(result.document, package_dir, package_dir.name)
    if formatted:
        try:
            format_package(package_dir)
        except GenerationError as error:
            raise PipelineError("format", error.subject, error.cause) from error
    return BuildResult(result, patched, package_dir, len(expected), len(set(expected.values())))


def expected_modules(document: dict[str, Any], package_dir: Path) -> dict[str, Path]:
    """``{"METHOD /path": module file}`` for every operation: one module each, none shared.

    Raises:
        PipelineError: an operation has no id or tag (the normaliser gives every one both), or two operations
            would be written to the same module.
    """
    modules: dict[str, Path] = {}
    owners: dict[Path, str] = {}
    for path, method, operation in operations(document):
        name = f"{method.upper()} {path}"
        operation_id, tags = operation.get("operationId"), operation.get("tags")
        if not isinstance(operation_id, str) or not isinstance(tags, list) or not tags:
            raise PipelineError("normalise", f"operation {name}", "has no operationId or no tags")
        tag = PythonIdentifier(str(tags[0]), FIELD_PREFIX)
        module = package_dir / "api" / str(tag) / f"{PythonIdentifier(operation_id, FIELD_PREFIX)}.py"
        if module in owners:
            raise PipelineError("normalise", f"operation {name}", f"same module as {owners[module]}: {module.name}")
        owners[module] = name
        modules[name] = module
    return modules
