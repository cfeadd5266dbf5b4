"""Cold start: ``from figshare import Figshare; Figshare(token=...).articles`` against ``import httpx``.

Both run in the runtime-only venv (the wheel and its runtime dependencies: no click or rich, which make
``import httpx`` itself slower in a development environment), each in a fresh interpreter, many times,
interleaved; the ratio is of median wall times, interpreter start-up included (what a user waits for). The
range is that of the ratios of medians over blocks of consecutive runs.

    python benchmarks/bench.py --only cold_start
"""

from __future__ import annotations

import statistics

from _harness import Bench, Figure, ratio_figure, wall_time

RUNS, QUICK_RUNS = 40, 2
BLOCKS = 5
SDK = 'from figshare import Figshare; Figshare(token="benchmark-token").articles'
BASELINE = "import httpx"


def measure(bench: Bench) -> list[Figure]:
    runs = bench.size(RUNS, QUICK_RUNS)
    python = bench.python("sdk")
    commands = {
        "pass": [python, "-c", "pass"],
        "httpx": [python, "-c", BASELINE],
        "figshare": [python, "-c", SDK],
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    bench.log(f"  {runs} fresh interpreters each, interleaved")
    for number in range(runs):
        order = list(commands) if number % 2 == 0 else list(reversed(commands))
        for name in order:
            samples[name].append(wall_time(commands[name]))
    blocks = max(1, min(BLOCKS, runs // 4))
    size = runs // blocks
    block_sdk = [statistics.median(samples["figshare"][i * size : (i + 1) * size]) for i in range(blocks)]
    block_httpx = [statistics.median(samples["httpx"][i * size : (i + 1) * size]) for i in range(blocks)]
    startup = statistics.median(samples["pass"])
    sdk, httpx = statistics.median(samples["figshare"]), statistics.median(samples["httpx"])
    bench.log(f"    start-up {startup * 1000:.1f} ms, import httpx {httpx * 1000:.1f} ms, figshare {sdk * 1000:.1f} ms")
    figure = ratio_figure(
        "cold_start",
        "cold start `from figshare import Figshare; Figshare(token=...).articles` vs `import httpx`",
        "<= 1.5",
        block_sdk,
        block_httpx,
        runs=runs,
        startup_ms=round(startup * 1000, 2),
        httpx_ms=round(httpx * 1000, 2),
        figshare_ms=round(sdk * 1000, 2),
        ratio_startup_excluded=round((sdk - startup) / max(httpx - startup, 1e-9), 3),
    )
    # the ratio of all runs' medians, not of the block medians' medians
    note = f"{sdk * 1000:.0f} vs {httpx * 1000:.0f} ms, start-up {startup * 1000:.0f} ms"
    return [
        Figure(
            figure.key,
            figure.label,
            sdk / httpx,
            figure.low,
            figure.high,
            figure.goal,
            figure.unit,
            figure.details,
            note,
        )
    ]
