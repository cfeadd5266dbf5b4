"""Obtaining the pinned spec: from a mirror or a download, never anything but the pinned bytes."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest

from generator import fetch as fetch_module
from generator.fetch import SpecDownloadError, SpecIntegrityError, fetch
from generator.lock import SpecLock

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTENT = b'{"openapi": "3.0.3"}'


def lock_for(content: bytes) -> SpecLock:
    return SpecLock(
        description="test",
        repository="digital-science/figshare-user-documentation",
        path="swagger_documentation/swagger.json",
        commit="0" * 40,
        commit_date="2026-01-01",
        sha256=hashlib.sha256(content).hexdigest(),
        format="openapi-3.0.3",
        mirror_path="swagger.json",
    )


def test_mirror_file_with_the_pinned_sha256_is_used(tmp_path: Path) -> None:
    (tmp_path / "mirror").mkdir()
    (tmp_path / "mirror" / "swagger.json").write_bytes(CONTENT)
    destination = fetch(lock_for(CONTENT), tmp_path / "out" / "swagger.json", mirror=tmp_path / "mirror")
    assert destination.read_bytes() == CONTENT


def test_mismatch_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "swagger.json").write_bytes(CONTENT + b" ")
    destination = tmp_path / "out.json"
    with pytest.raises(SpecIntegrityError, match=r"refusing the spec .* sha256 .*make update-spec"):
        fetch(lock_for(CONTENT), destination, mirror=tmp_path)
    assert not destination.exists()


def test_mirror_without_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecIntegrityError, match=r"has no swagger\.json"):
        fetch(lock_for(CONTENT), tmp_path / "out.json", mirror=tmp_path)


def test_without_mirror_the_pinned_commit_is_downloaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    requested: list[str] = []

    def fake_urlopen(url: str, timeout: float) -> Any:
        requested.append(url)
        return io.BytesIO(CONTENT)

    monkeypatch.delenv("FIGSHARE_SPEC_MIRROR", raising=False)
    monkeypatch.setattr(fetch_module.urllib.request, "urlopen", fake_urlopen)
    fetch(lock_for(CONTENT), tmp_path / "out.json")
    assert requested == [
        "https://raw.githubusercontent.com/digital-science/figshare-user-documentation/"
        + "0" * 40
        + "/swagger_documentation/swagger.json"
    ]


def test_a_failed_download_says_how_to_use_a_mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable(url: str, timeout: float) -> Any:
        raise fetch_module.urllib.error.URLError("Name or service not known")

    monkeypatch.delenv("FIGSHARE_SPEC_MIRROR", raising=False)
    monkeypatch.setattr(fetch_module.urllib.request, "urlopen", unreachable)
    destination = tmp_path / "out.json"
    with pytest.raises(
        SpecDownloadError, match=r"could not download .*Name or service not known.*FIGSHARE_SPEC_MIRROR="
    ):
        fetch(lock_for(CONTENT), destination)
    assert not destination.exists()


def test_project_lock_pins_the_current_upstream_file(spec_mirror_dir: Path) -> None:
    lock = SpecLock.load(REPO_ROOT / "swagger" / "spec.lock.json")
    assert hashlib.sha256((spec_mirror_dir / lock.mirror_path).read_bytes()).hexdigest() == lock.sha256
    assert len(lock.commit) == 40
