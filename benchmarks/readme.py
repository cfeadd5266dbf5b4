"""Put the table of the last `make bench` (benchmarks/results/latest.md) into the README, between
``<!-- bench:start -->`` and ``<!-- bench:end -->`` (and into docs/testing.md, which repeats that section).

    python benchmarks/readme.py [--check]

``--check``: change nothing; exit 1 when a file's table differs from latest.md.
"""

from __future__ import annotations

import argparse
import sys

from _harness import BENCH_DIR, REPO_ROOT

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
RESULTS = BENCH_DIR / "results" / "latest.md"
TARGETS = (REPO_ROOT / "README.md", REPO_ROOT / "docs" / "testing.md")


def block(results: str) -> str:
    return f"{START}\n{results.strip()}\n{END}"


def replaced(text: str, results: str, name: str) -> str:
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{name} has no {START} ... {END} markers")
    return text[:start] + block(results) + text[end + len(END) :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args(argv)
    results = RESULTS.read_text(encoding="utf-8")
    stale = []
    for path in TARGETS:
        text = path.read_text(encoding="utf-8")
        new = replaced(text, results, path.name)
        if new != text:
            stale.append(path)
            if not options.check:
                path.write_text(new, encoding="utf-8")
    for path in stale:
        print(f"{path.relative_to(REPO_ROOT)}: {'differs from' if options.check else 'updated from'} {RESULTS.name}")
    return 1 if options.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
