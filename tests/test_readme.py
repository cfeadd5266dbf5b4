"""The README's quickstart runs as written against a local Prism mock of the patched spec.

A newcomer copies a block into a file and runs it with only ``FIGSHARE_BASE_URL`` and ``FIGSHARE_TOKEN`` set;
this test does exactly that for every block marked ``<!-- quickstart``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"<!-- quickstart[^>]*-->\s*```python\n(.*?)```", re.DOTALL)
RELATIVE_LINK = re.compile(r"\]\((?!https?://|#|mailto:)([^)#\s]+)(#[^)\s]*)?\)")


def quickstart_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_readme_has_quickstart_blocks() -> None:
    assert len(quickstart_blocks()) >= 2


def test_readme_fits_one_screen_and_points_into_the_docs() -> None:
    """The README stays short (issue 17: under 12 KB); the details are guides in docs/, linked relatively."""
    text = README.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 12 * 1024
    targets = [match.group(1) for match in RELATIVE_LINK.finditer(text)]
    assert "docs/limits-and-safety.md" in targets and "docs/getting-started.md" in targets
    missing = [target for target in targets if not (ROOT / target).exists()]
    assert not missing, f"README links to files that do not exist: {missing}"


def test_the_install_lines_name_real_dependencies() -> None:
    """``pip install figshare-sdk  # the SDK (httpx, ...)`` names only what the package depends on."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requires = {re.split(r"[<>=!~\[; ]", requirement)[0].lower() for requirement in project["dependencies"]}
    for page in (README, ROOT / "docs" / "getting-started.md", ROOT / "docs" / "index.md"):
        [named] = re.findall(r"pip install figshare-sdk +# the SDK \(([^)]*)\)", page.read_text(encoding="utf-8"))
        names = {name.strip() for name in named.split(",")} - {"..."}
        assert names and names <= requires, (page.name, names - requires)


@pytest.mark.prism
@pytest.mark.parametrize("index", range(len(quickstart_blocks())))
def test_quickstart_block_runs_against_prism(index: int, prism_url: str, tmp_path: Path) -> None:
    script = tmp_path / "quickstart.py"
    script.write_text(quickstart_blocks()[index], encoding="utf-8")
    environment = {**os.environ, "FIGSHARE_BASE_URL": prism_url, "FIGSHARE_TOKEN": "readme-token"}
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=environment, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Test article title" in result.stdout
