"""Figshare's Stats service (stats.figshare.com): views, downloads and shares.

    from figshare.stats import Stats

    with Stats() as stats:
        stats.total("views", "article", 23)                      # 231
        stats.timeline("day", "downloads", "article", 23)        # Timeline[datetime.date]
        stats.breakdown("month", "views", "article", 23, start_date="2020-01-01", end_date="2024-12-31")
        stats.top("views", "article", count=5)                   # Ranking[int]
        stats.count_articles([327, 328])                          # {327: 20, 328: 1}

Institutional statistics: ``Stats(institution="monash", credentials=("user", "password"))``.
"""

from ._client import DEFAULT_BASE_URL, AsyncStats, Stats
from ._credentials import StatsCredentials
from ._enums import Counter, Granularity, Item, SubItem
from ._errors import MissingCredentialsError, StatsArgumentError, StatsError
from ._models import Breakdown, CountryCounts, RankedCount, Ranking, Timeline
from ._periods import Period, WholeRange, YearMonth
from ._windows import BREAKDOWN_MAX_YEARS

__all__ = [
    "BREAKDOWN_MAX_YEARS",
    "DEFAULT_BASE_URL",
    "AsyncStats",
    "Breakdown",
    "Counter",
    "CountryCounts",
    "Granularity",
    "Item",
    "MissingCredentialsError",
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
