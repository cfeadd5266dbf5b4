"""The built documentation site, for the tests that read it or open it in a browser.

``FIGSHARE_DOCS_SITE`` names a site already built by ``make docs`` (``make test`` passes it, so the site is
built once); without it the site is built here with ``mkdocs build --strict`` into a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the built site (its ``index.html`` and one folder per page)."""
    given = os.environ.get("FIGSHARE_DOCS_SITE")
    if given:
        site = Path(given)
        if not site.is_absolute():
            site = REPO / site
        if not (site / "index.html").is_file():
            pytest.fail(f"FIGSHARE_DOCS_SITE={given} has no index.html: run `make docs` first")
        return site
    if shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("mkdocs is not installed (requirements/dev.lock)")
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return site
