"""Verified download: `client.download()` (md5-checked, renamed into place) against a bare httpx streaming
download of the same file into a file, and the floor any verified download has here: md5 alone.

The upload-service emulator serves a seeded file of random bytes (``/v2/file/download/<id>`` redirects to
its storage host, which sends it with sendfile) from its own process. The SDK runs in the runtime-only venv,
the bare httpx download (and the same with md5 in the loop) in the baseline venv, each in a fresh interpreter,
timed from making its client (modules imported before), rounds interleaved; every result is compared byte for
byte with the seed afterwards. "md5 alone" hashes the same number of bytes from memory, with no I/O: a
verified download cannot be faster than that.

    python benchmarks/bench.py --only download
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from _harness import MIB, Bench, Figure, interleaved, ratio_figure, seconds
from _transfers import cpu_seconds, default_size, emulator, random_file, same_bytes

SIZE_MIB, SMALL_SIZE_MIB, QUICK_SIZE_MIB = 512, 256, 4


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- contenders (in their own interpreters) -----------------------------------------------------------------


def sdk(config: dict[str, Any]) -> dict[str, Any]:
    """``client.download()``, timed like the bare download: from making the client, its modules imported (as
    ``import httpx`` is for the others; a process's first-import cost is the cold-start figure's)."""
    import figshare
    import figshare.files  # imported by the first transfer otherwise
    from figshare import Figshare

    started, cpu = time.perf_counter(), cpu_seconds()  # making the client is timed too (its transport is lazy)
    with Figshare(
        token=config["token"], base_url=config["api"], rate_limit=None, trusted_hosts=[config["host"]]
    ) as client:
        [result] = client.download(config["file_id"], article_id=config["article_id"], dest=config["dest"])
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    assert result.verified
    path, module = str(result.path), figshare.__file__
    return {"seconds": elapsed, "cpu_seconds": cpu, "peak_mib": _peak_mib(), "path": path, "figshare": module}


def _bare(config: dict[str, Any], *, md5: bool) -> dict[str, Any]:
    import httpx

    target = Path(config["dest"]) / "bare.bin"
    digest = hashlib.md5()
    headers = {"Authorization": f"token {config['token']}"}
    started, cpu = time.perf_counter(), cpu_seconds()  # making the client is timed too
    with httpx.Client(follow_redirects=True, timeout=120) as client:
        with client.stream("GET", f"{config['api']}/file/download/{config['file_id']}", headers=headers) as response:
            response.raise_for_status()
            with target.open("wb") as handle:
                for chunk in response.iter_raw():
                    handle.write(chunk)
                    if md5:
                        digest.update(chunk)
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {"seconds": elapsed, "cpu_seconds": cpu, "peak_mib": _peak_mib(), "path": str(target)}


def bare_httpx(config: dict[str, Any]) -> dict[str, Any]:
    """``client.stream("GET", ...)`` into a file: no md5, no fsync, no rename (not a verified download)."""
    return _bare(config, md5=False)


def bare_httpx_md5(config: dict[str, Any]) -> dict[str, Any]:
    """The same, hashing the chunks as they arrive in the loop."""
    return _bare(config, md5=True)


def md5_alone(config: dict[str, Any]) -> dict[str, Any]:
    """md5 of ``size`` bytes from memory (16 MiB blocks), no I/O at all."""
    block = os.urandom(16 * MIB)
    digest = hashlib.md5()
    started = time.perf_counter()
    for _ in range(max(1, config["size"] // (16 * MIB))):
        digest.update(block)
    return {"seconds": time.perf_counter() - started}


def _median_cpu(results: list[dict[str, Any]]) -> float:
    return statistics.median(float(result["cpu_seconds"]) for result in results)


# -- the figures --------------------------------------------------------------------------------------------


def measure(bench: Bench) -> list[Figure]:
    size_mib = QUICK_SIZE_MIB if bench.quick else default_size(SIZE_MIB, SMALL_SIZE_MIB)
    rounds = bench.size(5, 1)
    seed = random_file(size_mib * MIB)
    destinations = Path(tempfile.gettempdir()) / "figshare-bench-downloads"
    destinations.mkdir(parents=True, exist_ok=True)
    with emulator("--seed-file", str(seed)) as info:
        config = {
            "api": info["api_base_url"],
            "token": info["token"],
            "host": "127.0.0.1",
            "article_id": info["article_id"],
            "file_id": info["file_id"],
            "size": size_mib * MIB,
        }

        def download(role: str, function: str) -> dict[str, Any]:
            dest = Path(tempfile.mkdtemp(dir=destinations))
            try:
                result = bench.run(role, "download", function, {**config, "dest": str(dest)})
                if not same_bytes(Path(result["path"]), seed):
                    raise RuntimeError(f"{function} wrote other bytes than the served file")
                return result
            finally:
                shutil.rmtree(dest, ignore_errors=True)

        bench.log(f"  a file of {size_mib} MiB over loopback, {rounds} rounds")
        results = interleaved(
            rounds,
            {
                "client.download()": lambda: download("sdk", "sdk"),
                "bare httpx": lambda: download("baseline", "bare_httpx"),
                "bare httpx + md5": lambda: download("baseline", "bare_httpx_md5"),
                "md5 alone": lambda: bench.run("baseline", "download", "md5_alone", config),
            },
            bench.log,
        )
    bare = seconds(results["bare httpx"])
    label = f"verified download, {size_mib} MiB"
    return [
        ratio_figure(
            "download",
            f"{label}, vs bare httpx streaming to a file (throughput)",
            ">= 0.85",
            bare,
            seconds(results["client.download()"]),
            note=f"{statistics.median(seconds(results['client.download()'])):.2f} vs {statistics.median(bare):.2f} s, "
            f"CPU time {_median_cpu(results['client.download()']):.2f} vs {_median_cpu(results['bare httpx']):.2f} s, "
            f"peak RSS {max(result['peak_mib'] for result in results['client.download()']):.0f} MiB",
            size_mib=size_mib,
            sdk_peak_rss_mib=round(max(result["peak_mib"] for result in results["client.download()"]), 1),
            figshare_module=results["client.download()"][0]["figshare"],
        ),
        ratio_figure(
            "download_md5_floor",
            f"{label}: the ceiling md5 alone sets here (no verified download beats it)",
            None,
            bare,
            [max(top, bottom) for top, bottom in zip(bare, seconds(results["md5 alone"]), strict=True)],
            note=f"md5 alone {statistics.median(seconds(results['md5 alone'])) * 1024 / size_mib:.2f} s/GiB",
        ),
        ratio_figure(
            "download_md5_loop",
            f"{label}: bare httpx with md5 in its loop, vs bare httpx",
            None,
            bare,
            seconds(results["bare httpx + md5"]),
        ),
    ]
