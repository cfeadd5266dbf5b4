"""Build the HTTP requests for each Stats endpoint from checked arguments, with the reader of each answer
(no I/O here).

Figshare silently moves a breakdown's ``end_date`` back to the longest span it allows for the granularity
(`BREAKDOWN_MAX_YEARS`); asking for each allowed window in turn and adding the answers up loses nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from figshare.stats import _arguments as check
from figshare.stats._arguments import DateLike
from figshare.stats._models import Ranking
from figshare.stats._parse import parse_article_counts, parse_breakdown, parse_ranking, parse_timeline, parse_totals
from figshare.stats._types import Counter, Granularity, Item, Per, SubItem

T = TypeVar("T")

BREAKDOWN_MAX_YEARS = {Granularity.DAY: 1, Granularity.MONTH: 2, Granularity.YEAR: 5, Granularity.TOTAL: 1}
"""The longest ``end_date - start_date`` Figshare honours for each breakdown granularity, in years."""

_ONE_DAY = datetime.timedelta(days=1)
_READERS: dict[str, Callable[[object, Granularity], Any]] = {"timeline": parse_timeline, "breakdown": parse_breakdown}


@dataclass(frozen=True)
class StatsRequest(Generic[T]):
    """One request to the Stats service and the reader of its JSON body; ``path`` is relative to the base URL."""

    method: Literal["GET", "POST"]
    path: str
    parse: Callable[[object], T]
    params: Mapping[str, str] = field(default_factory=dict)
    json: object = None
    needs_credentials: bool = False


def totals(institution: str | None, counter: Counter | str, item: Item | str, item_id: int) -> StatsRequest[int]:
    """``GET [/{institution}]/total/{counter}/{item}/{item_id}`` (never needs credentials)."""
    return StatsRequest("GET", _path(institution, "total", *_counted(counter, item, item_id)), parse_totals)


def series(
    kind: Literal["timeline", "breakdown"],
    institution: str | None,
    granularity: Per[object] | Granularity | str,
    counter: Counter | str,
    item: Item | str,
    item_id: int,
    start_date: DateLike | None,
    end_date: DateLike | None,
    sub_item: SubItem | str | None,
    sub_item_id: int | str | None,
    *,
    today: datetime.date | None = None,
) -> list[StatsRequest[Any]]:
    """``GET [/{institution}]/{kind}/{granularity}/{counter}/{item}/{item_id}`` with dates and a filter: one
    request for a timeline, one per window Figshare answers in full for a breakdown (a ``start_date`` alone runs
    to ``today``, by default today in UTC as on Figshare)."""
    bucket = granularity_of(granularity)
    start, end = check.date_range(start_date, end_date)
    path = _path(institution, kind, bucket.value, *_counted(counter, item, item_id))
    filters = check.filter_sub_item(sub_item, sub_item_id)
    windows: Iterable[tuple[datetime.date | None, datetime.date | None]] = [(start, end)]
    if kind == "breakdown" and start is not None:
        end = end or max(start, today or _utc_today())
        windows = breakdown_windows(start, end, bucket)
    read, scoped = _READERS[kind], institution is not None
    return [
        StatsRequest(
            "GET", path, lambda body: read(body, bucket), {**_dates(s, e), **filters}, needs_credentials=scoped
        )
        for s, e in windows
    ]


def top(
    institution: str | None,
    counter: Counter | str,
    item: Item | str,
    item_id: int | None,
    sub_item: SubItem | str | None,
    count: int | None,
    start_date: DateLike | None,
    end_date: DateLike | None,
) -> StatsRequest[Ranking[int] | Ranking[str]]:
    """``GET [/{institution}]/top/{counter}/{item}`` with ``item_id``, ``sub_item``, ``count`` and dates."""
    params = _dates(*check.date_range(start_date, end_date))
    if item_id is not None:
        params["item_id"] = str(check.positive_id(item_id, "item_id"))
    kind = None if sub_item is None else check.choice(SubItem, sub_item, "sub_item")
    if kind is not None:
        params["sub_item"] = kind.value
    if count is not None:
        params["count"] = str(check.positive_id(count, "count", "a positive integer"))
    path = _path(institution, "top", *_counted(counter, item))
    scoped = institution is not None
    return StatsRequest("GET", path, lambda body: parse_ranking(body, kind), params, needs_credentials=scoped)


def count_articles(group_ids: Iterable[int]) -> StatsRequest[dict[int, int]]:
    """``POST /count/articles`` with ``{"groups": [{"id": ...}, ...]}`` (public groups, no credentials)."""
    groups = {"groups": [{"id": i} for i in check.group_ids(group_ids)]}
    return StatsRequest("POST", "/count/articles", parse_article_counts, json=groups)


def granularity_of(value: Per[object] | Granularity | str) -> Granularity:
    """The ``Granularity`` of a typed constant (``DAY``), a member or its string (``"day"``), else an error."""
    return value.granularity if isinstance(value, Per) else check.choice(Granularity, value, "granularity")


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


def _years_later(day: datetime.date, years: int) -> datetime.date:
    """The same date ``years`` later; 29 February becomes 28 February in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February, and the target year is not a leap year
        return day.replace(year=day.year + years, day=28)


def _counted(counter: Counter | str, item: Item | str, *item_id: int) -> tuple[str, ...]:
    names = check.choice(Counter, counter, "counter").value, check.choice(Item, item, "item").value
    return (*names, *(str(check.positive_id(number, "item_id")) for number in item_id))


def _utc_today() -> datetime.date:
    return datetime.datetime.now(datetime.timezone.utc).date()


def _path(institution: str | None, *segments: str) -> str:
    prefix = () if institution is None else (check.institution(institution),)
    return "/" + "/".join((*prefix, *segments))


def _dates(start: datetime.date | None, end: datetime.date | None) -> dict[str, str]:
    return {name: day.isoformat() for name, day in (("start_date", start), ("end_date", end)) if day is not None}
