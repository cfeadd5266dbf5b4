"""Entry point of a contender process: ``python _child.py MODULE FUNCTION CONFIG_JSON``.

Runs ``MODULE.FUNCTION(config)`` (a module of benchmarks/, which is sys.path[0] here) in this interpreter,
the venv of the library under test, and prints its result as one JSON line. Contender functions import
their library themselves, before they start the clock.
"""

from __future__ import annotations

import importlib
import json
import sys


def main() -> None:
    module, function, config = sys.argv[1:4]
    result = getattr(importlib.import_module(module), function)(json.loads(config))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
