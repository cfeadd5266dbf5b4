"""ResourceSync: reading a Resource List Index of 100,000 URLs through figshare.resourcesync and ``resync``
2.0.1; then our peak memory at two list sizes.

The documents follow the specification's examples (``_corpus.resourcesync_documents``: an index shaped like
example 15, lists shaped like example 14 whose ``<url>`` elements are the examples' own, each with its own
``loc``), 50,000 URLs to a list as the sitemap protocol allows, served on loopback by a server in its own
process. Each reader runs in its own venv and a fresh interpreter and reads every resource's URI, lastmod,
length and hashes; rounds are interleaved.

    python benchmarks/bench.py --only resourcesync_parse
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from typing import Any

from _harness import Bench, Figure, interleaved, ratio_figure, seconds, server_process

URLS, QUICK_URLS = 100_000, 400
PER_SITEMAP = 50_000
MEMORY_URLS, QUICK_MEMORY_URLS = (10_000, 200_000), (100, 2_000)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- contenders (in their own interpreters) -----------------------------------------------------------------


def sdk(config: dict[str, Any]) -> dict[str, Any]:
    import figshare
    from figshare.resourcesync import ResourceSyncClient

    count = 0
    started = time.perf_counter()
    with ResourceSyncClient(rate_limit=None) as client:
        for entry in client.resource_list(config["url"]):
            _values = (entry.uri, entry.lastmod, entry.length, entry.hashes)
            count += 1
    return {
        "seconds": time.perf_counter() - started,
        "urls": count,
        "peak_mib": _peak_mib(),
        "figshare": figshare.__file__,
    }


def resync(config: dict[str, Any]) -> dict[str, Any]:
    import logging

    from resync import ResourceList

    logging.disable(logging.WARNING)
    count = 0
    started = time.perf_counter()
    resources = ResourceList()
    resources.read(uri=config["url"])
    for entry in resources:
        _values = (entry.uri, entry.lastmod, entry.length, entry.md5)
        count += 1
    return {"seconds": time.perf_counter() - started, "urls": count, "peak_mib": _peak_mib()}


# -- the figures --------------------------------------------------------------------------------------------


def _site(bench: Bench, urls: int) -> str:
    per_sitemap = min(urls, PER_SITEMAP)
    return json.dumps(
        {
            "site": "resourcesync",
            "shared": str(bench.shared),
            "sitemaps": urls // per_sitemap,
            "per_sitemap": per_sitemap,
        }
    )


def measure(bench: Bench) -> list[Figure]:
    urls = bench.size(URLS, QUICK_URLS)
    rounds = bench.size(3, 1)
    with server_process("_servers.py", _site(bench, urls)) as info:
        config = {"url": info["index"]}

        def read(role: str, function: str) -> dict[str, Any]:
            result = bench.run(role, "resourcesync_parse", function, config)
            if result["urls"] != urls:
                raise RuntimeError(f"{function} read {result['urls']} URLs, expected {urls}")
            return result

        bench.log(f"  a Resource List Index of {urls:,} URLs ({info['bytes'] / 2**20:.1f} MiB of XML), {rounds} rounds")
        results = interleaved(
            rounds,
            {"figshare.resourcesync": lambda: read("sdk", "sdk"), "resync": lambda: read("resync", "resync")},
            bench.log,
        )
    figures = [
        ratio_figure(
            "resourcesync",
            f"ResourceSync, Resource List Index of {urls:,} URLs: resync 2.0.1 time / ours",
            ">= 5.0",
            seconds(results["resync"]),
            seconds(results["figshare.resourcesync"]),
            note=f"{statistics.median(seconds(results['resync'])):.2f} vs "
            f"{statistics.median(seconds(results['figshare.resourcesync'])):.2f} s",
            figshare_module=results["figshare.resourcesync"][0]["figshare"],
        )
    ]
    small, large = QUICK_MEMORY_URLS if bench.quick else MEMORY_URLS
    peaks = {}
    for size in (small, large):
        with server_process("_servers.py", _site(bench, size)) as info:
            result = bench.run("sdk", "resourcesync_parse", "sdk", {"url": info["index"]})
        if result["urls"] != size:
            raise RuntimeError(f"figshare.resourcesync read {result['urls']} URLs, expected {size}")
        peaks[size] = result["peak_mib"]
        bench.log(f"    figshare.resourcesync peak RSS, {size:,} URLs: {result['peak_mib']:.1f} MiB")
    figures.append(
        ratio_figure(
            "resourcesync_memory",
            f"ResourceSync memory: our peak RSS, {large:,} vs {small:,} URLs",
            "<= 1.1",
            [peaks[large]],
            [peaks[small]],
            note=f"{peaks[large]:.1f} vs {peaks[small]:.1f} MiB",
        )
    )
    return figures
