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
import statistics
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


def _import_medians(python: str, code: str, runs: int) -> tuple[dict[str, tuple[float, float]], dict[str, str]]:
    """Each module's median (own, cumulative) import time in microseconds over ``runs`` fresh interpreters
    running ``code`` with ``-X importtime``, and which module first imported it."""
    own: dict[str, list[int]] = {}
    cumulative: dict[str, list[int]] = {}
    parents: dict[str, str] = {}
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
        stack: list[tuple[int, str]] = []  # importtime prints a module after what it imported, indented less
        for line in reversed(stderr.splitlines()):
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, cumulative_us, raw = line[len("import time:") :].split("|")
            name = raw.strip()
            depth = len(raw) - len(raw.lstrip())
            while stack and stack[-1][0] >= depth:
                stack.pop()
            parents.setdefault(name, stack[-1][1] if stack else "-")
            stack.append((depth, name))
            own.setdefault(name, []).append(int(self_us))
            cumulative.setdefault(name, []).append(int(cumulative_us))
    medians = {
        name: (statistics.median(own[name]), statistics.median(cumulative[name]))
        for name in own
        if len(own[name]) * 2 > runs  # imported in most runs (not a failed optional import)
    }
    return medians, parents


def import_times(folder: Path, python: str, code: str, baseline: str, runs: int = 9) -> None:
    """``-X importtime`` of ``code`` and of ``baseline``: the modules only ``code`` imports, by own time,
    then every module by own and by cumulative time."""
    modules, parents = _import_medians(python, code, runs)
    base, _ = _import_medians(python, baseline, runs)
    extra = {name: times for name, times in modules.items() if name not in base}
    total = sum(times[0] for times in modules.values())
    lines = [
        f"# cold start: -X importtime of {code!r} against {baseline!r}",
        "",
        f"medians of {runs} fresh interpreters each: {len(modules)} modules, {total / 1000:.1f} ms of imports; "
        f"{baseline!r}: {len(base)} modules, {sum(times[0] for times in base.values()) / 1000:.1f} ms; "
        f"{len(extra)} modules only the SDK imports, {sum(times[0] for times in extra.values()) / 1000:.1f} ms",
        "",
    ]
    sections = (
        (f"modules {baseline!r} does not import, by own time", extra, 0, 60),
        ("every module by own time", modules, 0, 30),
        ("every module by cumulative time", modules, 1, 30),
    )
    for title, table, key, top in sections:
        lines += [f"{title}:", "   own ms    cum ms  module  (first imported by)"]
        ranked = sorted(table.items(), key=lambda item: item[1][key], reverse=True)[:top]
        lines += [f"{own / 1000:9.2f} {cum / 1000:9.2f}  {name}  ({parents[name]})" for name, (own, cum) in ranked]
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
    pythons = (
        _env.single(options.interpreter) if options.interpreter else _env.prepare(options.build_python, print)
    ).pythons
    folder = options.out
    folder.mkdir(parents=True, exist_ok=True)
    quick = options.quick

    def both(title: str, name: str, module: str, baseline: str, config: dict[str, Any], **extra: Any) -> None:
        """The SDK's side (``module.sdk``), then the baseline's (``module.<baseline>``) for comparison."""
        profile(folder, pythons["sdk"], title, name, module, "sdk", config, **extra)
        extra["imports"] = ["httpx", "lxml.etree"]
        profile(
            folder, pythons["baseline"], f"{title}: {baseline}", f"{name}.{baseline}", module, baseline, config, **extra
        )

    if "call_overhead" in selected:
        with server_process("_servers.py", json.dumps({"site": "article", "corpus": str(corpus)})) as info:
            config = {"base_url": f"{info['base']}/v2", "article_id": info["article_id"], "warm_up": 50}
            both(
                "2,000 typed GETs of the real article",
                "call_overhead",
                "call_overhead",
                "httpx_json",
                config,
                calls=20 if quick else 2000,
            )
    if "cold_start" in selected:
        import cold_start

        import_times(folder, pythons["sdk"], cold_start.SDK, cold_start.BASELINE, runs=1 if quick else 9)
    if "oai_harvest" in selected:
        for records, page_size in ((300, 100), (300, 10)) if quick else ((50_000, 100), (10_000, 10)):
            site = {"site": "oai", "corpus": str(corpus), "records": records, "page_size": page_size}
            with server_process("_servers.py", json.dumps(site)) as info:
                both(
                    f"OAI-PMH harvest, {records:,} records in pages of {page_size}",
                    f"oai_harvest_pages_of_{page_size}",
                    "oai_harvest",
                    "floor",
                    {"url": f"{info['base']}/v2/oai"},
                    imports=["figshare.oai"],
                )
    if "resourcesync" in selected:
        urls = 400 if quick else 100_000
        per_sitemap = urls if quick else 50_000
        site = {
            "site": "resourcesync",
            "shared": str(shared),
            "sitemaps": urls // per_sitemap,
            "per_sitemap": per_sitemap,
        }
        with server_process("_servers.py", json.dumps(site)) as info:
            profile(
                folder,
                pythons["sdk"],
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
        with emulator("--seed-file", str(seed)) as info:
            for name, function in (("download", "sdk"), ("download.bare_httpx", "bare_httpx")):
                dest = Path(tempfile.mkdtemp(prefix="figshare-bench-profile-"))
                try:
                    config = {
                        "api": info["api_base_url"],
                        "token": info["token"],
                        "host": "127.0.0.1",
                        "article_id": info["article_id"],
                        "file_id": info["file_id"],
                        "dest": str(dest),
                    }
                    role = "sdk" if function == "sdk" else "baseline"
                    profile(
                        folder,
                        pythons[role],
                        f"verified download of {size // MIB} MiB: {function}",
                        name,
                        "download",
                        function,
                        config,
                        imports=["figshare.files"] if role == "sdk" else [],
                    )
                finally:
                    shutil.rmtree(dest, ignore_errors=True)
    if "upload" in selected:
        size = (4 if quick else 256) * MIB
        with emulator("--part-size", str((1 if quick else 10) * MIB)) as info:
            rest = Rest(info["api_base_url"], info["token"])
            for name, function in (("upload", "sdk"), ("upload.raw_httpx", "raw_httpx")):
                config = {
                    "api": info["api_base_url"],
                    "token": info["token"],
                    "host": "127.0.0.1",
                    "concurrency": 4,
                    "path": str(random_file(size)),
                    "article_id": rest.create_article(name),
                }
                role = "sdk" if function == "sdk" else "baseline"
                profile(
                    folder,
                    pythons[role],
                    f"upload of {size // MIB} MiB: {function}",
                    name,
                    "upload",
                    function,
                    config,
                    imports=["figshare.files"] if role == "sdk" else [],
                )
    if "stats" in selected:
        with server_process("_servers.py", json.dumps({"site": "stats", "corpus": str(corpus)})) as info:
            config = {"base_url": info["base"], "calls": info["calls"]}
            both(
                "Stats: every real body, 100 times",
                "stats",
                "stats_parse",
                "httpx_json",
                config,
                calls=2 if quick else 100,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
