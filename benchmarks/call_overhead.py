"""Typed GETs of a real article through `Figshare` against `httpx.Client.get(url).json()`.

The body is a recorded public article (6.4 KB, 27 custom fields; ``_corpus.ARTICLE_REQUEST``) served on
loopback by a server in its own process. The SDK runs in the runtime-only venv (``client.articles.details``:
retries on, the body parsed into ``ArticleComplete``; rate limit off, as it would only measure sleeping),
httpx in the baseline venv. Each round starts both in fresh interpreters (warm-up calls first), then
alternates them in short batches, both processes alive, so that load on a shared machine hits both alike.
The server counts requests: both sides must have sent exactly the requests they were asked for.

    python benchmarks/bench.py --only call_overhead
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from typing import Any

from _harness import Bench, Figure, Worker, alternated_batches, batch_ratio_figure, server_process

CALLS, QUICK_CALLS = 2000, 20  # per round and contender
BATCHES, ROUNDS = 20, 5
WARM_UP = 50


# -- contenders (workers in their own interpreters) ---------------------------------------------------------


def sdk(config: dict[str, Any]) -> Callable[[int], Any]:
    import figshare
    from figshare import Figshare

    client = Figshare(base_url=config["base_url"], rate_limit=None)
    article_id = config["article_id"]

    def batch(calls: int) -> dict[str, Any]:
        for _ in range(calls):
            article = client.articles.details(article_id)
        assert type(article).__name__ == "ArticleComplete", type(article)
        return {"custom_fields": len(article.custom_fields), "figshare": figshare.__file__}

    batch(config["warm_up"])
    return batch


def httpx_json(config: dict[str, Any]) -> Callable[[int], Any]:
    import httpx

    client = httpx.Client()
    url = f"{config['base_url']}/articles/{config['article_id']}"

    def batch(calls: int) -> dict[str, Any]:
        for _ in range(calls):
            body = client.get(url).json()
        return {"custom_fields": len(body["custom_fields"])}

    batch(config["warm_up"])
    return batch


# -- the figure ---------------------------------------------------------------------------------------------


def served(base: str) -> int:
    with urllib.request.urlopen(f"{base}/__requests") as response:
        return int(json.load(response))


def measure(bench: Bench) -> list[Figure]:
    calls = bench.size(CALLS, QUICK_CALLS)
    rounds = bench.size(ROUNDS, 1)
    batches = bench.size(BATCHES, 2)
    per_batch = calls // batches
    warm_up = bench.size(WARM_UP, 2)
    with server_process("_servers.py", json.dumps({"site": "article", "corpus": str(bench.corpus)})) as info:
        config = {"base_url": f"{info['base']}/v2", "article_id": info["article_id"], "warm_up": warm_up}
        expected = rounds * 2 * (warm_up + batches * per_batch)
        before = served(info["base"])

        def check(results: dict[str, list[dict[str, Any]]]) -> None:
            for name, batch in results.items():
                if {result["result"]["custom_fields"] for result in batch} != {info["custom_fields"]}:
                    raise RuntimeError(f"{name} did not read the article's {info['custom_fields']} custom fields")

        bench.log(
            f"  GETs of article {info['article_id']} ({info['body_bytes']} bytes, {info['custom_fields']} custom "
            f"fields): {rounds} rounds of {batches} alternated batches of {per_batch}"
        )
        results = alternated_batches(
            rounds,
            batches,
            per_batch,
            {
                "Figshare": lambda: Worker(bench.python("sdk"), "call_overhead", "sdk", config),
                "httpx": lambda: Worker(bench.python("baseline"), "call_overhead", "httpx_json", config),
            },
            bench.log,
            check,
        )
        sent = served(info["base"]) - before
    if sent != expected:
        raise RuntimeError(f"the server answered {sent} requests, the contenders were to send {expected}")
    return [
        batch_ratio_figure(
            "call_overhead",
            f"{batches * per_batch:,} typed GETs of a real article ({info['body_bytes'] / 1000:.1f} KB, "
            f"{info['custom_fields']} custom fields) vs httpx + `.json()`",
            "<= 1.15",
            results["Figshare"],
            results["httpx"],
            per_batch,
            figshare_module=results["Figshare"][0][0]["result"]["figshare"],
        )
    ]
