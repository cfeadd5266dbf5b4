"""Shared pieces of the fuzz suite: seeds from the corpus, mutations, hostile values and the checks every
fuzz test makes (only documented errors escape, memory stays bounded, no secret shows).

Reused by every fuzz module, including the XML and upload fuzzing of the files/OAI/ResourceSync work:

- `corpus_bodies(folder, suffixes)`: real bodies from ``$FIGSHARE_TEST_CORPUS/<folder>`` (REST JSON in
  ``rest``, Stats JSON in ``stats``, OAI-PMH XML in ``oai``, upload answers in ``upload``);
- `mutated_bytes(seeds)`: a seed mutated at the byte level (cut, spliced, flipped, repeated, random bytes);
- `mutated_json(seeds)`: a seed parsed and mutated at the structure level (values swapped for hostile
  ones, types changed, nesting deepened), then serialised;
- `hostile_text()`, `hostile_ints()`, `hostile_numbers()`, `hostile_urls()`, `hostile_dates()`: argument
  values people and attackers pass;
- `CANARY`, `texts_of(error)`, `assert_no_canary(...)`, `LogCollector`: the secret that must never show;
- `bounded_memory(limit)`: fails when the block's peak traced allocation exceeds `limit` bytes.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import math
import os
import traceback
import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

__all__ = [
    "CANARY",
    "LogCollector",
    "assert_no_canary",
    "bounded_memory",
    "corpus_bodies",
    "hostile_dates",
    "hostile_ints",
    "hostile_numbers",
    "hostile_text",
    "hostile_urls",
    "json_values",
    "mutated_bytes",
    "mutated_json",
    "texts_of",
]

CANARY = "fuzzcanary5e1d0b7a9c3f2e8d"
"""The secret of every fuzz run: the client's token, and echoed by hostile servers in their bodies."""

MIB = 1024 * 1024


# -- seeds ----------------------------------------------------------------------------------------------


@functools.cache
def corpus_bodies(folder: str, suffixes: tuple[str, ...] = (".json",)) -> tuple[bytes, ...]:
    """The bodies in ``$FIGSHARE_TEST_CORPUS/<folder>`` with one of `suffixes` (empty without a corpus)."""
    root = os.environ.get("FIGSHARE_TEST_CORPUS")
    if not root or not (Path(root) / folder).is_dir():
        return ()
    files = sorted(path for path in (Path(root) / folder).iterdir() if path.suffix in suffixes)
    return tuple(path.read_bytes() for path in files)


# -- hostile values -------------------------------------------------------------------------------------

_SPECIAL_TEXT = [
    "",
    " ",
    ".",
    "..",
    "/",
    "../../etc/passwd",
    "\ud800",
    "a\udfffb",
    "\x00",
    "a\r\nX-Injected: 1",
    "\x1b[2J",
    "\u202egnp.exe",
    "a\x85b",
    "CON",
    "%2e%2e%2f",
    "?x=1#y",
    "x" * 5000,
    CANARY,
    f"private_link={CANARY}",
    "1",
    "-1",
    "1e309",
    "NaN",
]


def hostile_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Text people and attackers pass: empty, dots, separators, surrogates, controls, bidi, huge, the canary."""
    return st.one_of(
        st.sampled_from(_SPECIAL_TEXT),
        st.text(max_size=max_size),
        st.text(alphabet=st.characters(codec="utf-8", categories=("Cc", "Cf", "Zs", "Zl", "Zp")), max_size=20),
        st.builds(lambda a, b: a + CANARY + b, st.text(max_size=10), st.text(max_size=10)),
    )


def hostile_ints() -> st.SearchStrategy[Any]:
    """Ids as they arrive: negative, zero, bool, past 64 bits, and not ints at all."""
    return st.one_of(
        st.sampled_from([-5, -1, 0, 1, 2**31, 2**63 - 1, 2**63, 2**64, 2**70, True, False]),
        st.integers(),
        st.sampled_from(["abc", "12", "", None, 1.0, 1.5, math.nan, math.inf, b"1", [1], {"id": 1}]),
    )


def hostile_numbers() -> st.SearchStrategy[Any]:
    """Sizes, limits and seconds: negative, zero, huge, inf, NaN, bool, strings."""
    return st.one_of(
        st.sampled_from([0, -1, 1, 1000, 1001, 10**12, 2**70, math.inf, -math.inf, math.nan, True, None, "10", 0.5]),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
    )


def hostile_urls() -> st.SearchStrategy[Any]:
    """Base URLs: without a scheme, with a query or userinfo, empty, other schemes, garbage."""
    return st.one_of(
        st.sampled_from(
            [
                "",
                " ",
                "api.figshare.com/v2",
                "https://",
                "https://api.figshare.com/v2?x=1",
                "https://api.figshare.com/v2#x",
                "https://u:p@api.figshare.com/v2",
                "ftp://api.figshare.com/v2",
                "javascript:alert(1)",
                "http://[::1]:99999/v2",
                "http://exa mple.com/v2",
                "https://api.figshare.com/v2/\ud800",
                "https://api.figshare.com/v2",
                "http://127.0.0.1:4010",
                None,
                42,
            ]
        ),
        hostile_text(),
        st.builds(lambda tail: "https://api.figshare.com/" + tail, hostile_text(max_size=30)),
    )


def hostile_dates() -> st.SearchStrategy[Any]:
    """Dates: ISO strings, impossible days, other formats, date objects, numbers."""
    import datetime

    return st.one_of(
        st.dates().map(lambda day: day.isoformat()),
        st.dates(),
        st.datetimes(),
        st.sampled_from(["2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31", "2024/01/01", "", "yesterday"]),
        hostile_text(max_size=20),
        st.just(datetime.date.max),
        hostile_ints(),
    )


# -- mutations ------------------------------------------------------------------------------------------


def json_values(max_leaves: int = 20) -> st.SearchStrategy[Any]:
    """Any JSON value, including the awkward ones (huge and negative numbers, surrogate escapes, deep lists)."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        st.sampled_from([2**64, -(2**63) - 1, 1e308, CANARY, "", "\ud800"]),
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
        ),
        max_leaves=max_leaves,
    )


