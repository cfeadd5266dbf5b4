"""OAI-PMH: a ListRecords harvest of oai_dc records through figshare.oai, oaipmh-scythe, Sickle, and the
floor of httpx + lxml; then our peak memory at two harvest sizes.

The pages are built from the real Figshare ``oai_dc`` records of the corpus (``_corpus.oai_pages``: the
records cycled, each with its own article id, Figshare's page head and base64 resumption tokens), served
from memory on loopback by a server in its own process, so every client harvests the same bytes. Each
client runs in its own venv and a fresh interpreter, reads every record's identifier, datestamp and title,
and reports its wall time (imports done before the clock starts) and peak RSS. Rounds are interleaved.

    python benchmarks/bench.py --only oai_harvest
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from typing import Any

from _harness import Bench, Figure, interleaved, ratio_figure, seconds, server_process

RECORDS, QUICK_RECORDS = 50_000, 300
MEMORY_RECORDS, QUICK_MEMORY_RECORDS = (10_000, 200_000), (100, 1_000)
PAGE_SIZE = 100  # the figure's (as the measurements)
FIGSHARE_PAGE_SIZE = 10  # what api.figshare.com/v2/oai sends (the recorded pages of the corpus): a row that informs


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- contenders (in their own interpreters) -----------------------------------------------------------------


def sdk(config: dict[str, Any]) -> dict[str, Any]:
    import figshare
    from figshare.oai import OAIClient

    count = 0
    started = time.perf_counter()
    with OAIClient(config["url"], rate_limit=None) as oai:
        for record in oai.list_records("oai_dc"):
            _values = (record.header.identifier, record.header.datestamp, record.dublin_core.title)
            count += 1
    return {
        "seconds": time.perf_counter() - started,
        "records": count,
        "peak_mib": _peak_mib(),
        "figshare": figshare.__file__,
    }


def sdk_async(config: dict[str, Any]) -> dict[str, Any]:
    import asyncio

    from figshare.oai import AsyncOAIClient

    async def harvest() -> int:
        count = 0
        async with AsyncOAIClient(config["url"], rate_limit=None) as oai:
            async for record in await oai.list_records("oai_dc"):
                _values = (record.header.identifier, record.header.datestamp, record.dublin_core.title)
                count += 1
        return count

    started = time.perf_counter()
    count = asyncio.run(harvest())
    return {"seconds": time.perf_counter() - started, "records": count, "peak_mib": _peak_mib()}


def scythe(config: dict[str, Any]) -> dict[str, Any]:
    from oaipmh_scythe import Scythe

    count = 0
    started = time.perf_counter()
    with Scythe(config["url"]) as client:
        for record in client.list_records(metadata_prefix="oai_dc"):
            _values = (record.header.identifier, record.header.datestamp, record.metadata["title"])
            count += 1
    return {"seconds": time.perf_counter() - started, "records": count, "peak_mib": _peak_mib()}


def sickle(config: dict[str, Any]) -> dict[str, Any]:
    from sickle import Sickle

    count = 0
    started = time.perf_counter()
    for record in Sickle(config["url"]).ListRecords(metadataPrefix="oai_dc"):
        _values = (record.header.identifier, record.header.datestamp, record.metadata["title"])
        count += 1
    return {"seconds": time.perf_counter() - started, "records": count, "peak_mib": _peak_mib()}


def floor(config: dict[str, Any]) -> dict[str, Any]:
    """The least a harvester does: GET each page with httpx, parse it with lxml (entities and network off),
    read the three values off the tree, follow the token."""
    import httpx
    from lxml import etree

    oai = "{http://www.openarchives.org/OAI/2.0/}"
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    count = 0
    started = time.perf_counter()
    with httpx.Client() as client:
        params: dict[str, str] = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
        while True:
            root = etree.fromstring(client.get(config["url"], params=params).content, parser)
            listing = root.find(f"{oai}ListRecords")
            for record in listing.iterchildren(f"{oai}record"):
                header = record.find(f"{oai}header")
                header.findtext(f"{oai}identifier"), header.findtext(f"{oai}datestamp")
                record.find(f"{oai}metadata")[0].findtext("{*}title")
                count += 1
            token = listing.findtext(f"{oai}resumptionToken")
            if not token:
                break
            params = {"verb": "ListRecords", "resumptionToken": token}
    return {"seconds": time.perf_counter() - started, "records": count, "peak_mib": _peak_mib()}


# -- the figures --------------------------------------------------------------------------------------------


def _site(bench: Bench, records: int, page_size: int) -> str:
    return json.dumps({"site": "oai", "corpus": str(bench.corpus), "records": records, "page_size": page_size})


def measure(bench: Bench) -> list[Figure]:
    page_size = PAGE_SIZE
    records = bench.size(RECORDS, QUICK_RECORDS)
    rounds = bench.size(3, 1)
    with server_process("_servers.py", _site(bench, records, page_size)) as info:
        url = f"{info['base']}/v2/oai"

        def harvest(role: str, function: str, url: str = url, expected: int = records) -> dict[str, Any]:
            result = bench.run(role, "oai_harvest", function, {"url": url})
            if result["records"] != expected:
                raise RuntimeError(f"{function} harvested {result['records']} records, expected {expected}")
            return result

        bench.log(
            f"  {records:,} oai_dc records in {info['pages']} pages of {page_size} "
            f"({info['bytes'] / 2**20:.1f} MiB of XML), {rounds} rounds"
        )
        results = interleaved(
            rounds,
            {
                "figshare.oai": lambda: harvest("sdk", "sdk"),
                "oaipmh-scythe": lambda: harvest("scythe", "scythe"),
                "httpx + lxml": lambda: harvest("baseline", "floor"),
            },
            bench.log,
        )
        # rows that inform: one run each
        results |= interleaved(
            1,
            {"figshare.oai async": lambda: harvest("sdk", "sdk_async"), "sickle": lambda: harvest("sickle", "sickle")},
            bench.log,
        )
    small_pages = bench.size(RECORDS // 5, QUICK_RECORDS)
    with server_process("_servers.py", _site(bench, small_pages, FIGSHARE_PAGE_SIZE)) as info:
        url = f"{info['base']}/v2/oai"
        bench.log(
            f"  {small_pages:,} records in {info['pages']} pages of {FIGSHARE_PAGE_SIZE} (Figshare's page size), "
            f"{rounds} rounds"
        )
        figshare_pages = interleaved(
            rounds,
            {
                "figshare.oai": lambda: harvest("sdk", "sdk", url, small_pages),
                "oaipmh-scythe": lambda: harvest("scythe", "scythe", url, small_pages),
            },
            bench.log,
        )
    scythe_times = seconds(results["oaipmh-scythe"])
    label = f"OAI-PMH, {records:,} oai_dc records (pages of {page_size})"
    figures = [
        ratio_figure(
            "oai_harvest",
            f"{label}: oaipmh-scythe time / ours",
            ">= 2.0",
            scythe_times,
            seconds(results["figshare.oai"]),
            note=f"{statistics.median(scythe_times):.2f} vs {statistics.median(seconds(results['figshare.oai'])):.2f} s"
            f", {records / statistics.median(seconds(results['figshare.oai'])):,.0f} records/s",
            figshare_module=results["figshare.oai"][0]["figshare"],
        ),
        ratio_figure(
            "oai_harvest_async",
            f"{label}: oaipmh-scythe time / our async client's (one run)",
            None,
            [statistics.median(scythe_times)],
            seconds(results["figshare.oai async"]),
        ),
        ratio_figure(
            "oai_harvest_floor",
            f"{label}: oaipmh-scythe time / httpx + lxml alone (the floor)",
            None,
            scythe_times,
            seconds(results["httpx + lxml"]),
        ),
        ratio_figure(
            "oai_harvest_sickle",
            f"{label}: Sickle time (one run) / ours",
            None,
            seconds(results["sickle"]),
            [statistics.median(seconds(results["figshare.oai"]))],
        ),
    ]
    figures.append(
        ratio_figure(
            "oai_harvest_figshare_pages",
            f"OAI-PMH, {small_pages:,} oai_dc records (pages of {FIGSHARE_PAGE_SIZE}, as Figshare sends them): "
            "oaipmh-scythe time / ours",
            None,
            seconds(figshare_pages["oaipmh-scythe"]),
            seconds(figshare_pages["figshare.oai"]),
        )
    )
    small, large = QUICK_MEMORY_RECORDS if bench.quick else MEMORY_RECORDS
    peaks = {}
    for size in (small, large):
        with server_process("_servers.py", _site(bench, size, page_size)) as info:
            result = bench.run("sdk", "oai_harvest", "sdk", {"url": f"{info['base']}/v2/oai"})
        if result["records"] != size:
            raise RuntimeError(f"figshare.oai harvested {result['records']} records, expected {size}")
        peaks[size] = result["peak_mib"]
        bench.log(f"    figshare.oai peak RSS, {size:,} records: {result['peak_mib']:.1f} MiB")
    figures.append(
        ratio_figure(
            "oai_memory",
            f"OAI-PMH memory: our peak RSS, {large:,} vs {small:,} records",
            "<= 1.1",
            [peaks[large]],
            [peaks[small]],
            note=f"{peaks[large]:.1f} vs {peaks[small]:.1f} MiB",
        )
    )
    return figures
