"""Upload: `client.upload()` against raw httpx PUTs of the same parts at the same concurrency, and the
sequential script of Figshare's upload_example.md (requests).

The upload-service emulator runs in its own process (parts kept on a tmpfs); every contender runs in its
own venv and a fresh interpreter. All of them compute the md5 first (Figshare's initiate step takes it) and
every upload is checked afterwards: the emulator's ``computed_md5`` must equal the file's. Times run from
making the client (its modules imported) to the file being completed (``client.upload()`` then also waits for
Figshare's check, reported apart); rounds interleaved.

    python benchmarks/bench.py --only upload
"""

from __future__ import annotations

import hashlib
import json
import resource
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from _harness import MIB, Bench, Figure, interleaved, ratio_figure, seconds
from _transfers import Rest, cpu_seconds, default_size, emulator, file_md5, random_file

SIZE_MIB, QUICK_SIZE_MIB = 256, 4
PART_MIB, QUICK_PART_MIB = 10, 1
CONCURRENCY = 4


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- contenders (in their own interpreters) -----------------------------------------------------------------


def sdk(config: dict[str, Any]) -> dict[str, Any]:
    import figshare
    from figshare import Figshare
    from figshare.files import TransferProgress

    marks: dict[str, float] = {}

    def progress(event: TransferProgress) -> None:
        marks.setdefault(event.phase, time.perf_counter())

    started, cpu = time.perf_counter(), cpu_seconds()  # making the client is timed too (its transport is lazy)
    with Figshare(
        token=config["token"], base_url=config["api"], rate_limit=None, trusted_hosts=[config["host"]]
    ) as client:
        state_dir = tempfile.mkdtemp()
        [result] = client.upload(
            config["article_id"],
            config["path"],
            concurrency=config["concurrency"],
            state_dir=state_dir,
            progress=progress,
        )
        verified = time.perf_counter() - started
    return {
        "seconds": marks["processing"] - started,
        "cpu_seconds": cpu_seconds() - cpu,  # to the end of the call
        "verified_seconds": verified,
        "peak_mib": _peak_mib(),
        "status": result.status,
        "figshare": figshare.__file__,
    }


def _initiate(client: Any, config: dict[str, Any], md5: str, size: int) -> tuple[str, list[dict[str, Any]], str]:
    api, article = config["api"], config["article_id"]
    location = client.post(
        f"{api}/account/articles/{article}/files", json={"name": "big.bin", "size": size, "md5": md5}
    )
    record = client.get(location.raise_for_status().json()["location"]).raise_for_status().json()
    parts = client.get(record["upload_url"]).raise_for_status().json()["parts"]
    return record["upload_url"], parts, f"{api}/account/articles/{article}/files/{record['id']}"


def raw_httpx(config: dict[str, Any]) -> dict[str, Any]:
    """The least a correct parallel upload needs, with plain httpx: md5, initiate, PUT each part's byte range
    (streamed from disk, Content-Length set) from a thread pool, complete."""
    import httpx

    path = Path(config["path"])
    started, cpu = time.perf_counter(), cpu_seconds()  # making the client is timed too
    with httpx.Client(headers={"Authorization": f"token {config['token']}"}, timeout=120) as client:
        digest = hashlib.md5()
        with path.open("rb") as handle:
            while chunk := handle.read(MIB):
                digest.update(chunk)
        upload_url, parts, file_url = _initiate(client, config, digest.hexdigest(), path.stat().st_size)

        def put(part: dict[str, Any]) -> None:
            length = part["endOffset"] - part["startOffset"] + 1

            def body() -> Any:
                with path.open("rb") as source:
                    source.seek(part["startOffset"])
                    remaining = length
                    while remaining:
                        chunk = source.read(min(MIB, remaining))
                        remaining -= len(chunk)
                        yield chunk

            client.put(
                f"{upload_url}/{part['partNo']}", content=body(), headers={"Content-Length": str(length)}
            ).raise_for_status()

        with ThreadPoolExecutor(config["concurrency"]) as pool:
            list(pool.map(put, parts))
        client.post(file_url).raise_for_status()
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {"seconds": elapsed, "cpu_seconds": cpu, "peak_mib": _peak_mib()}


