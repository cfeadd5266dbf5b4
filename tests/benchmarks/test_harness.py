"""The benchmark harness cannot rot: a quick run of every figure and of the profiler on tiny sizes.

No ratio is asserted (performance is measured by `make bench`, never in timed tests): the run must finish,
produce every figure with finite ratios, and its contenders must have passed their own checks (request,
record and URL counts, bytes, md5). Every contender runs in this interpreter (the development venv has the
SDK and every peer library) instead of the venvs `make bench` builds.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCH = REPO_ROOT / "benchmarks"
GOALS = {"call_overhead", "cold_start", "oai_harvest", "resourcesync", "download", "upload"}
MEMORY = {"oai_memory", "resourcesync_memory"}


def _environment(corpus_dir: Path, shared_dir: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(FIGSHARE_TEST_CORPUS=str(corpus_dir), FIGSHARE_SHARED=str(shared_dir), BENCH_QUICK="1")
    return environment


@pytest.mark.corpus
def test_quick_run_of_every_figure(corpus_dir: Path, shared_dir: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH / "bench.py"), "--quick", "--interpreter", sys.executable, "--out", str(tmp_path)],
        env=_environment(corpus_dir, shared_dir),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    results = json.loads((tmp_path / "latest.json").read_text())
    keys = {figure["key"] for figure in results["figures"]}
    assert keys >= GOALS | MEMORY
    for figure in results["figures"]:
        assert math.isfinite(figure["ratio"]) and figure["ratio"] > 0, figure
    assert results["quick"] is True
    table = (tmp_path / "latest.md").read_text()
    assert table.count("\n| ") == len(results["figures"]) + 1  # the header and one row per figure
    assert "QUICK RUN" in table


@pytest.mark.corpus
def test_quick_profile(corpus_dir: Path, shared_dir: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            str(BENCH / "profile_sdk.py"),
            "--quick",
            "--interpreter",
            sys.executable,
            "--only",
            "call_overhead,cold_start,download",
            "--out",
            str(tmp_path),
        ],
        env=_environment(corpus_dir, shared_dir),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert "articles.py" in (tmp_path / "call_overhead.txt").read_text()
    assert "figshare" in (tmp_path / "cold_start.txt").read_text()
    download = (tmp_path / "download.txt").read_text()
    assert "## main thread" in download and "## other threads" in download


def test_a_missing_setting_is_named(tmp_path: Path) -> None:
    environment = {name: value for name, value in os.environ.items() if not name.startswith("FIGSHARE_")}
    completed = subprocess.run(
        [sys.executable, str(BENCH / "bench.py"), "--quick", "--interpreter", sys.executable, "--out", str(tmp_path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode != 0
    assert "FIGSHARE_TEST_CORPUS is not set" in completed.stderr
    assert not (tmp_path / "latest.json").exists()


@pytest.mark.corpus
def test_oai_pages_are_valid_oai_pmh(corpus_dir: Path, shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The harvest's pages are what an OAI-PMH repository may send: valid against the official schema,
    every record distinct, the list closed by an empty resumption token."""
    monkeypatch.syspath_prepend(str(BENCH))
    import _corpus

    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "OAI-PMH.xsd")))
    pages = _corpus.oai_pages(corpus_dir, 25, 10)
    identifiers = []
    for page in pages:
        document = etree.fromstring(page)
        schema.assertValid(document)
        identifiers += document.xpath("//o:header/o:identifier/text()", namespaces={"o": schema_namespace()})
    assert len(identifiers) == len(set(identifiers)) == 25
    assert etree.fromstring(pages[-1]).xpath("//o:resumptionToken/text()", namespaces={"o": schema_namespace()}) == []


def schema_namespace() -> str:
    return "http://www.openarchives.org/OAI/2.0/"


def test_readme_shows_the_last_results() -> None:
    """README (and docs/testing.md) show benchmarks/results/latest.md as `benchmarks/readme.py` put it."""
    completed = subprocess.run(
        [sys.executable, str(BENCH / "readme.py"), "--check"], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
