"""Breakdown range splitting: windows stay inside Figshare's limits and cover the range exactly once."""

from __future__ import annotations

import datetime
import itertools

import pytest
from dateutil.relativedelta import relativedelta

from figshare.stats._requests import BREAKDOWN_MAX_YEARS, breakdown_windows
from figshare.stats._types import Granularity

D = datetime.date
ONE_DAY = datetime.timedelta(days=1)


def test_a_range_within_the_limit_is_one_window() -> None:
    assert breakdown_windows(D(2014, 3, 8), D(2014, 5, 21), Granularity.DAY) == [(D(2014, 3, 8), D(2014, 5, 21))]


def test_a_single_day_is_one_window() -> None:
    assert breakdown_windows(D(2020, 1, 1), D(2020, 1, 1), Granularity.YEAR) == [(D(2020, 1, 1), D(2020, 1, 1))]


def test_daily_windows_are_at_most_one_year() -> None:
    windows = breakdown_windows(D(2014, 1, 1), D(2016, 6, 30), Granularity.DAY)
    assert windows == [
        (D(2014, 1, 1), D(2014, 12, 31)),
        (D(2015, 1, 1), D(2015, 12, 31)),
        (D(2016, 1, 1), D(2016, 6, 30)),
    ]


@pytest.mark.parametrize("granularity", list(Granularity))
@pytest.mark.parametrize(
    ("start", "end"),
    [
        (D(2010, 1, 1), D(2026, 7, 15)),
        (D(2012, 2, 29), D(2021, 3, 1)),
        (D(2015, 6, 15), D(2016, 6, 15)),
        (D(2015, 6, 15), D(2016, 6, 14)),
    ],
)
def test_windows_cover_the_range_once_and_respect_the_limit(
    granularity: Granularity, start: datetime.date, end: datetime.date
) -> None:
    windows = breakdown_windows(start, end, granularity)
    limit = relativedelta(years=BREAKDOWN_MAX_YEARS[granularity])
    assert windows[0][0] == start
    assert windows[-1][1] == end
    for (_, window_end), (next_start, _) in itertools.pairwise(windows):
        assert next_start == window_end + ONE_DAY
    for window_start, window_end in windows:
        assert window_start <= window_end
        assert window_end < window_start + limit


def test_the_limits_are_figshares() -> None:
    assert BREAKDOWN_MAX_YEARS == {
        Granularity.DAY: 1,
        Granularity.MONTH: 2,
        Granularity.YEAR: 5,
        Granularity.TOTAL: 1,
    }
