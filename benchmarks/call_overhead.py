"""Per-call overhead of `Figshare` against a bare `httpx.Client`, on loopback.

The same N GETs of one article (a full ArticleComplete body) from a local HTTP server, through:

- ``httpx``: ``client.get(url).json()`` - the baseline;
- ``Figshare``: ``client.articles.details(id)`` with retries on and the response parsed into typed models
  (the rate limit is off, as it would dominate).

The server runs in its own process, so it does not share this process's GIL. Rounds alternate between the two
candidates; the median round time per candidate is reported, and the ratio. Run:

    python benchmarks/call_overhead.py [--calls 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import http.server
import json
import statistics
import subprocess
import sys
import time

import httpx

from figshare import Figshare

ARTICLE = {
    "id": 1434614,
    "title": "Test article title",
    "doi": "10.6084/m9.figshare.1434614",
    "url": "https://api.figshare.com/v2/articles/1434614",
    "timeline": {"posted": "2015-12-31T00:00:00", "firstOnline": "2015-12-31T00:00:00"},
    "authors": [{"id": 97657, "full_name": "John Doe", "is_active": False, "url_name": "John_Doe", "orcid_id": ""}],
    "categories": [{"parent_id": 1, "id": 11, "title": "Anatomy", "path": "/450/1024/6532", "source_id": "300204"}],
    "files": [
        {
            "id": 3000002 + index,
            "name": f"file-{index}.csv",
            "size": 14848,
            "is_link_only": False,
            "download_url": f"https://ndownloader.figshare.com/files/{3000002 + index}",
            "supplied_md5": "043a51806d646e88cafbf19e7b82846f",
            "computed_md5": "043a51806d646e88cafbf19e7b82846f",
            "mimetype": "text/csv",
        }
        for index in range(5)
    ],
    "custom_fields": [{"name": "Language", "value": "English"}],
    "license": {"value": 1, "name": "CC BY", "url": "http://creativecommons.org/licenses/by/4.0/"},
    "tags": ["t1", "t2", "t3"],
    "description": "article description " * 20,
    "funding_list": [],
    "related_materials": [],
    "is_public": True,
    "published_date": "2017-05-18T11:49:03Z",
}


def serve() -> None:
    body = json.dumps(ARTICLE).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


def run_httpx(base_url: str, calls: int) -> float:
    with httpx.Client() as client:
        started = time.perf_counter()
        for _ in range(calls):
            client.get(f"{base_url}/articles/1434614").json()
        return time.perf_counter() - started


def run_figshare(base_url: str, calls: int) -> float:
    with Figshare(base_url=base_url, rate_limit=None) as client:
        started = time.perf_counter()
        for _ in range(calls):
            client.articles.details(1434614)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.serve:
        serve()
        return
    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}/v2"
        run_httpx(base_url, 50)  # warm up both paths (imports, connections)
        run_figshare(base_url, 50)
        times: dict[str, list[float]] = {"httpx": [], "Figshare": []}
        for _ in range(arguments.rounds):
            times["httpx"].append(run_httpx(base_url, arguments.calls))
            times["Figshare"].append(run_figshare(base_url, arguments.calls))
    finally:
        server.terminate()
        server.wait()
    baseline = statistics.median(times["httpx"])
    print(f"{arguments.calls} GETs of one article, median of {arguments.rounds} rounds")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<9} {median:7.3f} s  {median / arguments.calls * 1e6:7.1f} us/call  {median / baseline:5.2f}x")


if __name__ == "__main__":
    main()
