"""The sync twins are generated from their async sources (``make unasync``) and must be current."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import unasync

ROOT = Path(__file__).resolve().parents[2]


def test_every_generated_sync_twin_is_current() -> None:
    assert unasync.stale() == [], "a sync twin is stale: run `make unasync` and commit the result"


@pytest.mark.parametrize(("source", "target"), unasync.PAIRS)
def test_a_twin_names_its_source_and_is_not_edited_by_hand(source: str, target: str) -> None:
    first = (ROOT / target).read_text(encoding="utf-8").splitlines()[0]
    assert first == unasync.header(source).rstrip("\n")
    assert "do not edit" in first


def test_the_rewrite_covers_the_async_vocabulary() -> None:
    text = (
        "async def f(self) -> AsyncStats:\n"
        "    async with httpx.AsyncClient() as c:\n"
        "        async for x in c.aiter_bytes():\n"
        "            await c.aclose()\n"
        "    from figshare.oai._async_backend import run\n"
        "    from figshare.stats._async_client import AsyncStats\n"
    )
    assert unasync.unasync_text(text) == (
        "def f(self) -> Stats:\n"
        "    with httpx.Client() as c:\n"
        "        for x in c.iter_bytes():\n"
        "            c.close()\n"
        "    from figshare.oai._sync_backend import run\n"
        "    from figshare.stats._client import Stats\n"
    )


def test_check_lists_a_stale_twin_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = unasync.PAIRS[0]
    for path in (source, target):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text((ROOT / path).read_text(encoding="utf-8"), encoding="utf-8")
    assert unasync.stale(tmp_path, unasync.PAIRS[:1]) == []
    (tmp_path / target).write_text((ROOT / target).read_text(encoding="utf-8") + "# edited by hand\n")
    assert unasync.stale(tmp_path, unasync.PAIRS[:1]) == [target]
