"""Shared test settings: where the reference material lives.

The corpus of real Figshare responses and the upstream spec mirror are never committed; tests find them
through settings that `.ci/run` points at `../shared`:

- ``FIGSHARE_TEST_CORPUS``: folder laid out like ``../shared/corpus`` (``rest/``, ``stats/``, ``oai/``, ...)
- ``FIGSHARE_SPEC_MIRROR``: folder laid out like ``../shared/figshare-spec``
- ``FIGSHARE_SHARED``: the whole ``../shared`` folder (schemas, ResourceSync examples, Figshare docs)

Without them the tests that need the material are skipped with a message that says which setting is
missing. ``FIGSHARE_REQUIRE_SHARED=1`` (set by CI) turns those skips into failures, so CI never passes
by skipping.

Relative values (the README's ``FIGSHARE_SHARED=../shared``) are resolved to absolute paths once, here, before
any test module reads them (``tests/support/settings.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.settings import resolve_settings

resolve_settings()

# The upload-service emulator's `upload_emulator` fixture, for every test that needs it.
pytest_plugins = ["tests.servers.figshare_upload_emulator.pytest_plugin"]


def _shared_folder(variable: str) -> Path:
    value = os.environ.get(variable)
    if value and Path(value).is_dir():
        return Path(value)
    reason = f"{variable} is not set to an existing folder; this test reads reference material from it"
    if os.environ.get("FIGSHARE_REQUIRE_SHARED") == "1":
        pytest.fail(reason + " (FIGSHARE_REQUIRE_SHARED=1: CI must not skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The folder of real Figshare responses (``../shared/corpus`` in CI)."""
    return _shared_folder("FIGSHARE_TEST_CORPUS")


@pytest.fixture(scope="session")
def spec_mirror_dir() -> Path:
    """The folder of upstream spec versions (``../shared/figshare-spec`` in CI)."""
    return _shared_folder("FIGSHARE_SPEC_MIRROR")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The whole shared reference folder (schemas, ResourceSync examples, docs)."""
    return _shared_folder("FIGSHARE_SHARED")


REPO_ROOT = Path(__file__).resolve().parent.parent


def _patched_spec(target_name: str, folder: Path) -> Path:
    """Build a target's patched OpenAPI document afresh, with today's overlays and generator.

    The pinned upstream file comes from ``FIGSHARE_SPEC_MIRROR``, else from where ``make spec`` downloaded it;
    its sha256 is checked either way.
    """
    from generator.fetch import fetch, verify
    from generator.lock import SpecLock
    from generator.pipeline import patch, read_json, write_json
    from generator.targets import TARGETS

    target = TARGETS[target_name]
    lock = SpecLock.load(target.lock)
    fetched = folder / target.fetched.name  # laid out like `make spec`'s output, for tests that need both
    if os.environ.get("FIGSHARE_SPEC_MIRROR") or not target.fetched.is_file():
        fetch(lock, fetched, mirror=_shared_folder("FIGSHARE_SPEC_MIRROR"))
    else:
        verify(target.fetched.read_bytes(), lock, str(target.fetched))
        fetched.write_bytes(target.fetched.read_bytes())
    write_json(patch(read_json(fetched), target.actions()).document, folder / "openapi.patched.json")
    return folder / "openapi.patched.json"


@pytest.fixture(scope="session")
def patched_spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The patched v2 OpenAPI document (see `_patched_spec`)."""
    return _patched_spec("v2", tmp_path_factory.mktemp("spec-v2"))


@pytest.fixture(scope="session")
def patched_v3_spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The patched v3 OpenAPI document (see `_patched_spec`)."""
    return _patched_spec("v3", tmp_path_factory.mktemp("spec-v3"))


def _prism(spec: Path, port: int | None = None) -> Iterator[str]:
    from tests.support.prism import PRISM, prism_mock

    if not PRISM.exists():
        message = "Stoplight Prism is not installed (run `npm ci`)"
        if os.environ.get("FIGSHARE_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with prism_mock(spec, port) as url:
        yield url


@pytest.fixture(scope="session")
def prism_url(patched_spec_path: Path) -> Iterator[str]:
    """A Stoplight Prism mock of the patched v2 spec on 127.0.0.1 (``$FIGSHARE_PRISM_PORT`` or a free port)."""
    yield from _prism(patched_spec_path)


@pytest.fixture(scope="session")
def prism_v3_url(patched_v3_spec_path: Path) -> Iterator[str]:
    """A Stoplight Prism mock of the patched v3 spec on 127.0.0.1 (a free port)."""
    from tests.support.prism import free_port

    yield from _prism(patched_v3_spec_path, free_port())
