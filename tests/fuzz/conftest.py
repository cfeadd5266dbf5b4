"""Settings of the fuzz suite: seeded, bounded and deterministic in CI; a long run behind ``-m fuzz_long``.

- The ``ci`` profile (default) is derandomized (the same examples on every run and machine), keeps no
  example database, has no per-example deadline (a loaded CI machine must not fail it) and few examples:
  the whole suite takes seconds.
- Tests marked ``fuzz_long`` run thousands of examples; they are deselected unless ``-m`` names them:
  ``.venv/bin/python -m pytest tests/fuzz -m fuzz_long`` (derandomized too: the same examples every time;
  ``FIGSHARE_FUZZ_PROFILE=explore`` draws new random ones on every run).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=40,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking in CI: a failure is reported at once
)
settings.register_profile("explore", parent=settings.get_profile("ci"), derandomize=False, database=None)
settings.load_profile(os.environ.get("FIGSHARE_FUZZ_PROFILE", "ci"))

LONG_EXAMPLES = 2000
"""Examples per test of the ``fuzz_long`` run."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the ``fuzz_long`` tests unless the ``-m`` expression asks for them."""
    if "fuzz_long" in (config.option.markexpr or ""):
        return
    keep, drop = [], []
    for item in items:
        (drop if item.get_closest_marker("fuzz_long") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
