"""Split a breakdown date range into the windows Figshare answers in full.

Figshare silently moves a breakdown's ``end_date`` back to the longest span it allows for the granularity;
asking for each allowed window in turn and adding the answers up loses nothing.
"""

from __future__ import annotations

import datetime

from figshare.stats._enums import Granularity

BREAKDOWN_MAX_YEARS = {
    Granularity.DAY: 1,
    Granularity.MONTH: 2,
    Granularity.YEAR: 5,
    Granularity.TOTAL: 1,
}
"""The longest ``end_date - start_date`` Figshare honours for each breakdown granularity, in years."""

_ONE_DAY = datetime.timedelta(days=1)


def _years_later(day: datetime.date, years: int) -> datetime.date:
    """The same date ``years`` later; 29 February becomes 28 February in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February, and the target year is not a leap year
        return day.replace(year=day.year + years, day=28)


def breakdown_windows(
    start: datetime.date, end: datetime.date, granularity: Granularity
) -> list[tuple[datetime.date, datetime.date]]:
    """Consecutive, non-overlapping ``(start, end)`` windows (both inclusive) that cover ``start..end``.

    Each window is one day shorter than Figshare's limit, so leap days and an inclusive or exclusive reading
    of "N years from the start" both stay inside it.
    """
    years = BREAKDOWN_MAX_YEARS[granularity]
    windows = []
    window_start = start
    while window_start <= end:
        window_end = min(end, _years_later(window_start, years) - _ONE_DAY)
        windows.append((window_start, window_end))
        window_start = window_end + _ONE_DAY
    return windows
