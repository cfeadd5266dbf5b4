"""Figshare's Stats service (stats.figshare.com): views, downloads and shares.

    from figshare.stats import DAY, MONTH, Stats

    with Stats() as stats:
        stats.total("views", "article", 23)                      # 231
        stats.timeline(DAY, "downloads", "article", 23)          # Timeline[datetime.date]
        stats.breakdown(MONTH, "views", "article", 23, start_date="2020-01-01", end_date="2024-12-31")
        stats.top("views", "article", count=5)                   # Ranking[int]
        stats.count_articles([327, 328])                          # {327: 20, 328: 1}

Institutional statistics: ``Stats(institution="monash", credentials=("user", "password"))``.
"""

from figshare.stats._async_client import AsyncStats
from figshare.stats._base import DEFAULT_BASE_URL, StatsCredentials
from figshare.stats._client import Stats
from figshare.stats._models import Breakdown, CountryCounts, RankedCount, Ranking, Timeline
from figshare.stats._requests import BREAKDOWN_MAX_YEARS
from figshare.stats._types import (
    DAY,
    MONTH,
    TOTAL,
    YEAR,
    Counter,
    Granularity,
    Item,
    MissingCredentialsError,
    Per,
    Period,
    StatsArgumentError,
    StatsError,
    SubItem,
    WholeRange,
    YearMonth,
)

__all__ = [
    "BREAKDOWN_MAX_YEARS",
    "DAY",
    "DEFAULT_BASE_URL",
    "MONTH",
    "TOTAL",
    "YEAR",
    "AsyncStats",
    "Breakdown",
    "Counter",
    "CountryCounts",
    "Granularity",
    "Item",
    "MissingCredentialsError",
    "Per",
    "Period",
    "RankedCount",
    "Ranking",
    "Stats",
    "StatsArgumentError",
    "StatsCredentials",
    "StatsError",
    "SubItem",
    "Timeline",
    "WholeRange",
    "YearMonth",
]
