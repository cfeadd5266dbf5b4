"""Entry point of a contender process, in the venv of the library under test.

- ``python _child.py MODULE FUNCTION CONFIG_JSON``: runs ``MODULE.FUNCTION(config)`` once and prints its
  result as one JSON line.
- ``python _child.py --worker MODULE FUNCTION CONFIG_JSON``: ``MODULE.FUNCTION(config)`` returns a batch
  function (``batch(n)`` does n calls and returns what to report); then, for every line ``n`` read on
  standard input, runs ``batch(n)`` and prints ``{"seconds", "cpu_seconds", "result"}``; stops at end of
  input. Lets the orchestrator interleave two contenders in short batches, both processes alive.

MODULE is a module of benchmarks/ (sys.path[0] here). Contender functions import their library themselves,
before the clock starts.
"""

from __future__ import annotations

import importlib
import json
import sys
import time


def main() -> None:
    worker = sys.argv[1] == "--worker"
    module, function, config = sys.argv[2:5] if worker else sys.argv[1:4]
    target = getattr(importlib.import_module(module), function)(json.loads(config))
    if not worker:
        sys.stdout.write(json.dumps(target) + "\n")
        return
    sys.stdout.write('{"ready": true}\n')
    sys.stdout.flush()
    for line in sys.stdin:
        calls = int(line)
        cpu, wall = time.process_time(), time.perf_counter()
        result = target(calls)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        sys.stdout.write(json.dumps({"seconds": wall, "cpu_seconds": cpu, "result": result}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
