"""The venvs the contenders run in, under ``.venv-bench/`` (not committed):

- ``sdk``: the project's wheel (``pip wheel --no-deps``) and its runtime dependencies, nothing else - no
  click, rich, typer or pytest, which a development environment has and which make ``import httpx`` slower;
  recreated whenever the wheel changes (the wheel build is reproducible, so its sha256 says when);
- ``baseline``: httpx and lxml alone, for the bare-httpx baselines and the httpx + lxml floor;
- one venv per peer library: oaipmh-scythe, Sickle, resync, requests (Figshare's upload_example.md).

Libraries the SDK venv has (httpx, httpcore, lxml, python-dateutil, ...) are installed at the same versions
everywhere (the SDK venv's ``pip freeze`` is every other venv's constraints file), so a ratio never measures
two versions of one library. A venv is rebuilt when its requirements, constraints or Python change.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _harness import REPO_ROOT

VENVS = REPO_ROOT / ".venv-bench"
PEERS: dict[str, list[str]] = {
    "baseline": ["httpx", "lxml"],
    "scythe": ["oaipmh-scythe==0.16.0"],
    "sickle": ["Sickle==0.7.0"],
    "resync": ["resync==2.0.1"],
    "requests": ["requests==2.34.2"],
}
# what must never be in the runtime-only venv (development tools, the CLI's extras)
FORBIDDEN = ("click", "rich", "typer", "pytest", "mypy", "ruff", "keyring", "pygments")
_NOT_LIBRARIES = {"pip", "setuptools", "wheel"}


@dataclass(frozen=True)
class Interpreters:
    pythons: dict[str, str]  # role -> python executable
    versions: dict[str, dict[str, str]]  # role -> {distribution: version}


def single(python: str) -> Interpreters:
    """Every role runs in ``python`` (the smoke test: the development venv has the SDK and every peer)."""
    python = os.path.abspath(python)  # not resolved: a venv's python is a symlink out of the venv
    roles = ["sdk", *PEERS]
    return Interpreters({role: python for role in roles}, {"all": freeze(python)})


def freeze(python: str) -> dict[str, str]:
    listed = subprocess.run(
        [python, "-m", "pip", "list", "--format", "json", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {item["name"].lower(): item["version"] for item in json.loads(listed) if item["name"] not in _NOT_LIBRARIES}


def _python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _quiet(command: list[str]) -> None:
    """Run ``command``; show its output only when it fails (pip warns about this machine's index set-up)."""
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{completed.stdout[-3000:]}{completed.stderr[-3000:]}")


def _pip(venv: Path, *arguments: str) -> None:
    _quiet([str(_python(venv)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *arguments])


def _fresh_venv(venv: Path, stamp: str, install: Callable[[Path], None], log: Callable[[str], None]) -> None:
    """(Re)create ``venv`` unless its stamp says it holds exactly this already."""
    marker = venv / ".bench-stamp"
    if marker.is_file() and marker.read_text() == stamp and _python(venv).exists():
        return
    log(f"  building {venv.relative_to(REPO_ROOT)}")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install(venv)
    marker.write_text(stamp)


def build_wheel(build_python: str) -> Path:
    """``pip wheel --no-deps`` of the project (hatchling from ``build_python`` when it has it)."""
    folder = VENVS / "wheel"
    shutil.rmtree(folder, ignore_errors=True)
    has_backend = subprocess.run([build_python, "-c", "import hatchling"], capture_output=True, check=False)
    isolation = ["--no-build-isolation"] if has_backend.returncode == 0 else []
    _quiet(
        [
            build_python,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            *isolation,
            "--wheel-dir",
            str(folder),
            str(REPO_ROOT),
        ]
    )
    [wheel] = folder.glob("*.whl")
    return wheel


def prepare(build_python: str, log: Callable[[str], None]) -> Interpreters:
    """Build the wheel and every venv that is not up to date; return the interpreters and what they hold."""
    VENVS.mkdir(exist_ok=True)
    wheel = build_wheel(build_python)
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    python_version = sys.version
    sdk = VENVS / "sdk"
    _fresh_venv(sdk, f"{digest}\n{python_version}", lambda venv: _pip(venv, str(wheel)), log)
    sdk_versions = freeze(str(_python(sdk)))
    present = sorted(set(FORBIDDEN) & set(sdk_versions))
    if present:
        raise SystemExit(f"the runtime-only venv has development packages: {', '.join(present)}")
    constraints = VENVS / "constraints.txt"
    pins = "".join(f"{name}=={version}\n" for name, version in sorted(sdk_versions.items()) if name != "figshare-sdk")
    constraints.write_text(pins)
    pythons = {"sdk": str(_python(sdk))}
    versions = {"sdk": sdk_versions}
    for role, requirements in PEERS.items():
        venv = VENVS / role
        stamp = "\n".join([*requirements, pins, python_version])
        _fresh_venv(
            venv, stamp, lambda venv, requirements=requirements: _pip(venv, "-c", str(constraints), *requirements), log
        )
        pythons[role] = str(_python(venv))
        versions[role] = freeze(pythons[role])
    log(
        "  "
        + "; ".join(
            f"{role}: {', '.join(f'{n} {v}' for n, v in sorted(held.items()))}" for role, held in versions.items()
        )
    )
    return Interpreters(pythons, versions)
