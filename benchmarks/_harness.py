"""The orchestrator's side of the benchmarks: contenders in their own interpreters, interleaved rounds,
medians, ratios measured in the same run, and the figures they make.

Standard library only: the orchestrator runs in any Python; each contender runs in the venv of its library
(``_env.py``) as ``python benchmarks/_child.py MODULE FUNCTION CONFIG`` and prints one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
CHILD = BENCH_DIR / "_child.py"
MIB = 1024 * 1024

# settings a user's shell may carry that would change what a contender imports or sends
_DROPPED_VARIABLES = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONSAFEPATH", "VIRTUAL_ENV", "PYTHONINSPECT")


def child_environment() -> dict[str, str]:
    """The environment of every contender: the caller's, without Python path settings or FIGSHARE_* values."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in _DROPPED_VARIABLES and not name.startswith("FIGSHARE_")
    }
    environment["PYTHONUNBUFFERED"] = "1"
    return environment


@dataclass(frozen=True)
class Figure:
    """One row of the results table.

    ``ratio`` is always stated so that the goal reads the way the issue puts it (``<=`` for overheads,
    ``>=`` for speed-ups); ``low``/``high`` is the range of the ratios of the single rounds.
    """

    key: str
    label: str
    ratio: float
    low: float
    high: float
    goal: str | None = None  # "<= 1.15" or ">= 2.0"; None for a row that informs only
    unit: str = "x"
    details: dict[str, Any] = field(default_factory=dict)
    note: str = ""  # shown after the ratio (the absolute values behind it)

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        operator, value = self.goal.split()
        return self.ratio <= float(value) if operator == "<=" else self.ratio >= float(value)

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "ratio": round(self.ratio, 4),
            "range": [round(self.low, 4), round(self.high, 4)],
            "goal": self.goal,
            "unit": self.unit,
            "note": self.note,
            "met": self.met,
            "details": self.details,
        }


@dataclass
class Bench:
    """What every benchmark module gets: interpreters, sizes, the reference material, a scratch folder."""

    interpreters: dict[str, str]
    quick: bool
    corpus: Path
    shared: Path
    scratch: Path
    log: Callable[[str], None]

    def python(self, role: str) -> str:
        return self.interpreters[role]

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def run(
        self, role: str, module: str, function: str, config: dict[str, Any], *, timeout: float = 900
    ) -> dict[str, Any]:
        """Run ``module.function(config)`` in the interpreter of ``role``; return the JSON object it printed."""
        return run_child(self.python(role), module, function, config, timeout=timeout)


def run_child(
    python: str, module: str, function: str, config: dict[str, Any], *, timeout: float = 900
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="figshare-bench-cwd-") as cwd:
        completed = subprocess.run(
            [python, "-s", str(CHILD), module, function, json.dumps(config)],
            cwd=cwd,  # nothing of the checkout on sys.path but benchmarks/ itself
            capture_output=True,
            text=True,
            env=child_environment(),
            timeout=timeout,
            check=False,
        )
    if completed.returncode != 0:
        raise RuntimeError(f"{module}.{function} in {python} failed:\n{completed.stderr[-4000:]}")
    lines = completed.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(f"{module}.{function} in {python} printed nothing:\n{completed.stderr[-4000:]}")
    return dict(json.loads(lines[-1]))


class Worker:
    """A long-lived contender process (``_child.py --worker``): ``batch(n)`` runs n calls in it and returns
    ``{"seconds", "cpu_seconds", "result"}``."""

    def __init__(self, python: str, module: str, function: str, config: dict[str, Any]) -> None:
        self._cwd = tempfile.TemporaryDirectory(prefix="figshare-bench-cwd-")
        self.process = subprocess.Popen(
            [python, "-s", str(CHILD), "--worker", module, function, json.dumps(config)],
            cwd=self._cwd.name,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_environment(),
        )
        self.name = f"{module}.{function}"
        self._read()

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            assert self.process.stderr is not None
            raise RuntimeError(f"{self.name} failed:\n{self.process.stderr.read()[-4000:]}")
        return dict(json.loads(line))

    def batch(self, calls: int) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{calls}\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=60)
        if self.process.stdout is not None:
            self.process.stdout.close()
        if self.process.stderr is not None:
            self.process.stderr.close()
        self._cwd.cleanup()


