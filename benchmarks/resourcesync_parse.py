"""Benchmark: reading a large ResourceSync Resource List, ours against the ``resync`` library.

A Resource List Index of two sitemaps of 50,000 URLs each (every URL with lastmod, md5, length and type) is
served from a local HTTP server on 127.0.0.1. Both readers fetch and parse all 100,000 entries:

* ours: ``ResourceSyncClient.resource_list()``, consumed lazily (nothing kept);
* baseline: ``resync.ResourceList().read()`` (builds the whole list in memory).

Prints the throughput of each (best of ``--repeat`` runs), their ratio, and the peak Python memory
(tracemalloc) for lists of growing size, to show whether memory stays flat as the list grows.

    python benchmarks/resourcesync_parse.py [--urls-per-sitemap 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import functools
import gc
import hashlib
import http.server
import logging
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from resync import ResourceList  # type: ignore[import-untyped]

from figshare.resourcesync import ResourceSyncClient

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:rs="http://www.openarchives.org/rs/terms/">\n'
    '<rs:md capability="resourcelist" at="2024-05-01T12:00:00Z"/>\n'
)


def write_resource_list(folder: Path, base: str, urls_per_sitemap: int, sitemaps: int = 2) -> str:
    """Write an index and its sitemaps under ``folder``; return the index path (relative)."""
    folder.mkdir(parents=True, exist_ok=True)
    parts = []
    for number in range(1, sitemaps + 1):
        name = f"resourcelist-{number}.xml"
        with (folder / name).open("w", encoding="utf-8") as out:
            out.write(HEAD.format(root="urlset"))
            for i in range(urls_per_sitemap):
                digest = hashlib.md5(f"{number}-{i}".encode()).hexdigest()
                second = i % 60
                out.write(
                    f"<url><loc>{base}/articles/dataset/item_{number}_{i}/{i}</loc>"
                    f"<lastmod>2024-04-{1 + i % 28:02d}T10:{i % 60:02d}:{second:02d}Z</lastmod>"
                    f'<rs:md hash="md5:{digest}" length="{1000 + i}" type="application/pdf"/></url>\n'
                )
            out.write("</urlset>\n")
        parts.append(f"<sitemap><loc>{base}/{folder.name}/{name}</loc></sitemap>\n")
    with (folder / "resourcelist.xml").open("w", encoding="utf-8") as out:
        out.write(HEAD.format(root="sitemapindex"))
        out.writelines(parts)
        out.write("</sitemapindex>\n")
    return f"{folder.name}/resourcelist.xml"


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def read_ours(url: str) -> int:
    with ResourceSyncClient(min_interval=None) as client:
        return sum(1 for _ in client.resource_list(url))


def read_resync(url: str) -> int:
    resources = ResourceList()
    resources.read(uri=url)
    return len(resources)


def best_time(reader: Callable[[str], int], url: str, expected: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        count = reader(url)
        best = min(best, time.perf_counter() - started)
        if count != expected:
            raise SystemExit(f"{reader.__name__} read {count} entries, expected {expected}")
    return best


def peak_memory(reader: Callable[[str], int], url: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        reader(url)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--urls-per-sitemap", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    logging.disable(logging.WARNING)
    size = arguments.urls_per_sitemap
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        with serve(root) as base:
            sizes = sorted({size // 4, size // 2, size})
            index_urls = {n: f"{base}/{write_resource_list(root / f'list{n}', base, n)}" for n in sizes}
            url = index_urls[size]
            total = 2 * size
            ours = best_time(read_ours, url, total, arguments.repeat)
            theirs = best_time(read_resync, url, total, arguments.repeat)
            print(f"Resource List Index: 2 sitemaps x {size:,} URLs = {total:,} entries (local HTTP)")
            print(f"  figshare.resourcesync : {ours:7.3f} s  {total / ours:>10,.0f} entries/s")
            print(f"  resync 2.0.1 (baseline): {theirs:7.3f} s  {total / theirs:>10,.0f} entries/s")
            print(f"  throughput ratio (ours / resync): {theirs / ours:.1f}x  (target >= 3x)")
            print("Peak Python memory (tracemalloc) while reading the whole list:")
            print(f"  {'entries':>9}  {'ours':>10}  {'resync':>10}")
            for n in sizes:
                mine = peak_memory(read_ours, index_urls[n])
                base_peak = peak_memory(read_resync, index_urls[n])
                print(f"  {2 * n:>9,}  {mine / 2**20:>8.1f}MB  {base_peak / 2**20:>8.1f}MB")


if __name__ == "__main__":
    main()
