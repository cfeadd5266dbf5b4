"""The reference-material settings, resolved once for the whole test session.

The README tells users to export relative paths (``FIGSHARE_SHARED=../shared``), which mean "relative to where
`make test` runs". Some consumers need absolute paths (``Path.as_uri()`` refuses relative ones; a test that
changes directory would find something else), so :func:`resolve_settings` rewrites each setting that names an
existing folder to its absolute, resolved form, once, before any test module is imported.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

SHARED_SETTINGS = ("FIGSHARE_SPEC_MIRROR", "FIGSHARE_TEST_CORPUS", "FIGSHARE_SHARED")
"""The settings that point at reference material outside the repository (see tests/conftest.py)."""


def resolve_settings(environment: MutableMapping[str, str] | None = None, base: Path | None = None) -> dict[str, str]:
    """Rewrite each of :data:`SHARED_SETTINGS` that is set to an absolute path, in place.

    Args:
        environment: the mapping to rewrite (default: ``os.environ``).
        base: what relative values are relative to (default: the current directory).

    Returns:
        The settings that were rewritten, with their new values. A value that is empty, or not an existing
        folder, is left as it is: the fixtures that need it report it.
    """
    environment = os.environ if environment is None else environment
    base = Path.cwd() if base is None else base
    rewritten: dict[str, str] = {}
    for name in SHARED_SETTINGS:
        value = environment.get(name)
        if not value:
            continue
        folder = Path(value).expanduser()
        folder = folder if folder.is_absolute() else base / folder
        if not folder.is_dir():
            continue
        absolute = str(folder.resolve())
        if absolute != value:
            environment[name] = absolute
            rewritten[name] = absolute
    return rewritten
