"""Every Python example of the documentation site runs, against local services (tests/docs/examples.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.docs.examples import DOCS, pages_with_examples
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
