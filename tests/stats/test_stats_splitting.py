"""Breakdown ranges longer than Figshare answers are split, and the parts merged, so no event is lost.

The stand-in service below clamps `end_date` the way Figshare documents (day and total: 1 year, month: 2
years, year: 5 years) and counts one view per day, so a complete answer counts every day of the range.
"""

from __future__ import annotations

import datetime
from collections import Counter as Tally

import httpx
import pytest
from dateutil.relativedelta import relativedelta

from figshare._ratelimit import RateLimiter
from figshare.stats import AsyncStats, Granularity, Stats, YearMonth
from figshare.stats import _requests as stats_requests

D = datetime.date
LIMIT_YEARS = {"day": 1, "month": 2, "year": 5, "total": 1}


def period_key(day: datetime.date, granularity: str) -> str:
    return {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": str(day.year), "total": "total"}[
        granularity
    ]


class ClampingService:
    """Answers breakdowns with one view per day from Madrid, clamping long ranges like Figshare."""

    def __init__(self) -> None:
        self.windows: list[tuple[datetime.date, datetime.date]] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        granularity = request.url.path.split("/")[-4]
        start = D.fromisoformat(request.url.params["start_date"])
        end = D.fromisoformat(request.url.params["end_date"])
        self.windows.append((start, end))
        end = min(end, start + relativedelta(years=LIMIT_YEARS[granularity]))
        days = Tally(period_key(start + datetime.timedelta(days=n), granularity) for n in range((end - start).days + 1))
        breakdown = {key: {"Spain": {"Madrid": count, "total": count}} for key, count in days.items()}
        return httpx.Response(200, json={"breakdown": breakdown})

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        return self.handler(request)


START, END = D(2009, 3, 15), D(2026, 2, 10)
DAYS = (END - START).days + 1


def direct_request_total(service: ClampingService, granularity: str) -> int:
    """What one unsplit request would count: less than the range, which is why the client splits."""
    request = httpx.Request(
        "GET",
        f"https://stats.figshare.com/breakdown/{granularity}/views/article/1",
        params={"start_date": START.isoformat(), "end_date": END.isoformat()},
    )
    body = service.handler(request).json()
    return sum(countries["Spain"]["total"] for countries in body["breakdown"].values())


@pytest.mark.parametrize("granularity", ["day", "month", "year", "total"])
def test_a_long_range_is_counted_in_full(granularity: str) -> None:
    service = ClampingService()
    stats = Stats(http_client=httpx.Client(transport=httpx.MockTransport(service.handler)), rate_limit=None)
    breakdown = stats.breakdown(granularity, "views", "article", 1, start_date=START, end_date=END)
    assert breakdown.total == DAYS
    assert breakdown.by_country()["Spain"].cities == {"Madrid": DAYS}
    assert direct_request_total(ClampingService(), granularity) < DAYS
    windows = service.windows
    assert windows[0][0] == START and windows[-1][1] == END
    assert all(end < start + relativedelta(years=LIMIT_YEARS[granularity]) for start, end in windows)


def test_periods_shared_by_two_windows_are_added_up() -> None:
    service = ClampingService()
    stats = Stats(http_client=httpx.Client(transport=httpx.MockTransport(service.handler)), rate_limit=None)
    breakdown = stats.breakdown("month", "views", "article", 1, start_date="2010-01-15", end_date="2014-06-30")
    assert [window[0] for window in service.windows] == [D(2010, 1, 15), D(2012, 1, 15), D(2014, 1, 15)]
    assert breakdown[YearMonth(2012, 1)]["Spain"].total == 31
    assert list(breakdown) == sorted(breakdown)
    assert breakdown.granularity is Granularity.MONTH


def test_a_start_date_alone_runs_to_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stats_requests, "_utc_today", lambda: D(2026, 7, 15))
    service = ClampingService()
    stats = Stats(http_client=httpx.Client(transport=httpx.MockTransport(service.handler)), rate_limit=None)
    breakdown = stats.breakdown("day", "views", "article", 1, start_date="2024-07-16")
    assert breakdown.total == (D(2026, 7, 15) - D(2024, 7, 16)).days + 1
    assert service.windows[-1][1] == D(2026, 7, 15)


def test_every_window_waits_for_the_rate_limiter() -> None:
    waits: list[float] = []
    clock = iter(float(n) / 10 for n in range(100))
    limiter = RateLimiter(1.0, clock=lambda: next(clock), sleep=waits.append)
    service = ClampingService()
    stats = Stats(http_client=httpx.Client(transport=httpx.MockTransport(service.handler)), rate_limit=limiter)
    stats.breakdown("day", "views", "article", 1, start_date="2020-01-01", end_date="2022-12-31")
    assert len(service.windows) == 3
    assert len(waits) == 2


async def test_async_splitting_counts_the_range_in_full() -> None:
    service = ClampingService()
    transport = httpx.MockTransport(service.async_handler)
    async with AsyncStats(http_client=httpx.AsyncClient(transport=transport), rate_limit=None) as stats:
        breakdown = await stats.breakdown("year", "views", "article", 1, start_date=START, end_date=END)
    assert breakdown.total == DAYS
    assert len(service.windows) == 4
