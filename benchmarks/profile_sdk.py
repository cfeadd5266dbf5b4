"""`make bench-profile`: where the SDK's time goes in each figure, in the runtime-only venv.

Runs the SDK's side of each figure once, on the same servers and bodies as `make bench`, under cProfile
(every thread profiled apart) and, for the cold start, ``python -X importtime``; writes one report per
figure to ``benchmarks/results/profiles/`` (not committed; ``profile-notes.md`` beside it sums them up).

    python benchmarks/profile_sdk.py [--only call_overhead,cold_start,...] [--interpreter PYTHON] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import _corpus
import _env
from _harness import BENCH_DIR, MIB, child_environment, run_child, server_process
from _transfers import Rest, emulator, random_file

OUT = BENCH_DIR / "results" / "profiles"
TARGETS = ("call_overhead", "cold_start", "oai_harvest", "resourcesync", "download", "upload", "stats")


def profile(
    folder: Path, python: str, title: str, name: str, module: str, function: str, config: dict[str, Any], **extra: Any
) -> None:
    out = folder / f"{name}.txt"
    result = run_child(
        python,
        "_profile",
        "run",
        {"module": module, "function": function, "config": config, "out": str(out), "title": title, **extra},
    )
    print(f"  {out} ({result['seconds']:.2f} s)", flush=True)


def import_times(folder: Path, python: str, code: str, runs: int = 5) -> None:
    """``-X importtime`` of ``code``, the run with the least total of ``runs``: modules by own and cumulative
    time (microseconds)."""
    best: list[tuple[int, int, str]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cwd:
            stderr = subprocess.run(
                [python, "-X", "importtime", "-c", code],
                cwd=cwd,
                env=child_environment(),
                capture_output=True,
                text=True,
                check=True,
            ).stderr
        rows = []
        for line in stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
            rows.append((int(own), int(cumulative), name))
        if not best or sum(row[0] for row in rows) < sum(row[0] for row in best):
            best = rows
    total = sum(row[0] for row in best)
    lines = [
        f"# cold start: -X importtime of {code!r}",
        "",
        f"{len(best)} modules, {total / 1000:.1f} ms of imports",
        "",
    ]
    for title, key in (("by own time", 0), ("by cumulative time", 1)):
        lines += [f"{title}:", "   own ms    cum ms  module"]
        for own, cumulative, name in sorted(best, key=lambda row: row[key], reverse=True)[:40]:
            lines.append(f"{own / 1000:9.2f} {cumulative / 1000:9.2f}  {name}")
        lines.append("")
    out = folder / "cold_start.txt"
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"  {out}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--quick", action="store_true", default=os.environ.get("BENCH_QUICK") == "1")
    parser.add_argument("--interpreter", default=None)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--build-python", default=sys.executable)
    options = parser.parse_args(argv)
    selected = [name for name in options.only.split(",") if name] or list(TARGETS)
    corpus = _corpus.setting_folder("FIGSHARE_TEST_CORPUS")
    shared = _corpus.setting_folder("FIGSHARE_SHARED")
    python = (
        _env.single(options.interpreter) if options.interpreter else _env.prepare(options.build_python, print)
    ).pythons["sdk"]
    folder = options.out
    folder.mkdir(parents=True, exist_ok=True)
    quick = options.quick

    if "call_overhead" in selected:
        with server_process("_servers.py", json.dumps({"site": "article", "corpus": str(corpus)})) as info:
            config = {"base_url": f"{info['base']}/v2", "article_id": info["article_id"], "warm_up": 50}
            profile(
                folder,
                python,
                "2,000 typed GETs of the real article",
                "call_overhead",
                "call_overhead",
                "sdk",
                config,
                calls=20 if quick else 2000,
            )
    if "cold_start" in selected:
        import cold_start

        import_times(folder, python, cold_start.SDK, runs=1 if quick else 5)
    if "oai_harvest" in selected:
        for records, page_size in ((300, 100), (300, 10)) if quick else ((50_000, 100), (10_000, 10)):
            site = {"site": "oai", "corpus": str(corpus), "records": records, "page_size": page_size}
            with server_process("_servers.py", json.dumps(site)) as info:
                profile(
                    folder,
                    python,
                    f"OAI-PMH harvest, {records:,} records in pages of {page_size}",
                    f"oai_harvest_pages_of_{page_size}",
                    "oai_harvest",
                    "sdk",
                    {"url": f"{info['base']}/v2/oai"},
                    imports=["figshare.oai"],
                )
    if "resourcesync" in selected:
        urls = 400 if quick else 100_000
        site = {
            "site": "resourcesync",
            "shared": str(shared),
            "sitemaps": 1 if quick else 2,
            "per_sitemap": urls if quick else 50_000,
        }
        with server_process("_servers.py", json.dumps(site)) as info:
            profile(
                folder,
                python,
                f"ResourceSync Resource List Index of {urls:,} URLs",
                "resourcesync",
                "resourcesync_parse",
                "sdk",
                {"url": info["index"]},
                imports=["figshare.resourcesync"],
            )
    if "download" in selected:
        size = (4 if quick else 512) * MIB
        seed = random_file(size)
        dest = Path(tempfile.mkdtemp(prefix="figshare-bench-profile-"))
        try:
            with emulator("--seed-file", str(seed)) as info:
                config = {
                    "api": info["api_base_url"],
                    "token": info["token"],
                    "host": "127.0.0.1",
                    "article_id": info["article_id"],
                    "file_id": info["file_id"],
                    "dest": str(dest),
                }
                profile(
                    folder,
                    python,
                    f"verified download of {size // MIB} MiB",
                    "download",
                    "download",
                    "sdk",
                    config,
                    imports=["figshare", "figshare.files", "figshare._client"],
                )
        finally:
            shutil.rmtree(dest, ignore_errors=True)
    if "upload" in selected:
        size = (4 if quick else 256) * MIB
        with emulator("--part-size", str((1 if quick else 10) * MIB)) as info:
            article = Rest(info["api_base_url"], info["token"]).create_article("profile")
            config = {
                "api": info["api_base_url"],
                "token": info["token"],
                "host": "127.0.0.1",
                "concurrency": 4,
                "path": str(random_file(size)),
                "article_id": article,
            }
            profile(
                folder,
                python,
                f"upload of {size // MIB} MiB",
                "upload",
                "upload",
                "sdk",
                config,
                imports=["figshare", "figshare.files", "figshare._client"],
            )
    if "stats" in selected:
        with server_process("_servers.py", json.dumps({"site": "stats", "corpus": str(corpus)})) as info:
            config = {"base_url": info["base"], "calls": info["calls"]}
            profile(
                folder,
                python,
                "Stats: every real body, 100 times",
                "stats",
                "stats_parse",
                "sdk",
                config,
                calls=2 if quick else 100,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
