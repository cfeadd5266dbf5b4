"""Every Python example of the documentation site runs, against local services (tests/docs/examples.py)."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.docs.examples import DOCS, pages_with_examples, read_page
from tests.docs.services import SERVICES

REPO = Path(__file__).resolve().parents[2]
PAGES = pages_with_examples()

MAX_NOT_RUN = 4
"""Blocks that are not run need a reason, and there must stay few of them."""


def test_the_site_has_examples() -> None:
    assert sum(len(page.runnable) for page in PAGES) >= 20


def test_blocks_not_run_are_few_and_say_why() -> None:
    not_run = [block for page in PAGES for block in page.blocks if block.not_run is not None]
    assert len(not_run) <= MAX_NOT_RUN, [block.name for block in not_run]
    assert all(len(block.not_run or "") >= 15 for block in not_run), [(b.name, b.not_run) for b in not_run]


def test_pages_name_known_services() -> None:
    for page in PAGES:
        assert set(page.services) <= set(SERVICES), (page.path.name, page.services)


@pytest.mark.parametrize("page", PAGES, ids=[page.path.name for page in PAGES])
def test_page_examples_run(page, request: pytest.FixtureRequest, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    environment = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    for variable in ("FIGSHARE_TOKEN", "FIGSHARE_BASE_URL", "FIGSHARE_V3_BASE_URL"):
        environment.pop(variable, None)
    if "prism" in page.services:
        environment["FIGSHARE_DOCS_PRISM_URL"] = request.getfixturevalue("prism_url")
        environment["FIGSHARE_DOCS_PRISM_V3_URL"] = request.getfixturevalue("prism_v3_url")
    if "stats" in page.services:
        environment["FIGSHARE_TEST_CORPUS"] = str(request.getfixturevalue("corpus_dir").resolve())
    job = {
        "page": str(page.path),
        "services": list(page.services),
        "blocks": [{"name": block.name, "line": block.line, "code": block.code} for block in page.runnable],
    }
    job_file = tmp_path / "job.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "tests.docs.example_runner", str(job_file)],
        cwd=work,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    where = page.path.relative_to(DOCS.parent)
    assert result.returncode == 0, f"{where}\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"


def test_examples_type_check(tmp_path: Path) -> None:
    """A reader's script made of a page's examples (the README's quickstart too) passes `mypy --strict`, and so
    does each ```` ```python ```` example of a module docstring (the API reference shows them)."""
    scripts = {page.path.stem: "".join(block.code for block in page.runnable) for page in PAGES}
    scripts["README"] = "".join(block.code for block in read_page(REPO / "README.md").runnable)
    for source in sorted((REPO / "src" / "figshare").rglob("*.py")):
        docstring = ast.get_docstring(ast.parse(source.read_text(encoding="utf-8"))) or ""
        for number, code in enumerate(re.findall(r"```python\n(.*?)```", docstring, re.DOTALL)):
            scripts[f"{source.relative_to(REPO / 'src').with_suffix('')}_{number}"] = code
    modules = []
    for name, code in scripts.items():
        module = tmp_path / f"{re.sub(r'[^a-z0-9]+', '_', name.lower())}_examples.py"
        module.write_text(code, encoding="utf-8")
        modules.append(str(module))
    assert len(modules) > len(PAGES) + 2, sorted(scripts)
    command = [sys.executable, "-m", "mypy", "--strict", "--ignore-missing-imports", "--no-error-summary"]
    command += ["--untyped-calls-exclude=dask", "--untyped-calls-exclude=distributed"]  # untyped libraries
    result = subprocess.run(
        [*command, f"--cache-dir={REPO / '.mypy_cache'}", *modules],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-3000:]
