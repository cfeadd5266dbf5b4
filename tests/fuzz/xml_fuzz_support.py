"""What the XML and transfer fuzz tests share: settings (seeded and bounded in CI, a long run on demand),
mutations of real bodies, and the checks every failure must pass.

The long run: ``FIGSHARE_FUZZ_LONG=1 pytest -m fuzz_long tests/fuzz`` (thousands of examples per test).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from figshare.errors import FigshareError

LONG = os.environ.get("FIGSHARE_FUZZ_LONG") == "1"
CANARY = "canary-SECRET-0c4f9b2e7d"
"""A secret given to every client the fuzz tests build: it must never appear in an error."""


def fuzz_settings(examples: int) -> Callable[[Any], Any]:
    """Deterministic (derandomized, no example database) and bounded; ``examples`` times 50 in the long run."""
    return settings(
        max_examples=examples * 50 if LONG else examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


long_run = pytest.mark.skipif(not LONG, reason="the long fuzz run: FIGSHARE_FUZZ_LONG=1 pytest -m fuzz_long tests/fuzz")

XML_NOISE = [
    b"<",
    b">",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#xD800;",
    b"]]>",
    b"<![CDATA[",
    b"<!--",
    b"-->",
    b'"',
    b"'",
    b"\x00",
    b"\xff\xfe",
    b"\xed\xa0\x80",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b"<?xml version='1.0' encoding='latin-1'?>",
    b"xmlns:x='urn:x'",
    b"</",
    b"/>",
    b"\xe2\x80\xae",
    b"\xc2\x85",
    b"9" * 40,
    b"-1",
    b"2024-13-45T99:99:99Z",
    b"md5:",
    b'status="deleted"',
]


@st.composite
def mutated(draw: st.DrawFn, corpus: list[bytes]) -> bytes:
    """A real body with a few mutations: cuts, flips, insertions of XML noise, repeats, or random bytes."""
    if not corpus or draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    body = bytearray(draw(st.sampled_from(corpus)))
    for _ in range(draw(st.integers(1, 4))):
        if not body:
            break
        at = draw(st.integers(0, len(body) - 1))
        kind = draw(st.integers(0, 5))
        if kind == 0:
            del body[at:]
        elif kind == 1:
            body[at] = draw(st.integers(0, 255))
        elif kind == 2:
            body[at:at] = draw(st.sampled_from(XML_NOISE))
        elif kind == 3:
            end = min(len(body), at + draw(st.integers(1, 200)))
            body[at:at] = body[at:end] * draw(st.integers(1, 3))
        elif kind == 4:
            end = min(len(body), at + draw(st.integers(1, 50)))
            del body[at:end]
        else:
            body[at:at] = draw(st.binary(min_size=1, max_size=40))
    return bytes(body)


def check_error(error: BaseException, *allowed: type[BaseException]) -> None:
    """``error`` is one of the documented error types, and no secret is in what it says."""
    assert isinstance(error, FigshareError), f"undocumented {type(error).__name__}: {error!r}"
    if allowed:
        assert isinstance(error, allowed), f"{type(error).__name__} is not one of {allowed}: {error!r}"
    for text in (str(error), repr(error)):
        assert CANARY not in text


def corpus_files(folder: Path, pattern: str) -> list[bytes]:
    """Every file of ``folder`` matching ``pattern``, as bytes (the test fails when there are none)."""
    files = sorted(folder.glob(pattern))
    assert files, f"no {pattern} in {folder}"
    return [path.read_bytes() for path in files]
