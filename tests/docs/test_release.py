"""The release workflow's build-and-check steps (generator/release.py), run offline: build the sdist and the
wheel with the installed hatchling, `twine check --strict` them, install the wheel in a fresh venv (its
dependencies taken from this environment) and import figshare, figshare_api and figshare_api_v3 there."""

from __future__ import annotations

import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

import figshare
from generator import release

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("build")
    pytest.importorskip("twine")
    return release.build(tmp_path_factory.mktemp("dist"), isolated=False)


def test_version_is_single_sourced(built: tuple[Path, Path]) -> None:
    _, wheel = built
    assert release.wheel_version(wheel) == figshare.__version__
    assert "dynamic" in (REPO / "pyproject.toml").read_text(encoding="utf-8")


def test_sdist_and_wheel_hold_the_packages(built: tuple[Path, Path]) -> None:
    sdist, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/")[0] for name in archive.namelist()}
    assert {"figshare", "figshare_api", "figshare_api_v3"} <= tops
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    root = names[0].split("/")[0]
    assert {f"{root}/README.md", f"{root}/CHANGELOG.md", f"{root}/pyproject.toml"} <= set(names)


def test_twine_check_and_fresh_venv_smoke_test(built: tuple[Path, Path], tmp_path: Path) -> None:
    sdist, wheel = built
    release.twine_check(sdist, wheel)
    report = release.smoke_test(wheel, deps_from=Path(sysconfig.get_path("purelib")), work=tmp_path)
    assert report["version"] == figshare.__version__
    assert report["figshare_owners"] == ["figshare-sdk"]


def test_tag_must_match_the_version(built: tuple[Path, Path]) -> None:
    _, wheel = built
    release.check_tag(f"v{figshare.__version__}", wheel)
    with pytest.raises(release.ReleaseCheckError, match="does not match"):
        release.check_tag("v999.0.0", wheel)