@st.composite
def mutated_bytes(draw: st.DrawFn, seeds: Iterable[bytes], max_insert: int = 64) -> bytes:
    """A seed (or random bytes) mutated at the byte level: cut, spliced, flipped, repeated, nested."""
    pool = list(seeds) or [b"{}"]
    data = bytearray(draw(st.sampled_from(pool)))
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        kind = draw(st.sampled_from(["cut", "insert", "flip", "repeat", "nest", "canary", "random", "bom"]))
        position = draw(st.integers(min_value=0, max_value=len(data)))
        if kind == "cut":
            data = data[:position]
        elif kind == "insert":
            data[position:position] = draw(st.binary(max_size=max_insert))
        elif kind == "flip" and data:
            index = min(position, len(data) - 1)
            data[index] ^= draw(st.integers(min_value=1, max_value=255))
        elif kind == "repeat":
            data += data[position : position + 512] * draw(st.integers(min_value=1, max_value=8))
        elif kind == "nest":
            depth = draw(st.sampled_from([10, 1000, 100_000]))
            data = bytearray(b"[" * depth + bytes(data) + b"]" * depth)
        elif kind == "canary":
            data[position:position] = f'"{CANARY}", "Authorization: token {CANARY}"'.encode()
        elif kind == "random":
            data = bytearray(draw(st.binary(max_size=256)))
        elif kind == "bom":
            data[0:0] = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\x00"]))
    return bytes(data)


def _mutate(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict) and value:
        key = draw(st.sampled_from(sorted(value, key=str)))
        value = dict(value)
        action = draw(st.sampled_from(["replace", "recurse", "drop", "add"]))
        if action == "replace":
            value[key] = draw(json_values())
        elif action == "recurse" and depth < 6:
            value[key] = _mutate(draw, value[key], depth + 1)
        elif action == "drop":
            del value[key]
        else:
            value[draw(st.text(max_size=10))] = draw(json_values())
        return value
    if isinstance(value, list) and value:
        index = draw(st.integers(min_value=0, max_value=len(value) - 1))
        value = list(value)
        if depth < 6 and draw(st.booleans()):
            value[index] = _mutate(draw, value[index], depth + 1)
        else:
            value[index] = draw(json_values())
        return value
    return draw(json_values())


@st.composite
def mutated_json(draw: st.DrawFn, seeds: Iterable[bytes]) -> bytes:
    """A JSON seed parsed, mutated in its structure a few times, and serialised again (surrogates kept)."""
    documents = []
    for seed in seeds:
        try:
            documents.append(json.loads(seed))
        except ValueError:
            continue
    document: Any = draw(st.sampled_from(documents)) if documents else {}
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        document = _mutate(draw, document)
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8", errors="surrogatepass")


# -- checks ---------------------------------------------------------------------------------------------


def texts_of(error: BaseException) -> list[str]:
    """Everything a person or a log could see of `error`: str, repr, traceback and every attribute's repr."""
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    texts += [repr(value) for key, value in vars(error).items() if key != "response"]
    return texts


def assert_no_canary(texts: Iterable[str], *, secret: str = CANARY) -> None:
    """Fail, showing where, when `secret` appears in any of `texts`."""
    for text in texts:
        if secret in text:
            index = text.index(secret)
            raise AssertionError(f"the secret leaked: ...{text[max(0, index - 120) : index + 40]!r}...")


class LogCollector(logging.Handler):
    """Collects every record of every logger (attach to the root logger at level 1)."""

    def __init__(self) -> None:
        super().__init__(level=1)
        self.texts: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))
        self.texts.append(repr(record.args))

    @classmethod
    @contextlib.contextmanager
    def everything(cls) -> Iterator[LogCollector]:
        """Capture every logger at every level for the block (levels restored afterwards)."""
        collector = cls()
        root = logging.getLogger()
        names = ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "figshare")
        previous = root.level, {name: logging.getLogger(name).level for name in names}
        root.addHandler(collector)
        root.setLevel(1)
        for name in names:
            logging.getLogger(name).setLevel(1)
        try:
            yield collector
        finally:
            root.removeHandler(collector)
            root.setLevel(previous[0])
            for name, level in previous[1].items():
                logging.getLogger(name).setLevel(level)


@contextlib.contextmanager
def bounded_memory(limit: int) -> Iterator[None]:
    """Fail when the block's peak traced allocation exceeds `limit` bytes."""
    already = tracemalloc.is_tracing()
    if not already:
        tracemalloc.start()
    tracemalloc.reset_peak()
    baseline, _ = tracemalloc.get_traced_memory()
    try:
        yield
    finally:
        _, peak = tracemalloc.get_traced_memory()
        if not already:
            tracemalloc.stop()
    assert peak - baseline < limit, f"peak memory {(peak - baseline) / MIB:.1f} MiB over {limit / MIB:.1f} MiB"
