"""`make bench`: every figure of the performance table, measured as a user gets it, in one run.

The SDK runs from its wheel in a runtime-only venv, each peer library in a venv of its own, httpx baselines
in a venv with only httpx and lxml (at the SDK venv's versions) - see ``_env.py``. Every contender runs in a
fresh interpreter of its venv; rounds interleave the SDK and its baseline; figures are ratios of medians
measured in this run, with the range of the single rounds' ratios. Prints one table and writes it to
``benchmarks/results/latest.md`` and ``latest.json`` (``benchmarks/readme.py`` puts it into the README).

    python benchmarks/bench.py [--quick] [--only call_overhead,oai_harvest,...] [--out DIR]
                               [--interpreter PYTHON] [--build-python PYTHON]

``--quick`` (or ``BENCH_QUICK=1``): tiny sizes and one round, a smoke run whose ratios mean nothing; it
writes under a temporary folder unless ``--out`` is given. ``--interpreter``: run every contender with this
one Python (which must have the SDK and every peer library) instead of building the venvs; the smoke test
uses it. Needs ``FIGSHARE_TEST_CORPUS`` and ``FIGSHARE_SHARED`` (real bodies are read at run time).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from pathlib import Path

import _corpus
import _env
import _report
from _harness import BENCH_DIR, Bench, Figure

FIGURES = (
    "call_overhead",
    "cold_start",
    "oai_harvest",
    "resourcesync_parse",
    "download",
    "upload",
    "stats_parse",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", default=os.environ.get("BENCH_QUICK") == "1")
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(FIGURES))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--interpreter", default=None, help="one Python for every contender (no venvs)")
    parser.add_argument("--build-python", default=sys.executable, help="the Python that builds the wheel")
    options = parser.parse_args(argv)
    selected = [name for name in options.only.split(",") if name] or list(FIGURES)
    unknown = set(selected) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figures: {', '.join(sorted(unknown))}")

    corpus = _corpus.setting_folder("FIGSHARE_TEST_CORPUS")
    shared = _corpus.setting_folder("FIGSHARE_SHARED")
    started = time.time()
    load_before = os.getloadavg()

    def log(message: str) -> None:
        print(message, flush=True)

    if options.interpreter:
        interpreters = _env.single(options.interpreter)
    else:
        log("== venvs: the wheel in a runtime-only venv, each peer in its own")
        interpreters = _env.prepare(options.build_python, log)
    with tempfile.TemporaryDirectory(prefix="figshare-bench-") as scratch:
        bench = Bench(interpreters.pythons, options.quick, corpus, shared, Path(scratch), log)
        figures: list[Figure] = []
        for name in selected:
            log(f"== {name}")
            figures.extend(importlib.import_module(name).measure(bench))
    if not options.interpreter:
        sdk_venv = str(Path(interpreters.pythons["sdk"]).parent.parent)
        for figure in figures:
            module = figure.details.get("figshare_module")
            if module is not None and not module.startswith(sdk_venv + os.sep):
                raise SystemExit(f"{figure.key}: figshare was imported from {module}, not from the runtime-only venv")
    run = _report.Run(
        figures=figures,
        started=started,
        seconds=time.time() - started,
        load=(load_before, os.getloadavg()),
        machine=_report.machine(interpreters.pythons["sdk"]),
        versions=interpreters.versions,
        quick=options.quick,
        selected=selected,
    )
    out = options.out or (
        Path(tempfile.gettempdir()) / "figshare-bench-quick" if options.quick else BENCH_DIR / "results"
    )
    paths = _report.write(run, out)
    print()
    print(_report.markdown(run))
    print(f"written: {', '.join(str(path) for path in paths)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