def alternated_batches(
    rounds: int,
    batches: int,
    calls: int,
    start: dict[str, Callable[[], Worker]],
    log: Callable[[str], None],
    after_round: Callable[[dict[str, list[dict[str, Any]]]], None] = lambda results: None,
) -> dict[str, list[list[dict[str, Any]]]]:
    """Per round, fresh workers for every contender, then ``batches`` batches of ``calls`` calls each,
    alternating contenders batch by batch (order reversed every time): load changes on a shared machine hit
    all contenders alike. Returns, per contender, the batch results of each round."""
    names = list(start)
    results: dict[str, list[list[dict[str, Any]]]] = {name: [] for name in names}
    for number in range(rounds):
        workers = {name: start[name]() for name in names}
        try:
            this_round: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
            for index in range(batches):
                for name in names if index % 2 == 0 else list(reversed(names)):
                    this_round[name].append(workers[name].batch(calls))
        finally:
            for worker in workers.values():
                worker.close()
        after_round(this_round)
        for name in names:
            results[name].append(this_round[name])
        log(
            f"    round {number + 1}/{rounds}: "
            + ", ".join(
                f"{name} {statistics.median(seconds(this_round[name])) * 1e6 / calls:.0f} us/call" for name in names
            )
        )
    return results


def batch_ratio_figure(
    key: str,
    label: str,
    goal: str | None,
    numerator: list[list[dict[str, Any]]],
    denominator: list[list[dict[str, Any]]],
    calls: int,
    **details: Any,
) -> Figure:
    """``median(numerator batches) / median(denominator batches)`` over all rounds; the range is that of the
    rounds' ratios of medians. The ratio of CPU times goes into the details."""
    top = [value for batch in numerator for value in seconds(batch)]
    bottom = [value for batch in denominator for value in seconds(batch)]
    per_round = [
        statistics.median(seconds(up)) / statistics.median(seconds(down))
        for up, down in zip(numerator, denominator, strict=True)
    ]
    cpu_top = statistics.median(float(result["cpu_seconds"]) for batch in numerator for result in batch)
    cpu_bottom = statistics.median(float(result["cpu_seconds"]) for batch in denominator for result in batch)
    return Figure(
        key=key,
        label=label,
        ratio=statistics.median(top) / statistics.median(bottom),
        low=min(per_round),
        high=max(per_round),
        goal=goal,
        note=f"{statistics.median(top) * 1e6 / calls:.0f} vs {statistics.median(bottom) * 1e6 / calls:.0f} us a call; "
        f"CPU time {cpu_top / cpu_bottom:.2f}x",
        details={
            "rounds": len(per_round),
            "batches_per_round": len(numerator[0]),
            "calls_per_batch": calls,
            "numerator_us_per_call": round(statistics.median(top) * 1e6 / calls, 1),
            "denominator_us_per_call": round(statistics.median(bottom) * 1e6 / calls, 1),
            "cpu_ratio": round(cpu_top / cpu_bottom, 3),
            "per_round": [round(value, 4) for value in per_round],
            **details,
        },
    )


def interleaved(
    rounds: int, contenders: dict[str, Callable[[], dict[str, Any]]], log: Callable[[str], None]
) -> dict[str, list[dict[str, Any]]]:
    """Run every contender once per round, alternating the order from round to round, so that machine noise
    (other jobs, thermal state, caches) hits each alike. Each result must carry ``seconds``."""
    names = list(contenders)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for number in range(rounds):
        order = names if number % 2 == 0 else list(reversed(names))
        for name in order:
            result = contenders[name]()
            results[name].append(result)
            log(f"    round {number + 1}/{rounds} {name}: {result['seconds']:.3f} s")
    return results


def seconds(results: list[dict[str, Any]]) -> list[float]:
    return [float(result["seconds"]) for result in results]


def ratio_figure(
    key: str,
    label: str,
    goal: str | None,
    numerator: list[float],
    denominator: list[float],
    note: str = "",
    **details: Any,
) -> Figure:
    """``median(numerator) / median(denominator)``, with the range of the per-round ratios (rounds paired)."""
    per_round = [top / bottom for top, bottom in zip(numerator, denominator, strict=True)]
    return Figure(
        key=key,
        label=label,
        ratio=statistics.median(numerator) / statistics.median(denominator),
        low=min(per_round),
        high=max(per_round),
        goal=goal,
        note=note,
        details={
            "rounds": len(per_round),
            "numerator_median_s": statistics.median(numerator),
            "denominator_median_s": statistics.median(denominator),
            "per_round": [round(value, 4) for value in per_round],
            **details,
        },
    )


@contextmanager
def server_process(*arguments: str, module: str | None = None, cwd: Path = BENCH_DIR) -> Iterator[dict[str, Any]]:
    """A server in its own process (so it does not share a contender's GIL or memory); yields the JSON object
    it prints once it listens, and stops it when its standard input closes."""
    command = [sys.executable, "-m", module, *arguments] if module else [sys.executable, *arguments]
    process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdin is not None
    try:
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the server {command[1:3]} exited before listening (exit {process.wait()})")
        yield json.loads(line)
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wall_time(command: list[str]) -> float:
    """Wall time of one fresh interpreter running ``command`` in the clean environment."""
    environment = child_environment()
    with tempfile.TemporaryDirectory(prefix="figshare-bench-cwd-") as cwd:
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=environment, check=True)
        return time.perf_counter() - started
