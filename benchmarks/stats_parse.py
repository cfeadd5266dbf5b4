"""Cost of turning Stats breakdowns into typed results, as ratios to ``json.loads`` of the same body.

The body is a synthetic daily breakdown (365 days, 60 countries of 10 cities each), about the largest a single
window returns. Candidates are timed alternately so that machine noise hits each alike; medians are reported.

    python benchmarks/stats_parse.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime
import json
import statistics
import time
from collections.abc import Callable

from figshare.stats import Granularity
from figshare.stats._models import merge_breakdowns
from figshare.stats._parse import parse_breakdown


def synthetic_breakdown(days: int = 365, countries: int = 60, cities: int = 10) -> bytes:
    start = datetime.date(2024, 1, 1)
    body = {
        (start + datetime.timedelta(days=day)).isoformat(): {
            f"Country {country}": {
                **{f"City {city}": city + day % 7 for city in range(cities)},
                "total": 1000 + country,
            }
            for country in range(countries)
        }
        for day in range(days)
    }
    return json.dumps({"breakdown": body}).encode()


def time_once(function: Callable[[], object], samples: list[float]) -> None:
    started = time.perf_counter()
    function()
    samples.append(time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    body = synthetic_breakdown()
    parsed = parse_breakdown(json.loads(body), Granularity.DAY)
    candidates: dict[str, Callable[[], object]] = {
        "json.loads (baseline)": lambda: json.loads(body),
        "json.loads + parse_breakdown": lambda: parse_breakdown(json.loads(body), Granularity.DAY),
        "merge_breakdowns of 2 windows": lambda: merge_breakdowns(Granularity.DAY, [parsed, parsed]),
    }
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(runs):
        for name, function in candidates.items():
            time_once(function, samples[name])
    baseline = statistics.median(samples["json.loads (baseline)"])
    print(f"body: {len(body) / 1e6:.1f} MB, {len(parsed)} days; median of {runs} runs")
    print(f"{'candidate':<34} {'median ms':>10} {'x json.loads':>13}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:<34} {median * 1000:>10.1f} {median / baseline:>13.2f}")


if __name__ == "__main__":
    main()
