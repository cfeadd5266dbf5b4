"""Generate a package from a patched spec and format it, reproducibly (see generator/render.py).

Two steps, so that a build can say which one failed: :func:`render_package` (openapi-python-client's parser,
our templates and the facade, in ``python -m generator.render``) and :func:`format_package` (ruff);
:func:`generate` runs both. A failure is a :class:`~generator.errors.GenerationError` naming the step, the
schema, operation or resource concerned, and the cause, in one line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.errors import GenerationError, one_line

REPO_ROOT = Path(__file__).resolve().parent.parent
RUFF_SETTINGS = ("--isolated", "--line-length", "120", "--target-version", "py310")
FAILURE_MARKER = "generator.render failure: "
"""``python -m generator.render`` ends its standard error with this and a JSON object (stage, subject, cause)."""
NOTE_MARKER = "generator.render note: "
"""``python -m generator.render --lenient`` starts each line of standard output that says what it resolved with this."""

__all__ = ["GenerationError", "format_package", "generate", "render_package"]


def _tool(name: str) -> str:
    """The tool installed next to this Python (the pinned one), else the one on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise GenerationError(name, "not installed: run `make setup`", stage="format")
    return found


def _reported_failure(output: str) -> tuple[str, str, str] | None:
    """(stage, subject, cause) of the failure ``python -m generator.render`` reported, if it did."""
    for line in reversed(output.splitlines()):
        if line.startswith(FAILURE_MARKER):
            report = json.loads(line[len(FAILURE_MARKER) :])
            return str(report["stage"]), str(report["subject"]), str(report["cause"])
    return None


def _run(command: list[str], what: str, stage: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment, cwd=REPO_ROOT)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        reported = _reported_failure(output)
        if reported is not None:
            failed_stage, subject, cause = reported
            raise GenerationError(subject, cause, output, stage=failed_stage)
        last = output.splitlines()[-1] if output else f"exit status {result.returncode}"
        raise GenerationError(what, f"failed: {one_line(last)}", output, stage=stage)
    return output


def generate(
    spec: Path,
    package_dir: Path,
    *,
    config: Path,
    formatted: bool = True,
    share_with: tuple[str, Path, Path] | None = None,
) -> None:
    """Write the package for ``spec`` into ``package_dir`` (replacing it), as the generator ``config`` says.

    ``share_with`` (package, its spec, its config): models that are the same there are taken from that package
    instead of being written again (v3 shares v2's). ``formatted=False`` skips ruff, for tests that only need
    to know that generation succeeds.

    Raises:
        GenerationError: a step failed (its ``stage``: ``generate``, ``facade`` or ``format``).
    """
    render_package(spec, package_dir, config=config, share_with=share_with)
    if formatted:
        format_package(package_dir)


def render_package(
    spec: Path,
    package_dir: Path,
    *,
    config: Path,
    share_with: tuple[str, Path, Path] | None = None,
    lenient: bool = False,
) -> list[str]:
    """The package without formatting: ``python -m generator.render`` with a fixed hash seed (see :func:`generate`).

    ``lenient`` (builds of upstream versions other than the pinned one): what the pinned build refuses in the
    facade (methods whose names clash, parameters nothing describes) is resolved instead (see
    ``generator.facade.collect``).

    Returns:
        What was resolved, one line each (empty unless ``lenient``).

    Raises:
        GenerationError: openapi-python-client skipped part of the spec (stage ``generate``), or the facade
            cannot be written (stage ``facade``: a method name clash, say).
    """
    command = [sys.executable, "-m", "generator.render", str(spec), str(config), str(package_dir)]
    if share_with is not None:
        command += ["--share-with", share_with[0], str(share_with[1]), str(share_with[2])]
    if lenient:
        command.append("--lenient")
    output = _run(command, "generator.render", "generate")
    return [line[len(NOTE_MARKER) :] for line in output.splitlines() if line.startswith(NOTE_MARKER)]


def format_package(package_dir: Path) -> None:
    """Sort imports, apply safe fixes and format with the pinned ruff, ignoring any local configuration.

    Raises:
        GenerationError: ruff failed (stage ``format``).
    """
    ruff = _tool("ruff")
    _run(
        [ruff, "check", *RUFF_SETTINGS, "--select", "I,F401", "--fix-only", "--quiet", str(package_dir)],
        "ruff check",
        "format",
    )
    _run([ruff, "format", *RUFF_SETTINGS, "--quiet", str(package_dir)], "ruff format", "format")
