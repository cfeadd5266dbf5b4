"""A multi-page ListRecords harvest through figshare.oai, oaipmh-scythe and Sickle: records/s and memory.

The pages come from a real OAI-PMH implementation (the ``oaipmh`` package's BatchingServer over the test
suite's Figshare-like repository, ``tests/oai/oai_server.py``, with Dublin Core bound to ``dc/terms`` as
Figshare does and entities escaped twice in titles and descriptions), rendered once and served
from memory by an HTTP/1.1 server in its own process on 127.0.0.1, so every client harvests exactly the same
bytes. Each client runs in a fresh interpreter, reads every record's identifier, datestamp and title, and
reports its wall time and resident memory (sampled at 10%, 50% and 100% of the harvest, and the peak). Runs
are interleaved; the best of ``--repeat`` runs is compared. Rate limiting is off for our client (the others
have none).

    python benchmarks/oai_harvest.py [--records 50000] [--page-size 100] [--repeat 3]

Needs ``oaipmh``, ``oaipmh-scythe`` and ``sickle`` (benchmark-only dependencies).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import resource
import statistics
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ("figshare.oai", "figshare.oai async", "oaipmh-scythe", "sickle")


# -- the server ------------------------------------------------------------------------------------------


def render_pages(records: int, page_size: int) -> dict[str, bytes]:
    """Every page of the harvest, keyed by the token that asks for it ("" for the first)."""
    sys.path.insert(0, str(ROOT))
    from tests.oai.oai_server import Repository, build_server, make_items

    oai = build_server(Repository(make_items(records)), page_size=page_size)
    pages: dict[str, bytes] = {}
    token = ""
    params: dict[str, str] = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    while True:
        body = oai.handleRequest(dict(params))
        pages[token] = body
        match = re.search(rb"<resumptionToken[^>]*>([^<]+)</resumptionToken>", body)
        if match is None:
            return pages
        token = match.group(1).decode()
        params = {"verb": "ListRecords", "resumptionToken": token}


def serve(records: int, page_size: int, ready: Any) -> None:
    pages = render_pages(records, page_size)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stalls

        def do_GET(self) -> None:
            query = parse_qs(urlparse(self.path).query)
            body = pages.get(query.get("resumptionToken", [""])[0])
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ready.send((server.server_address[1], len(pages), sum(map(len, pages.values()))))
    server.serve_forever()


# -- the clients (each run in its own interpreter) -------------------------------------------------------


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def harvest(client: str, url: str, expected: int) -> dict[str, Any]:
    """Harvest every record with ``client``; imports happen before the clock starts."""
    import asyncio

    from oaipmh_scythe import Scythe
    from sickle import Sickle

    from figshare.oai import AsyncOAIClient, OAIClient

    samples: dict[str, float] = {}
    marks = {expected // 10: "10%", expected // 2: "50%"}
    count = 0

    def touched(identifier: object, datestamp: object, title: object) -> None:
        nonlocal count
        count += 1
        if count in marks:
            samples[marks[count]] = resident_mb()

    async def figshare_async() -> None:
        async with AsyncOAIClient(url, rate_limiter=None) as oai:
            async for record in await oai.list_records("oai_dc"):
                touched(record.header.identifier, record.header.datestamp, record.dublin_core.title)  # type: ignore[union-attr]

    start = time.perf_counter()
    if client == "figshare.oai":
        with OAIClient(url, rate_limiter=None) as oai:
            for record in oai.list_records("oai_dc"):
                touched(record.header.identifier, record.header.datestamp, record.dublin_core.title)  # type: ignore[union-attr]
    elif client == "figshare.oai async":
        asyncio.run(figshare_async())
    elif client == "oaipmh-scythe":
        with Scythe(url) as scythe:
            for record in scythe.list_records(metadata_prefix="oai_dc"):
                touched(record.header.identifier, record.header.datestamp, record.metadata["title"])
    elif client == "sickle":
        for record in Sickle(url).ListRecords(metadataPrefix="oai_dc"):
            touched(record.header.identifier, record.header.datestamp, record.metadata["title"])
    seconds = time.perf_counter() - start
    samples["100%"] = resident_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"client": client, "records": count, "seconds": seconds, "rss": samples, "peak_mb": peak}


def run_client(client: str, url: str, expected: int) -> dict[str, Any]:
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import oai_harvest; "
        f"print(json.dumps(oai_harvest.harvest({client!r}, {url!r}, {expected})))"
    )
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    if result["records"] != expected:
        raise SystemExit(f"{client} harvested {result['records']} records, expected {expected}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    server = context.Process(target=serve, args=(options.records, options.page_size, send), daemon=True)
    server.start()
    try:
        port, pages, size = receive.recv()
        url = f"http://127.0.0.1:{port}/oai"
        print(
            f"{options.records} oai_dc records in {pages} pages of {options.page_size} "
            f"({size / 2**20:.1f} MiB of XML), served from memory at {url}"
        )
        runs: dict[str, list[dict[str, Any]]] = {client: [] for client in CLIENTS}
        for _ in range(options.repeat):
            for client in CLIENTS:
                runs[client].append(run_client(client, url, options.records))
    finally:
        server.terminate()
    report(runs, options.records)


def report(runs: dict[str, list[dict[str, Any]]], records: int) -> None:
    best = {client: min(results, key=lambda result: result["seconds"]) for client, results in runs.items()}
    rate = {client: records / result["seconds"] for client, result in best.items()}
    baseline = max(rate["oaipmh-scythe"], rate["sickle"])
    faster = "oaipmh-scythe" if rate["oaipmh-scythe"] >= rate["sickle"] else "sickle"
    print(
        f"\n{'client':<20} {'best s':>7} {'median s':>9} {'records/s':>10} {'x ' + faster:>18} "
        f"{'RSS MiB @10%':>13} {'@50%':>6} {'@100%':>6} {'peak':>6}"
    )
    for client, result in best.items():
        median = statistics.median(run["seconds"] for run in runs[client])
        rss = result["rss"]
        print(
            f"{client:<20} {result['seconds']:>7.2f} {median:>9.2f} {rate[client]:>10.0f} "
            f"{rate[client] / baseline:>18.2f} {rss.get('10%', 0):>13.1f} {rss.get('50%', 0):>6.1f} "
            f"{rss['100%']:>6.1f} {result['peak_mb']:>6.1f}"
        )
    for client in ("figshare.oai", "figshare.oai async"):
        print(f"{client}: {rate[client] / baseline:.2f}x the faster baseline ({faster}); target >= 2x")


if __name__ == "__main__":
    main()
