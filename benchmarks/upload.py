"""Upload throughput and memory: `client.upload()` against raw httpx PUTs of the same parts at the same
concurrency, the sequential script of Figshare's upload_example.md, and pyfigshare (PyPI) when importable.

The emulator runs in its own process (parts kept on a tmpfs), every contender in a child process of its
own, so each one's peak RSS is its own. All of them compute the md5 first (Figshare's initiate step takes
it) and every upload is checked afterwards: the emulator's ``computed_md5`` must equal the local md5.
Times run from the start of the upload to the file being completed; `client.upload()` then also waits for
Figshare's check (here: the emulator hashing what it assembled), shown apart as "verified s". Ratios are of
best times (``--repeat`` rounds, contenders interleaved) measured in this run.

    python benchmarks/upload.py [--size-mib 1024] [--rss-sizes-mib 256,1024] [--concurrency 4]
                                [--part-mib 10] [--repeat 2] [--pyfigshare-path DIR]

pyfigshare: ``pip install --no-deps --target DIR pyfigshare loguru`` (it also needs requests), then pass
``--pyfigshare-path DIR``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from _transfers import MIB, Rest, emulator_process, file_md5, importable, peak_rss_mib, random_file, run_child, table

SCRIPT = str(Path(__file__).resolve())


# ---- contenders (each runs in a child process) ----


def child_sdk(config: dict[str, Any]) -> dict[str, Any]:
    from figshare import Figshare
    from figshare.files import TransferProgress

    marks: dict[str, float] = {}

    def progress(event: TransferProgress) -> None:
        marks.setdefault(event.phase, time.perf_counter())

    with Figshare(
        token=config["token"], base_url=config["api"], rate_limit=None, trusted_hosts=[config["host"]]
    ) as client:
        state_dir = tempfile.mkdtemp()
        start = time.perf_counter()
        [result] = client.upload(
            config["article_id"],
            config["path"],
            concurrency=config["concurrency"],
            state_dir=state_dir,
            progress=progress,
        )
        seconds = time.perf_counter() - start
    return {
        "seconds": marks["processing"] - start,
        "verified_seconds": seconds,
        "parts_seconds": marks["processing"] - marks["uploading"],
        "rss_mib": peak_rss_mib(),
        "status": result.status,
    }


def _initiate(
    client: httpx.Client, config: dict[str, Any], md5: str, size: int
) -> tuple[str, list[dict[str, Any]], str]:
    api, article = config["api"], config["article_id"]
    location = client.post(
        f"{api}/account/articles/{article}/files", json={"name": "big.bin", "size": size, "md5": md5}
    )
    record = client.get(location.raise_for_status().json()["location"]).raise_for_status().json()
    parts = client.get(record["upload_url"]).raise_for_status().json()["parts"]
    return record["upload_url"], parts, f"{api}/account/articles/{article}/files/{record['id']}"


def child_raw_httpx(config: dict[str, Any]) -> dict[str, Any]:
    """The least a correct parallel upload needs, with plain httpx: md5, initiate, PUT each part's byte range
    (streamed from disk, Content-Length set) from a thread pool, complete."""
    path = Path(config["path"])
    headers = {"Authorization": f"token {config['token']}"}
    with httpx.Client(headers=headers, timeout=120) as client:
        start = time.perf_counter()
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

            response = client.put(
                f"{upload_url}/{part['partNo']}", content=body(), headers={"Content-Length": str(length)}
            )
            response.raise_for_status()

        parts_start = time.perf_counter()
        with ThreadPoolExecutor(config["concurrency"]) as pool:
            list(pool.map(put, parts))
        parts_seconds = time.perf_counter() - parts_start
        client.post(file_url).raise_for_status()
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "parts_seconds": parts_seconds, "rss_mib": peak_rss_mib()}


def child_upload_example(config: dict[str, Any]) -> dict[str, Any]:
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

    start = time.perf_counter()
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
    parts_start = time.perf_counter()
    with path.open("rb") as stream:
        for part in request("GET", file_info["upload_url"])["parts"]:
            stream.seek(part["startOffset"])
            data = stream.read(part["endOffset"] - part["startOffset"] + 1)
            request("PUT", f"{file_info['upload_url']}/{part['partNo']}", data=data, binary=True)
    parts_seconds = time.perf_counter() - parts_start
    request("POST", f"{api}/account/articles/{article}/files/{file_info['id']}")
    return {"seconds": time.perf_counter() - start, "parts_seconds": parts_seconds, "rss_mib": peak_rss_mib()}


def child_pyfigshare(config: dict[str, Any]) -> dict[str, Any]:
    from loguru import logger
    from pyfigshare.figshare import Figshare as PyFigshare

    logger.remove()
    uploader = PyFigshare(token=config["token"], upload_workers=config["concurrency"])
    uploader.baseurl = config["api"] + "/{endpoint}"
    start = time.perf_counter()
    uploader.upload(config["article_id"], config["path"])
    return {"seconds": time.perf_counter() - start, "rss_mib": peak_rss_mib()}


CHILDREN = {
    "figshare-sdk": child_sdk,
    "raw httpx": child_raw_httpx,
    "upload_example.md": child_upload_example,
    "pyfigshare": child_pyfigshare,
}


# ---- the run ----


def default_size_mib() -> int:
    free = min(shutil.disk_usage("/tmp").free, shutil.disk_usage(default_data_dir().parent).free)
    return 1024 if free > 4 * 1024 * MIB else 256


def default_data_dir() -> Path:
    shm = Path("/dev/shm")
    return (shm if shm.is_dir() else Path(tempfile.gettempdir())) / "figshare-bench-emulator"


def measure(rest: Rest, role: str, config: dict[str, Any], md5: str, python_path: str | None) -> dict[str, Any]:
    article = rest.create_article(role)
    result = run_child(SCRIPT, role, {**config, "article_id": article}, python_path=python_path)
    [record] = rest.files(article)
    computed = rest.computed_md5(article, record["id"])
    if computed != md5:
        raise RuntimeError(f"{role}: the emulator assembled md5 {computed!r}, the local file has {md5}")
    rest.delete_files(article)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=None)
    parser.add_argument("--rss-sizes-mib", default="256,1024")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--part-mib", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--files-dir", type=Path, default=Path(tempfile.gettempdir()) / "figshare-bench")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--pyfigshare-path", default=None)
    parser.add_argument("--child", nargs=2, metavar=("ROLE", "CONFIG"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        role, config = options.child
        print(json.dumps(CHILDREN[role](json.loads(config))))
        return

    size_mib = options.size_mib or default_size_mib()
    rss_sizes = sorted({int(value) for value in options.rss_sizes_mib.split(",")} | {size_mib})
    files = {mib: random_file(options.files_dir, mib * MIB) for mib in rss_sizes}
    md5s = {mib: file_md5(path) for mib, path in files.items()}
    contenders = ["figshare-sdk", "raw httpx", "upload_example.md"]
    if importable("pyfigshare.figshare", options.pyfigshare_path):
        contenders.append("pyfigshare")
    shutil.rmtree(options.data_dir, ignore_errors=True)
    options.data_dir.mkdir(parents=True)
    print(
        f"file {size_mib} MiB, parts {options.part_mib} MiB, concurrency {options.concurrency}, "
        f"best of {options.repeat}; emulator data in {options.data_dir}",
        flush=True,
    )
    with emulator_process("--part-size", str(options.part_mib * MIB), "--data-dir", str(options.data_dir)) as info:
        rest = Rest(info["api_base_url"], info["token"])
        base = {
            "api": info["api_base_url"],
            "token": info["token"],
            "host": "127.0.0.1",
            "concurrency": options.concurrency,
        }
        best: dict[str, dict[str, Any]] = {}
        for _ in range(options.repeat):
            for role in contenders:
                result = measure(
                    rest, role, {**base, "path": str(files[size_mib])}, md5s[size_mib], options.pyfigshare_path
                )
                if role not in best or result["seconds"] < best[role]["seconds"]:
                    best[role] = result
                print(f"  {role}: {result['seconds']:.2f} s", flush=True)
        rss = {
            mib: measure(rest, "figshare-sdk", {**base, "path": str(files[mib])}, md5s[mib], None)["rss_mib"]
            for mib in rss_sizes
        }
    shutil.rmtree(options.data_dir, ignore_errors=True)

    raw = best["raw httpx"]
    rows = [
        ["contender", "to completed s", "MiB/s", "x raw httpx", "parts s", "parts x raw", "verified s", "peak RSS MiB"]
    ]
    for role, result in best.items():
        parts = result.get("parts_seconds")
        rows.append(
            [
                role,
                f"{result['seconds']:.2f}",
                f"{size_mib / result['seconds']:.0f}",
                f"{raw['seconds'] / result['seconds']:.2f}",
                f"{parts:.2f}" if parts is not None else "-",
                f"{raw['parts_seconds'] / parts:.2f}" if parts is not None else "-",
                f"{result['verified_seconds']:.2f}" if "verified_seconds" in result else "-",
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
    print(f"throughput ratio figshare-sdk / raw httpx: {raw['seconds'] / sdk['seconds']:.2f} (target >= 0.85)")
    example = best["upload_example.md"]
    print(f"figshare-sdk vs upload_example.md: {example['seconds'] / sdk['seconds']:.2f}x faster")
    if "pyfigshare" in best:
        print(f"figshare-sdk vs pyfigshare: {best['pyfigshare']['seconds'] / sdk['seconds']:.2f}x faster")
    else:
        print("pyfigshare: not importable (see --pyfigshare-path)")


if __name__ == "__main__":
    main()
