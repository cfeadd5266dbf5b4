"""Fixtures for the Stats tests: clients wired to a stand-in Stats service that answers from the corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from figshare.stats import AsyncStats, Stats
from tests.stats.stats_corpus_server import StatsCorpus, load_stats_corpus, quiet_options


@pytest.fixture
def stats_corpus(corpus_dir: Path) -> StatsCorpus:
    return StatsCorpus(load_stats_corpus(corpus_dir))


@pytest.fixture
def make_stats(stats_corpus: StatsCorpus) -> Callable[..., Stats]:
    def make(**settings: object) -> Stats:
        client = httpx.Client(transport=stats_corpus.transport())
        return Stats(http_client=client, **{**quiet_options(), **settings})  # type: ignore[arg-type]

    return make


@pytest.fixture
def make_async_stats(stats_corpus: StatsCorpus) -> Callable[..., AsyncStats]:
    def make(**settings: object) -> AsyncStats:
        client = httpx.AsyncClient(transport=stats_corpus.async_transport())
        return AsyncStats(http_client=client, **{**quiet_options(), **settings})  # type: ignore[arg-type]

    return make