def upload_example(config: dict[str, Any]) -> dict[str, Any]:
    """upload_example.md's method (Python 3): requests, one connection per request, each part read into
    memory and sent one after the other."""
    import requests

    headers = {"Authorization": "token " + config["token"]}
    path = Path(config["path"])

    def request(method: str, url: str, data: Any = None, binary: bool = False) -> Any:
        if data is not None and not binary:
            data = json.dumps(data)
        response = requests.request(method, url, headers=headers, data=data)
        response.raise_for_status()
        try:
            return json.loads(response.content)
        except ValueError:
            return response.content

    started = time.perf_counter()
    digest, size = hashlib.md5(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(MIB):
            size += len(chunk)
            digest.update(chunk)
    api, article = config["api"], config["article_id"]
    created = request(
        "POST", f"{api}/account/articles/{article}/files", {"name": "big.bin", "md5": digest.hexdigest(), "size": size}
    )
    file_info = request("GET", created["location"])
    with path.open("rb") as stream:
        for part in request("GET", file_info["upload_url"])["parts"]:
            stream.seek(part["startOffset"])
            data = stream.read(part["endOffset"] - part["startOffset"] + 1)
            request("PUT", f"{file_info['upload_url']}/{part['partNo']}", data=data, binary=True)
    request("POST", f"{api}/account/articles/{article}/files/{file_info['id']}")
    return {"seconds": time.perf_counter() - started, "peak_mib": _peak_mib()}


# -- the figure ---------------------------------------------------------------------------------------------


def measure(bench: Bench) -> list[Figure]:
    size_mib = QUICK_SIZE_MIB if bench.quick else default_size(SIZE_MIB, SIZE_MIB)
    part_mib = QUICK_PART_MIB if bench.quick else PART_MIB
    rounds = bench.size(5, 1)
    path = random_file(size_mib * MIB)
    md5 = file_md5(path)
    with emulator("--part-size", str(part_mib * MIB)) as info:
        rest = Rest(info["api_base_url"], info["token"])
        config = {
            "api": info["api_base_url"],
            "token": info["token"],
            "host": "127.0.0.1",
            "concurrency": CONCURRENCY,
            "path": str(path),
        }

        def upload(role: str, function: str) -> dict[str, Any]:
            article = rest.create_article(function)
            result = bench.run(role, "upload", function, {**config, "article_id": article})
            [record] = rest.files(article)
            computed = rest.computed_md5(article, record["id"])
            if computed != md5:
                raise RuntimeError(f"{function}: the emulator assembled md5 {computed!r}, the file has {md5}")
            rest.delete_files(article)
            return result

        bench.log(f"  a file of {size_mib} MiB, parts of {part_mib} MiB, concurrency {CONCURRENCY}, {rounds} rounds")
        results = interleaved(
            rounds,
            {
                "client.upload()": lambda: upload("sdk", "sdk"),
                "raw httpx": lambda: upload("baseline", "raw_httpx"),
                "upload_example.md": lambda: upload("requests", "upload_example"),
            },
            bench.log,
        )
    raw = seconds(results["raw httpx"])
    sdk_results = results["client.upload()"]
    label = f"upload, {size_mib} MiB ({part_mib} MiB parts, {CONCURRENCY} at a time)"
    return [
        ratio_figure(
            "upload",
            f"{label}, vs raw parallel httpx PUTs (throughput)",
            ">= 0.9",
            raw,
            seconds(sdk_results),
            note=f"{statistics.median(seconds(sdk_results)):.2f} vs {statistics.median(raw):.2f} s, "
            f"peak RSS {max(result['peak_mib'] for result in sdk_results):.0f} MiB",
            verified_median_s=sorted(result["verified_seconds"] for result in sdk_results)[len(sdk_results) // 2],
            sdk_peak_rss_mib=round(max(result["peak_mib"] for result in sdk_results), 1),
            figshare_module=sdk_results[0]["figshare"],
        ),
        ratio_figure(
            "upload_example",
            f"{label}: Figshare's upload_example.md (requests, one part after another) vs raw httpx",
            None,
            raw,
            seconds(results["upload_example.md"]),
        ),
    ]
