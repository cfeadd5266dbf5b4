"""Import time of ``figshare_api`` and of one operation module, as ratios to ``import httpx``.

Each import runs in a fresh interpreter (so nothing is cached in ``sys.modules``), many times, interleaved so
that machine noise hits every candidate alike; the median wall time is reported. The ratio that matters is
against ``import httpx`` measured in the same run: the generated client cannot import faster than the HTTP
library it is built on.

    python benchmarks/import_time.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CANDIDATES = {
    "import httpx (baseline)": "import httpx",
    "import figshare_api": "import figshare_api",
    "import one resource module": "import figshare_api.resources.articles",
    "cold start: Figshare(token=...).articles": 'from figshare import Figshare; Figshare(token="t").articles',
    "import figshare_api.models.ArticleCompletePrivate": "from figshare_api.models import ArticleCompletePrivate",
    "import figshare": "import figshare",
}


def wall_time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    samples: dict[str, list[float]] = {name: [] for name in CANDIDATES}
    empty: list[float] = []
    for _ in range(runs):
        empty.append(wall_time("pass"))
        for name, code in CANDIDATES.items():
            samples[name].append(wall_time(code))
    startup = statistics.median(empty)
    baseline = statistics.median(samples["import httpx (baseline)"])
    print(f"interpreter start-up alone: {startup * 1000:.1f} ms (median of {runs})")
    print(f"{'candidate':<52} {'median ms':>10} {'x httpx':>8} {'x httpx, start-up excluded':>27}")
    for name, values in samples.items():
        median = statistics.median(values)
        net = (median - startup) / (baseline - startup)
        print(f"{name:<52} {median * 1000:>10.1f} {median / baseline:>8.2f} {net:>27.2f}")


if __name__ == "__main__":
    main()
