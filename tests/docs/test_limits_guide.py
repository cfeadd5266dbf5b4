"""The Limits and safety guide (docs/limits-and-safety.md) describes the code as it is: every error it names
exists, and the defaults it gives are the defaults of the code."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import figshare
import figshare.files
import figshare.oai
import figshare.resourcesync
import figshare.stats

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "limits-and-safety.md"
MODULES = (figshare, figshare.errors, figshare.files, figshare.oai, figshare.resourcesync, figshare.stats)
BUILTIN = frozenset({"ValueError", "TypeError"})


def _text() -> str:
    return " ".join(GUIDE.read_text(encoding="utf-8").split())


def _default(function: Any, name: str) -> Any:
    return inspect.signature(function).parameters[name].default


def test_every_error_the_guide_names_exists() -> None:
    names = set(re.findall(r"`(\w+(?:Error|Warning))`", _text())) - BUILTIN
    assert len(names) >= 20
    missing = sorted(name for name in names if not any(hasattr(module, name) for module in MODULES))
    assert not missing, f"docs/limits-and-safety.md names errors the SDK does not have: {missing}"


def test_the_defaults_the_guide_gives_are_the_code_s() -> None:
    text = _text()
    from figshare import Figshare
    from figshare.oai import OAIClient
    from figshare.resourcesync import ResourceSyncClient

    transfers = {
        "part_timeout": _default(Figshare.upload, "part_timeout"),
        "stall_timeout": _default(Figshare.upload, "stall_timeout"),
        "min_speed": _default(Figshare.download, "min_speed"),
        "lock_wait": _default(Figshare.download, "lock_wait"),
    }
    assert transfers == {"part_timeout": 900, "stall_timeout": 60, "min_speed": 1024, "lock_wait": 600}
    for name, value in transfers.items():
        assert f"{name}={value:g}" in text, name
    assert _default(Figshare.__init__, "deadline") == 120 and "| one call, in total | 120 s" in text
    assert _default(Figshare.__init__, "max_response_bytes") == 32 * 1024 * 1024 and "| 32 MiB" in text
    assert _default(OAIClient.__init__, "max_page_bytes") == 32 * 1024 * 1024
    assert "OAIClient(max_page_bytes=32 MiB)" in text
    assert _default(OAIClient.__init__, "max_text_bytes") == 10_000_000
    assert "OAIClient(max_text_bytes=10_000_000)" in text
    assert _default(ResourceSyncClient.__init__, "max_document_bytes") == 256 * 1024 * 1024
    assert "ResourceSyncClient(max_document_bytes=256 MiB)" in text
    assert _default(ResourceSyncClient.__init__, "max_text_bytes") == 10_000_000
    assert "ResourceSyncClient(max_text_bytes=10_000_000)" in text
