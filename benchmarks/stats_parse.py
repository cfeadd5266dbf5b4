"""Stats: typed calls of `figshare.stats.Stats` against httpx GETs + ``.json()`` of the same real bodies.

Every public Stats response of the corpus that is JSON (breakdowns, timelines, rankings, totals as the
service and its documentation show them) is served on loopback at its path; the SDK makes the call that asks
for it (``breakdown``, ``timeline``, ``top``, ``total``; rate limit off) and httpx GETs the recorded URL.
Both run every call the same number of times, in their own venvs, alternated in short batches; the server
checks that both sent the same number of requests for a batch. A row that informs (the issue sets no goal for it).

    python benchmarks/bench.py --only stats_parse
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from typing import Any

from _harness import Bench, Figure, Worker, alternated_batches, batch_ratio_figure, server_process

REPEAT, QUICK_REPEAT = 20, 1  # every call, per batch
BATCHES, ROUNDS = 10, 3


# -- contenders (workers in their own interpreters) ---------------------------------------------------------


def sdk(config: dict[str, Any]) -> Callable[[int], Any]:
    from figshare.stats import Stats

    stats = Stats(base_url=config["base_url"], rate_limit=None)
    calls = [(getattr(stats, call["method"]), call["args"], call["kwargs"]) for call in config["calls"]]

    def batch(repeat: int) -> None:
        for _ in range(repeat):
            for method, args, kwargs in calls:
                method(*args, **kwargs)

    batch(1)
    return batch


def httpx_json(config: dict[str, Any]) -> Callable[[int], Any]:
    import httpx

    client = httpx.Client()
    urls = [config["base_url"] + call["path"] for call in config["calls"]]

    def batch(repeat: int) -> None:
        for _ in range(repeat):
            for url in urls:
                client.get(url).json()

    batch(1)
    return batch


# -- the figure ---------------------------------------------------------------------------------------------


def served(base: str) -> int:
    with urllib.request.urlopen(f"{base}/__requests") as response:
        return int(json.load(response))


def measure(bench: Bench) -> list[Figure]:
    repeat = bench.size(REPEAT, QUICK_REPEAT)
    rounds = bench.size(ROUNDS, 1)
    batches = bench.size(BATCHES, 2)
    with server_process("_servers.py", json.dumps({"site": "stats", "corpus": str(bench.corpus)})) as info:
        config = {"base_url": info["base"], "calls": info["calls"]}
        counts: dict[str, int] = {}
        workers = {"Stats": ("sdk", "sdk"), "httpx": ("baseline", "httpx_json")}

        def counted(name: str) -> Worker:
            # each worker started alone, so that the requests it sends can be counted
            role, function = workers[name]
            before = served(info["base"])
            worker = Worker(bench.python(role), "stats_parse", function, config)
            worker.batch(repeat)
            counts.setdefault(name, served(info["base"]) - before)
            return worker

        bench.log(
            f"  {len(info['calls'])} real Stats bodies, {rounds} rounds of {batches} alternated batches, "
            f"each call {repeat} times a batch"
        )
        results = alternated_batches(
            rounds, batches, repeat, {name: lambda name=name: counted(name) for name in workers}, bench.log
        )
    if counts["Stats"] != counts["httpx"]:
        raise RuntimeError(f"the SDK sent {counts['Stats']} requests, httpx {counts['httpx']}")
    return [
        batch_ratio_figure(
            "stats",
            f"Stats, {len(info['calls'])} real bodies (breakdowns, timelines, rankings, totals), typed calls vs "
            "httpx + `.json()`",
            None,
            results["Stats"],
            results["httpx"],
            repeat * len(info["calls"]),
        )
    ]
