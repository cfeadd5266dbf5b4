"""What a user who installs the wheel gets from a type checker: real types, not ``Any``.

The wheel is built once (hatchling, without build isolation: offline), installed with ``--no-deps`` into a fresh
venv whose third-party runtime dependencies come from this environment (a ``.pth`` line, so the test needs no
network), and a user script with ``assert_type`` checks is checked by ``mypy --strict`` and by pyright, both
resolving imports through the fresh venv's interpreter.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = REPO_ROOT / "node_modules" / ".bin" / "pyright"

USER_SCRIPT = """
from typing import Literal, assert_type

import datetime

from figshare import AsyncFigshare, Figshare
from figshare.stats import DAY, MONTH, TOTAL, AsyncStats, Breakdown, Ranking, Stats, SubItem, Timeline, YearMonth
from figshare_api.models import Article, ArticleComplete, ArticleCreate, LocationWarnings
from figshare_api_v3.models import ItemComplete


def check(client: Figshare) -> None:
    article = client.articles.details(1)
    assert_type(article, ArticleComplete)
    assert_type(article.title, str | None)
    assert_type(article.id, int | None)
    for found in client.paginate(client.articles.list, page_size=10):
        assert_type(found, Article)
    created = client.account.articles.create(body=ArticleCreate(title="x", authors=[{"name": "Ada Lovelace"}]))
    assert_type(created, LocationWarnings)
    assert_type(client.v3.items.details(1), ItemComplete)
    client.articles.list(order="published_date", order_direction="desc")


async def check_async(client: AsyncFigshare) -> None:
    assert_type(await client.articles.details(1), ArticleComplete)
    async for found in client.paginate(client.account.articles.list):
        assert_type(found.title, str | None)


def check_stats(stats: Stats, name: str) -> None:
    assert_type(stats.timeline(DAY, "views", "article", 1), Timeline[datetime.date])
    assert_type(stats.breakdown(MONTH, "views", "article", 1), Breakdown[YearMonth])
    assert_type(stats.top("views", "article"), Ranking[int])
    assert_type(stats.top("views", "group", item_id=1, sub_item="category"), Ranking[int])
    assert_type(stats.top("views", "group", item_id=1, sub_item=SubItem.REFERRAL), Ranking[str])
    assert_type(stats.top("views", "group", item_id=1, sub_item=name), Ranking[int] | Ranking[str])


async def check_async_stats(stats: AsyncStats) -> None:
    assert_type(await stats.timeline(TOTAL, "views", "article", 1), Timeline[Literal["total"]])
"""

WRONG_SCRIPT = """
from figshare import Figshare

client = Figshare()
client.articles.list(order="no_such_order")
client.articles.details("1")
client.articles.details(1).title.upper()
"""


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out), "."],
        cwd=REPO_ROOT,
        check=True,
    )
    [built] = out.glob("figshare_sdk-*.whl")
    return built


@pytest.fixture(scope="session")
def fresh_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("venv") / "fresh"
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "runtime_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def test_the_wheel_marks_every_package_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("figshare", "figshare_api", "figshare_api_v3"):
        assert f"{package}/py.typed" in names, package


def test_mypy_strict_sees_real_types(fresh_python: Path, tmp_path: Path) -> None:
    script = tmp_path / "user.py"
    script.write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(fresh_python),
            str(script),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_refuses_wrong_values(fresh_python: Path, tmp_path: Path) -> None:
    script = tmp_path / "wrong.py"
    script.write_text(WRONG_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(fresh_python),
            str(script),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "wrong.py:5" in result.stdout and "wrong.py:6" in result.stdout and "wrong.py:7" in result.stdout


@pytest.mark.skipif(not PYRIGHT.exists() or not shutil.which("node"), reason="pyright is installed by `make setup`")
def test_pyright_agrees(fresh_python: Path, tmp_path: Path) -> None:
    script = tmp_path / "user.py"
    script.write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    result = subprocess.run(
        [str(PYRIGHT), "--pythonpath", str(fresh_python), str(script)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
