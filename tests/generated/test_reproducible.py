"""`generated/` is exactly what the pipeline produces from the pinned spec: never edited by hand, never stale."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from generator.generate import generate
from generator.targets import V2, V3, ApiTarget


def differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found += [f"only in committed: {name}" for name in comparison.left_only]
    found += [f"only in fresh generation: {name}" for name in comparison.right_only]
    _match, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += [f"differs: {name}" for name in mismatch + errors]
    for name in comparison.common_dirs:
        found += [f"{name}/{item}" for item in differences(left / name, right / name)]
    return found


@pytest.mark.parametrize("target", [V2, V3], ids=lambda target: target.name)
def test_committed_package_equals_a_fresh_generation(
    target: ApiTarget, patched_spec_path: Path, patched_v3_spec_path: Path, tmp_path: Path
) -> None:
    spec = patched_spec_path if target is V2 else patched_v3_spec_path
    fresh = tmp_path / target.package
    generate(spec, fresh, config=target.config, share_with=target.share_with())
    assert not differences(target.package_dir, fresh), "run `make generate` and commit generated/ with its cause"


def test_generation_is_deterministic(patched_spec_path: Path, tmp_path: Path) -> None:
    generate(patched_spec_path, tmp_path / "one" / "figshare_api", config=V2.config)
    generate(patched_spec_path, tmp_path / "two" / "figshare_api", config=V2.config)
    assert not differences(tmp_path / "one" / "figshare_api", tmp_path / "two" / "figshare_api")
