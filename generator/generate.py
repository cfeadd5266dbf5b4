"""Run openapi-python-client on the patched spec and format its output, reproducibly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.facade import write_facade

REPO_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = REPO_ROOT / "generator" / "templates"
RUFF_SETTINGS = ("--isolated", "--line-length", "120", "--target-version", "py310")


class GenerationError(RuntimeError):
    """openapi-python-client or ruff failed, or warned about something it skipped."""


def _tool(name: str) -> str:
    """The tool installed next to this Python (the pinned one), else the one on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise GenerationError(f"{name} is not installed: run `make setup`")
    return found


def _run(command: list[str], what: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise GenerationError(f"{what} failed:\n{output}")
    return output


def generate(spec: Path, package_dir: Path, *, config: Path, formatted: bool = True) -> None:
    """Write the package for ``spec`` into ``package_dir`` (replacing it), as openapi-python-client ``config`` says.

    ``formatted=False`` skips ruff, for tests that only need to know that generation succeeds.
    """
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
        raise GenerationError(f"openapi-python-client skipped parts of the spec:\n{output}")
    write_facade(json.loads(spec.read_text(encoding="utf-8")), package_dir, package_dir.name)
    if formatted:
        format_package(package_dir)


def format_package(package_dir: Path) -> None:
    """Sort imports, apply safe fixes and format with the pinned ruff, ignoring any local configuration."""
    ruff = _tool("ruff")
    _run(
        [ruff, "check", *RUFF_SETTINGS, "--select", "I,F401", "--fix-only", "--quiet", str(package_dir)],
        "ruff check",
    )
    _run([ruff, "format", *RUFF_SETTINGS, "--quiet", str(package_dir)], "ruff format")
