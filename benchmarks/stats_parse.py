"""Stats: typed calls of `figshare.stats.Stats` against httpx GETs + ``.json()`` of the same real bodies.

Every public Stats response of the corpus that is JSON (breakdowns, timelines, rankings, totals as the
service and its documentation show them) is served on loopback at its path; the SDK makes the call that asks
for it (``breakdown``, ``timeline``, ``top``, ``total``; rate limit off) and httpx GETs the recorded URL.
Both run every call the same number of times, in their own venvs, rounds interleaved; the server checks
that both sent the same number of requests. A row that informs (the issue sets no goal for it).

    python benchmarks/bench.py --only stats_parse
"""

from __future__ import annotations

import json
import time
import urllib.request
from typing import Any

from _harness import Bench, Figure, interleaved, ratio_figure, seconds, server_process

REPEAT, QUICK_REPEAT = 200, 2


# -- contenders (in their own interpreters) -----------------------------------------------------------------


def sdk(config: dict[str, Any]) -> dict[str, Any]:
    from figshare.stats import Stats

    with Stats(base_url=config["base_url"], rate_limiter=None) as stats:
        calls = [(getattr(stats, call["method"]), call["args"], call["kwargs"]) for call in config["calls"]]
        for method, args, kwargs in calls:  # warm up
            method(*args, **kwargs)
        started = time.perf_counter()
        for _ in range(config["repeat"]):
            for method, args, kwargs in calls:
                method(*args, **kwargs)
        elapsed = time.perf_counter() - started
    return {"seconds": elapsed}


def httpx_json(config: dict[str, Any]) -> dict[str, Any]:
    import httpx

    urls = [config["base_url"] + call["path"] for call in config["calls"]]
    with httpx.Client() as client:
        for url in urls:
            client.get(url).json()
        started = time.perf_counter()
        for _ in range(config["repeat"]):
            for url in urls:
                client.get(url).json()
        elapsed = time.perf_counter() - started
    return {"seconds": elapsed}


# -- the figure ---------------------------------------------------------------------------------------------


def served(base: str) -> int:
    with urllib.request.urlopen(f"{base}/__requests") as response:
        return int(json.load(response))


def measure(bench: Bench) -> list[Figure]:
    repeat = bench.size(REPEAT, QUICK_REPEAT)
    rounds = bench.size(5, 1)
    with server_process("_servers.py", json.dumps({"site": "stats", "corpus": str(bench.corpus)})) as info:
        config = {"base_url": info["base"], "calls": info["calls"], "repeat": repeat}
        counts: dict[str, int] = {}

        def counted(role: str, function: str) -> dict[str, Any]:
            before = served(info["base"])
            result = bench.run(role, "stats_parse", function, config)
            counts.setdefault(function, served(info["base"]) - before)
            return result

        bench.log(f"  {len(info['calls'])} real Stats bodies, each asked {repeat} times, {rounds} rounds")
        results = interleaved(
            rounds,
            {"Stats": lambda: counted("sdk", "sdk"), "httpx": lambda: counted("baseline", "httpx_json")},
            bench.log,
        )
    if counts["sdk"] != counts["httpx_json"]:
        raise RuntimeError(f"the SDK sent {counts['sdk']} requests, httpx {counts['httpx_json']}")
    return [
        ratio_figure(
            "stats",
            f"Stats: {len(info['calls'])} real bodies (breakdowns, timelines, rankings, totals), typed calls, "
            "time vs httpx + `.json()`",
            None,
            seconds(results["Stats"]),
            seconds(results["httpx"]),
            requests=counts["sdk"],
        )
    ]
