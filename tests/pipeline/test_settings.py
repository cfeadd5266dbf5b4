"""The README's relative reference-material settings work as written, in the tests and in CI."""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests.support.settings import SHARED_SETTINGS, resolve_settings

REPO_ROOT = Path(__file__).resolve().parents[2]
README_SETTINGS = re.compile(r"`(FIGSHARE_SPEC_MIRROR=\S+\s+FIGSHARE_TEST_CORPUS=\S+\s+FIGSHARE_SHARED=[^`\s]+)`")


def test_relative_settings_become_absolute_once(tmp_path: Path) -> None:
    (tmp_path / "shared" / "corpus").mkdir(parents=True)
    work = tmp_path / "work"
    work.mkdir()
    environment = {
        "FIGSHARE_SHARED": "../shared",
        "FIGSHARE_TEST_CORPUS": str(tmp_path / "shared" / "corpus"),
        "FIGSHARE_SPEC_MIRROR": "../shared/no-such-folder",
    }
    rewritten = resolve_settings(environment, base=work)
    assert rewritten == {"FIGSHARE_SHARED": str((tmp_path / "shared").resolve())}
    assert Path(environment["FIGSHARE_SHARED"]).as_uri().startswith("file:///")
    assert environment["FIGSHARE_SPEC_MIRROR"] == "../shared/no-such-folder", "a missing folder is reported later"
    assert resolve_settings(environment, base=work) == {}, "resolving twice changes nothing"


def test_the_session_sees_absolute_settings() -> None:
    for name in SHARED_SETTINGS:
        value = os.environ.get(name)
        if value and Path(value).is_dir():
            assert Path(value).is_absolute(), f"{name}={value} was not resolved by tests/conftest.py"


def test_ci_exports_the_readme_settings_exactly() -> None:
    readme = " ".join((REPO_ROOT / "README.md").read_text(encoding="utf-8").split())
    match = README_SETTINGS.search(readme)
    assert match, "the README no longer gives the reference-material settings"
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {match.group(1)}\n" in ci, "CI must use the README's settings as written (relative paths)"
