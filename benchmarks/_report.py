"""The one results table: figure, measured ratio, range over rounds, goal, met; dated, with the machine."""

from __future__ import annotations

import datetime
import json
import os
import platform
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _harness import Figure


@dataclass
class Run:
    figures: list[Figure]
    started: float
    seconds: float
    load: tuple[tuple[float, float, float], tuple[float, float, float]]
    machine: dict[str, Any]
    versions: dict[str, dict[str, str]]
    quick: bool
    selected: list[str]


# the table first, in its order, then the memory checks; rows that inform follow in measured order
ORDER = (
    "call_overhead",
    "cold_start",
    "oai_harvest",
    "resourcesync",
    "download",
    "upload",
    "oai_memory",
    "resourcesync_memory",
)


def ordered(figures: list[Figure]) -> list[Figure]:
    rank = {key: index for index, key in enumerate(ORDER)}
    return sorted(figures, key=lambda figure: rank.get(figure.key, len(ORDER)))


def machine(python: str) -> dict[str, Any]:
    """CPU model, cores, OS, and the version of the Python the SDK runs in."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    version = subprocess.run(
        [python, "-c", "import platform; print(platform.python_implementation(), platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return {"cpu": model, "cores": os.cpu_count(), "python": version, "os": f"{platform.system()} {platform.release()}"}


def _ratio(value: float, unit: str) -> str:
    return f"{value:.2f}{unit}"


def _met(figure: Figure, quick: bool) -> str:
    if quick:
        return "(quick)" if figure.goal else "-"
    return {True: "yes", False: "**no**", None: "-"}[figure.met]


def header(run: Run) -> str:
    when = datetime.datetime.fromtimestamp(run.started, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    info = run.machine
    before, after = run.load
    text = (
        f"Measured {when} by `make bench` on {info['cpu']} ({info['cores']} cores), {info['python']}, "
        f"{info['os']}; load average {before[0]:.1f} at the start, {after[0]:.1f} at the end; "
        f"{run.seconds / 60:.1f} min. Ratios of medians of interleaved rounds measured in this run; "
        "range: the single rounds' ratios."
    )
    if run.quick:
        text += " QUICK RUN (tiny sizes, one round): the ratios mean nothing."
    return text


def table(figures: list[Figure], quick: bool = False) -> str:
    rows = ["| figure | measured | range | goal | met? |", "|---|---|---|---|---|"]
    for figure in figures:
        goal = f"{figure.goal}{figure.unit}" if figure.goal else "-"
        spread = "-" if figure.low == figure.high else f"{figure.low:.2f}-{figure.high:.2f}{figure.unit}"
        measured = _ratio(figure.ratio, figure.unit) + (f" ({figure.note})" if figure.note else "")
        rows.append(f"| {figure.label} | {measured} | {spread} | {goal} | {_met(figure, quick)} |")
    return "\n".join(rows)


def markdown(run: Run) -> str:
    return f"{header(run)}\n\n{table(ordered(run.figures), run.quick)}\n"


def as_json(run: Run) -> dict[str, Any]:
    return {
        "started": datetime.datetime.fromtimestamp(run.started, datetime.timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(run.seconds, 1),
        "quick": run.quick,
        "selected": run.selected,
        "machine": run.machine,
        "load_average": {"start": list(run.load[0]), "end": list(run.load[1])},
        "versions": run.versions,
        "figures": [figure.as_json() for figure in ordered(run.figures)],
    }


def write(run: Run, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    md, js = folder / "latest.md", folder / "latest.json"
    md.write_text(markdown(run), encoding="utf-8")
    js.write_text(json.dumps(as_json(run), indent=2) + "\n", encoding="utf-8")
    return [md, js]
