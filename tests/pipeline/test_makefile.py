"""The Makefile's environments: the interpreter is checked first, a `.venv` made by another Python is made again,
the runtime tests get their own environment, and `make distclean` removes what `make clean` keeps."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


def python(version: str) -> str | None:
    """A working interpreter of ``version`` (pyenv's shims can exist without working), else None."""
    candidates = [
        shutil.which(f"python{version}"),
        *sorted(Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}")),
    ]
    for candidate in candidates:
        if (
            candidate
            and subprocess.run([str(candidate), "-c", "pass"], capture_output=True, check=False).returncode == 0
        ):
            return str(candidate)
    return None


def make(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key not in ("PYTHON", "MAKEFLAGS", "MFLAGS")}
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO_ROOT), *arguments],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def test_an_old_python_is_refused_first_with_one_line(tmp_path: Path) -> None:
    old = python("3.10")
    if old is None:
        pytest.skip("no working python3.10 on this machine")
    result = make("setup", f"VENV={tmp_path / 'venv'}", f"PYTHON={old}")
    assert result.returncode != 0
    (error,) = [line for line in result.stderr.splitlines() if not line.startswith("make")]
    assert error.startswith("error: the tooling (openapi-python-client, mypy, the generator) needs Python 3.11")
    assert f"PYTHON={old} is 3.10." in error and error.endswith("run make with PYTHON=python3.11 (or newer)")
    assert not (tmp_path / "venv").exists(), "nothing is created before the check"


def test_a_venv_made_by_another_python_is_made_again(tmp_path: Path) -> None:
    other = python("3.10") or python("3.12") or python("3.13")
    if other is None:
        pytest.skip("no second Python on this machine")
    venv = tmp_path / "venv"
    subprocess.run([other, "-m", "venv", "--without-pip", str(venv)], check=True)
    plan = make("-n", "setup", f"VENV={venv}", f"PYTHON={sys.executable}").stdout
    assert f'echo "recreating {venv}: {venv} ' in plan
    kept = make("-n", "setup", f"VENV={venv}", f"PYTHON={other}").stdout
    assert f"{venv} was made" not in kept, "the Python that made it is the one asked for: kept"


def test_a_broken_venv_is_made_again(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    venv.mkdir()
    assert f"recreating {venv}: {venv} has no working Python" in make("-n", "setup", f"VENV={venv}").stdout


def test_runtime_tests_get_their_own_environment_per_python_version() -> None:
    plan = make("-n", "pytest-runtime", f"PYTHON={sys.executable}").stdout
    assert "venv=.venv-runtime-$version" in plan
    assert "$venv/bin/python -m pip install" in plan and "$venv/bin/python -m pytest" in plan
    assert f"{sys.executable} -m pip" not in plan, "never install into the interpreter's own site-packages"


def test_distclean_removes_the_environments_clean_keeps_them() -> None:
    clean = make("-n", "clean").stdout
    distclean = make("-n", "distclean").stdout
    assert ".venv" not in clean and "node_modules" not in clean
    removed = next(line.split()[2:] for line in distclean.splitlines() if line.startswith("rm -rf .venv "))
    assert {".venv", ".venv-runtime-*", ".venv-bench", "node_modules"} <= set(removed)
