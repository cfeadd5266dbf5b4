"""Child side of profile_sdk.py: run one contender function under cProfile, in the venv under test.

Every thread the contender starts gets a profiler of its own (``threading.Thread.run`` wrapped), so work
handed to worker threads (md5, parallel parts) shows apart from the main thread's.
"""

from __future__ import annotations

import cProfile
import importlib
import pstats
import threading
import time
from pathlib import Path
from typing import Any


def _short(filename: str) -> str:
    for marker in ("site-packages/", "lib/python3", "benchmarks/"):
        if marker in filename:
            tail = filename.split(marker, 1)[1]
            return tail.split("/", 1)[1] if marker == "lib/python3" and "/" in tail else tail
    return filename


def _rows(stats: pstats.Stats, key: int, top: int) -> list[str]:
    entries = []
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        entries.append((own, cumulative, calls, f"{_short(filename)}:{line}({function})"))
    entries.sort(key=lambda entry: entry[key], reverse=True)
    return [f"{own:9.3f} {cumulative:9.3f} {calls:10d}  {name}" for own, cumulative, calls, name in entries[:top]]


def report(title: str, profiles: list[cProfile.Profile], seconds: float, top: int) -> str:
    if not profiles:
        return ""
    stats = pstats.Stats(profiles[0])
    for profile in profiles[1:]:
        stats.add(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    lines = [
        f"## {title}: {total:.3f} s profiled ({seconds:.3f} s wall with the profiler on)",
        "",
        "by own time:",
        "  own s     cum s      calls  function",
        *_rows(stats, 0, top),
        "",
        "by cumulative time:",
        "  own s     cum s      calls  function",
        *_rows(stats, 1, top),
        "",
    ]
    return "\n".join(lines)


def run(config: dict[str, Any]) -> dict[str, Any]:
    """``config``: module, function, config (the contender's), calls (for a worker-style contender: the
    batch size), imports (made before profiling), out (the report file), title, top."""
    threads: list[cProfile.Profile] = []
    original = threading.Thread.run

    def profiled(self: threading.Thread) -> None:
        profile = cProfile.Profile()
        threads.append(profile)
        profile.enable()
        try:
            original(self)
        finally:
            profile.disable()

    threading.Thread.run = profiled  # type: ignore[method-assign]
    for name in config.get("imports", ()):  # the library's imports are the cold start's business, not this
        importlib.import_module(name)
    target = getattr(importlib.import_module(config["module"]), config["function"])
    main = cProfile.Profile()
    calls = config.get("calls")
    if calls:
        batch = target(config["config"])  # set-up and warm-up outside the profile
        started = time.perf_counter()
        main.enable()
        batch(calls)
        main.disable()
    else:
        started = time.perf_counter()
        main.enable()
        target(config["config"])
        main.disable()
    seconds = time.perf_counter() - started
    top = int(config.get("top", 30))
    text = f"# {config['title']}\n\n" + report("main thread", [main], seconds, top)
    text += report(f"other threads ({len(threads)})", threads, seconds, top)
    Path(config["out"]).write_text(text, encoding="utf-8")
    return {"seconds": seconds, "out": config["out"]}
