"""Typed GETs of a real article through `Figshare` against `httpx.Client.get(url).json()`.

The body is a recorded public article (6.4 KB, 27 custom fields; ``_corpus.ARTICLE_REQUEST``) served on
loopback by a server in its own process. The SDK runs in the runtime-only venv (``client.articles.details``:
retries on, the body parsed into ``ArticleComplete``; rate limit off, as it would only measure sleeping),
httpx in the baseline venv; each round starts both in fresh interpreters (warm-up calls first, then the timed
calls), alternately. The server counts requests: both sides must have sent exactly the same number.

    python benchmarks/bench.py --only call_overhead
"""

from __future__ import annotations

import json
import time
import urllib.request
from typing import Any

from _harness import Bench, Figure, interleaved, ratio_figure, seconds, server_process

CALLS, QUICK_CALLS = 2000, 20
WARM_UP = 50


# -- contenders (in their own interpreters) -----------------------------------------------------------------


def sdk(config: dict[str, Any]) -> dict[str, Any]:
    import figshare
    from figshare import Figshare

    with Figshare(base_url=config["base_url"], rate_limit=None) as client:
        for _ in range(config["warm_up"]):
            client.articles.details(config["article_id"])
        started = time.perf_counter()
        for _ in range(config["calls"]):
            article = client.articles.details(config["article_id"])
        elapsed = time.perf_counter() - started
    assert type(article).__name__ == "ArticleComplete", type(article)
    return {"seconds": elapsed, "custom_fields": len(article.custom_fields), "figshare": figshare.__file__}


def httpx_json(config: dict[str, Any]) -> dict[str, Any]:
    import httpx

    url = f"{config['base_url']}/articles/{config['article_id']}"
    with httpx.Client() as client:
        for _ in range(config["warm_up"]):
            client.get(url).json()
        started = time.perf_counter()
        for _ in range(config["calls"]):
            body = client.get(url).json()
        elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "custom_fields": len(body["custom_fields"])}


# -- the figure ---------------------------------------------------------------------------------------------


def served(base: str) -> int:
    with urllib.request.urlopen(f"{base}/__requests") as response:
        return int(json.load(response))


def measure(bench: Bench) -> list[Figure]:
    calls = bench.size(CALLS, QUICK_CALLS)
    rounds = bench.size(7, 1)
    warm_up = bench.size(WARM_UP, 2)
    with server_process("_servers.py", json.dumps({"site": "article", "corpus": str(bench.corpus)})) as info:
        config = {
            "base_url": f"{info['base']}/v2",
            "article_id": info["article_id"],
            "calls": calls,
            "warm_up": warm_up,
        }

        def counted(role: str, function: str) -> dict[str, Any]:
            before = served(info["base"])
            result = bench.run(role, "call_overhead", function, config)
            sent = served(info["base"]) - before
            if sent != calls + warm_up:
                raise RuntimeError(f"{function} sent {sent} requests, expected {calls + warm_up}")
            if result["custom_fields"] != info["custom_fields"]:
                raise RuntimeError(f"{function} read {result['custom_fields']} custom fields")
            return result

        bench.log(
            f"  {calls} GETs of article {info['article_id']} ({info['body_bytes']} bytes, "
            f"{info['custom_fields']} custom fields), {rounds} rounds"
        )
        results = interleaved(
            rounds,
            {"Figshare": lambda: counted("sdk", "sdk"), "httpx": lambda: counted("baseline", "httpx_json")},
            bench.log,
        )
    return [
        ratio_figure(
            "call_overhead",
            f"{calls:,} typed GETs of a real article ({info['body_bytes'] / 1000:.1f} KB, "
            f"{info['custom_fields']} custom fields), time vs httpx + `.json()`",
            "<= 1.15",
            seconds(results["Figshare"]),
            seconds(results["httpx"]),
            us_per_call_sdk=1e6 * min(seconds(results["Figshare"])) / calls,
            figshare_module=results["Figshare"][0]["figshare"],
        )
    ]
