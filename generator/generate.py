"""Generate a package from a patched spec and format it, reproducibly (see generator/render.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RUFF_SETTINGS = ("--isolated", "--line-length", "120", "--target-version", "py310")


class GenerationError(RuntimeError):
    """The generator or ruff failed."""


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
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment, cwd=REPO_ROOT)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise GenerationError(f"{what} failed:\n{output}")
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
    """
    command = [sys.executable, "-m", "generator.render", str(spec), str(config), str(package_dir)]
    if share_with is not None:
        command += ["--share-with", share_with[0], str(share_with[1]), str(share_with[2])]
    _run(command, "generator.render")
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
