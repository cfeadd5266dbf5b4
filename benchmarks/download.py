"""Download throughput and memory: `client.download()` (md5-verified, renamed into place) against a bare
httpx streaming download of the same file (without and with an md5), and pyfigshare (PyPI) when importable.

The emulator runs in its own process serving a seeded file (``/v2/file/download/<id>`` redirects to its
storage host, which sends the bytes with sendfile); every contender runs in a child process of its own, so
each one's peak RSS is its own, and writes to ``--dest`` (default: a folder under /tmp). Each result is
checked afterwards against the seeded file's md5. Ratios are of best times (``--repeat`` rounds,
contenders interleaved) measured in this run.

    python benchmarks/download.py [--size-mib 1024] [--rss-sizes-mib 256,1024] [--repeat 3] [--pyfigshare-path DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from _transfers import MIB, emulator_process, file_md5, importable, peak_rss_mib, random_file, run_child, table

SCRIPT = str(Path(__file__).resolve())


def child_sdk(config: dict[str, Any]) -> dict[str, Any]:
    from figshare import Figshare

    with Figshare(
        token=config["token"], base_url=config["api"], rate_limit=None, trusted_hosts=[config["host"]]
    ) as client:
        start = time.perf_counter()
        [result] = client.download(config["file_id"], article_id=config["article_id"], dest=config["dest"])
        seconds = time.perf_counter() - start
    assert result.verified
    return {"seconds": seconds, "rss_mib": peak_rss_mib(), "path": str(result.path)}


def _bare(config: dict[str, Any], *, md5: bool) -> dict[str, Any]:
    target = Path(config["dest"]) / "bare.bin"
    digest = hashlib.md5()
    headers = {"Authorization": f"token {config['token']}"}
    with httpx.Client(follow_redirects=True, timeout=120) as client:
        start = time.perf_counter()
        with client.stream("GET", f"{config['api']}/file/download/{config['file_id']}", headers=headers) as response:
            response.raise_for_status()
            with target.open("wb") as handle:
                for chunk in response.iter_raw():
                    handle.write(chunk)
                    if md5:
                        digest.update(chunk)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "rss_mib": peak_rss_mib(), "path": str(target)}


def child_bare_httpx(config: dict[str, Any]) -> dict[str, Any]:
    """``client.stream("GET", ...)`` into a file: no md5, no fsync, no rename."""
    return _bare(config, md5=False)


def child_bare_httpx_md5(config: dict[str, Any]) -> dict[str, Any]:
    """The same, hashing the chunks as they arrive."""
    return _bare(config, md5=True)


def child_pyfigshare(config: dict[str, Any]) -> dict[str, Any]:
    from loguru import logger
    from pyfigshare.figshare import Figshare as PyFigshare

    logger.remove()
    downloader = PyFigshare(token=config["token"])
    downloader.baseurl = config["api"] + "/{endpoint}"
    start = time.perf_counter()
    downloader.download_article(config["article_id"], outdir=config["dest"])
    seconds = time.perf_counter() - start
    [path] = [path for path in Path(config["dest"]).iterdir() if path.is_file()]
    return {"seconds": seconds, "rss_mib": peak_rss_mib(), "path": str(path)}


CHILDREN = {
    "figshare-sdk": child_sdk,
    "bare httpx": child_bare_httpx,
    "bare httpx + md5": child_bare_httpx_md5,
    "pyfigshare": child_pyfigshare,
}


def measure(role: str, config: dict[str, Any], md5: str, python_path: str | None) -> dict[str, Any]:
    dest = Path(tempfile.mkdtemp(dir=config["dest_root"]))
    try:
        result = run_child(SCRIPT, role, {**config, "dest": str(dest)}, python_path=python_path)
        path = Path(result["path"])
        result["size"] = path.stat().st_size
        result["correct"] = file_md5(path) == md5
        return result
    finally:
        shutil.rmtree(dest, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=None)
    parser.add_argument("--rss-sizes-mib", default="256,1024")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--files-dir", type=Path, default=Path(tempfile.gettempdir()) / "figshare-bench")
    parser.add_argument("--dest", type=Path, default=Path(tempfile.gettempdir()) / "figshare-bench-downloads")
    parser.add_argument("--pyfigshare-path", default=None)
    parser.add_argument("--child", nargs=2, metavar=("ROLE", "CONFIG"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        role, config = options.child
        print(json.dumps(CHILDREN[role](json.loads(config))))
        return

    free = shutil.disk_usage(tempfile.gettempdir()).free
    size_mib = options.size_mib or (1024 if free > 4 * 1024 * MIB else 256)
    rss_sizes = sorted({int(value) for value in options.rss_sizes_mib.split(",")} | {size_mib})
    contenders = ["figshare-sdk", "bare httpx", "bare httpx + md5"]
    if importable("pyfigshare.figshare", options.pyfigshare_path):
        contenders.append("pyfigshare")
    options.dest.mkdir(parents=True, exist_ok=True)
    print(f"file {size_mib} MiB, best of {options.repeat}, written under {options.dest}", flush=True)

    best: dict[str, dict[str, Any]] = {}
    rss: dict[int, float] = {}
    for mib in rss_sizes:
        seed = random_file(options.files_dir, mib * MIB)
        md5 = file_md5(seed)
        shm = "/dev/shm" if Path("/dev/shm").is_dir() else None
        with (
            tempfile.TemporaryDirectory(dir=shm) as data_dir,
            emulator_process("--seed-file", str(seed), "--data-dir", data_dir) as info,
        ):
            config = {
                "api": info["api_base_url"],
                "token": info["token"],
                "host": "127.0.0.1",
                "article_id": info["article_id"],
                "file_id": info["file_id"],
                "dest_root": str(options.dest),
            }
            rss[mib] = measure("figshare-sdk", config, md5, None)["rss_mib"]
            if mib != size_mib:
                continue
            for _ in range(options.repeat):
                for role in contenders:
                    result = measure(role, config, md5, options.pyfigshare_path)
                    verdict = "" if result["correct"] else f"  (WRONG: {result['size']} bytes)"
                    print(f"  {role}: {result['seconds']:.2f} s{verdict}", flush=True)
                    if role not in best or (result["correct"], -result["seconds"]) > (
                        best[role]["correct"],
                        -best[role]["seconds"],
                    ):
                        best[role] = result

    bare = best["bare httpx"]
    rows = [["contender", "s", "MiB/s", "x bare httpx", "correct bytes", "peak RSS MiB"]]
    for role, result in best.items():
        rows.append(
            [
                role,
                f"{result['seconds']:.2f}",
                f"{size_mib / result['seconds']:.0f}" if result["correct"] else "-",
                f"{bare['seconds'] / result['seconds']:.2f}" if result["correct"] else "-",
                "yes" if result["correct"] else f"no ({result['size']} bytes)",
                f"{result['rss_mib']:.0f}",
            ]
        )
    print()
    print(table(rows))
    print()
    print(
        "figshare-sdk peak RSS by file size: "
        + ", ".join(f"{mib} MiB -> {value:.0f} MiB" for mib, value in rss.items())
    )
    sdk = best["figshare-sdk"]
    print(f"throughput ratio figshare-sdk / bare httpx: {bare['seconds'] / sdk['seconds']:.2f} (target >= 0.9)")
    hashed = best["bare httpx + md5"]
    print(f"throughput ratio figshare-sdk / bare httpx + md5: {hashed['seconds'] / sdk['seconds']:.2f}")
    md5_alone = md5_seconds(size_mib)
    ceiling = bare["seconds"] / max(bare["seconds"], md5_alone)
    print(
        f"md5 of {size_mib} MiB in memory alone: {md5_alone:.2f} s, so no md5-verified download can beat "
        f"{ceiling:.2f}x bare httpx on this machine"
    )


def md5_seconds(size_mib: int) -> float:
    """How long hashing ``size_mib`` MiB takes with no I/O at all: the floor of any verified download."""
    block = os.urandom(16 * MIB)
    digest = hashlib.md5()
    started = time.perf_counter()
    for _ in range(max(1, size_mib // 16)):
        digest.update(block)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
