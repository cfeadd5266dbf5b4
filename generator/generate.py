"""Run openapi-python-client on the patched spec, add the facade and format the output, reproducibly.

The three steps are separate functions so that a build can say which one failed (``generate``, ``facade``,
``format``); :func:`generate` runs them all.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from generator.errors import one_line
from generator.facade import write_facade

REPO_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = REPO_ROOT / "generator" / "templates"
RUFF_SETTINGS = ("--isolated", "--line-length", "120", "--target-version", "py310")
SCHEMA_PROBLEM = re.compile(r"^Unable to process schema (?:/components/schemas/)?(?P<name>\S+?):?$")
OPERATION_PROBLEM = re.compile(r"^WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within (?P<tags>\S*?)\.")
CONSEQUENCE = re.compile(r"^Reference .* in allOf was not processed$|^Failure to process schema")
OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


class GenerationError(RuntimeError):
    """openapi-python-client or ruff failed, or warned about something it skipped.

    ``str()`` is one line; ``subject`` names the schema or operation concerned (or the tool), ``details`` keeps
    the tool's whole output for whoever needs it.
    """

    def __init__(self, subject: str, cause: str, details: str = "") -> None:
        super().__init__(f"{subject}: {cause}" if subject else cause)
        self.subject = subject
        self.cause = cause
        self.details = details


def _tool(name: str) -> str:
    """The tool installed next to this Python (the pinned one), else the one on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise GenerationError(name, "not installed: run `make setup`")
    return found


def _run(command: list[str], what: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        subject, cause = summarise_generator_output(output)
        raise GenerationError(subject or what, cause or f"failed: {one_line(output)}", output)
    return output


def generate(spec: Path, package_dir: Path, *, config: Path, formatted: bool = True) -> None:
    """Write the package for ``spec`` into ``package_dir`` (replacing it), as openapi-python-client ``config`` says.

    ``formatted=False`` skips ruff, for tests that only need to know that generation succeeds.
    """
    run_openapi_python_client(spec, package_dir, config=config)
    write_facade(json.loads(spec.read_text(encoding="utf-8")), package_dir, package_dir.name)
    if formatted:
        format_package(package_dir)


def run_openapi_python_client(spec: Path, package_dir: Path, *, config: Path) -> None:
    """openapi-python-client's part: the package without the facade, unformatted. Any warning is an error."""
    if package_dir.exists():
        shutil.rmtree(package_dir)
    output = _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(config),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
        ],
        "openapi-python-client",
    )
    if "Warning" in output or "Unable to" in output:
        subject, cause = summarise_generator_output(output)
        raise GenerationError(subject, f"openapi-python-client skipped it: {cause}", output)


def summarise_generator_output(output: str) -> tuple[str, str]:
    """The schema or operation openapi-python-client complains about first, and why, from its report.

    Its report lists problems: a header line (``Unable to process schema /components/schemas/X:``,
    ``WARNING parsing GET /path within tag. ...``, ``Failed to parse OpenAPI document``), then a paragraph of
    details. Problems that only follow from another (a schema dropped because one it references was) come last.

    Returns:
        (subject, cause): e.g. ``("schema ProjectArticle", "None | str can't be merged with str (3 schemas
        dropped: ...)")``; ``("", "")`` when the output has no recognisable problem.
    """
    lines = [OBJECT_REPR.sub("a reference", line).strip() for line in output.splitlines()]
    problems: list[tuple[bool, str, str]] = []  # (a consequence of another problem, subject, cause)
    for index, line in enumerate(lines):
        schema = SCHEMA_PROBLEM.match(line)
        operation = OPERATION_PROBLEM.match(line)
        generic = line.startswith(("Failed to parse", "Invalid ")) and not problems
        if not (schema or operation or generic):
            continue
        detail = one_line(" ".join(_paragraph_after(lines, index)))
        if schema:
            problems.append((bool(CONSEQUENCE.match(detail)), f"schema {schema['name']}", detail))
        elif operation:
            cause = f"{line[operation.end() :].strip()} {detail if not detail.startswith('{') else ''}"
            problems.append((False, f"operation {operation['method']} {operation['path']}", cause.strip()))
        else:
            problems.append((False, "", f"{line}: {detail}" if detail else line))
    if not problems:
        return "", ""
    problems.sort(key=lambda problem: problem[0])  # stable: first real cause first
    _consequence, subject, cause = problems[0]
    schemas = sorted({s.removeprefix("schema ") for _c, s, _d in problems if s.startswith("schema ")})
    if len(schemas) > 1:
        cause += f" ({len(schemas)} schemas dropped: {', '.join(schemas)})"
    elif len(problems) > 1:
        cause += f" (and {len(problems) - 1} more problems)"
    return subject, cause


def format_package(package_dir: Path) -> None:
    """Sort imports, apply safe fixes and format with the pinned ruff, ignoring any local configuration."""
    ruff = _tool("ruff")
    _run(
        [ruff, "check", *RUFF_SETTINGS, "--select", "I,F401", "--fix-only", "--quiet", str(package_dir)],
        "ruff check",
    )
    _run([ruff, "format", *RUFF_SETTINGS, "--quiet", str(package_dir)], "ruff format")


def _paragraph_after(lines: list[str], index: int) -> list[str]:
    """The non-empty lines after ``lines[index]`` up to the next blank line (skipping blanks right after it)."""
    found: list[str] = []
    for line in lines[index + 1 :]:
        if not line:
            if found:
                break
            continue
        if SCHEMA_PROBLEM.match(line) or OPERATION_PROBLEM.match(line):
            break
        found.append(line)
    return found
