"""Build the HTTP requests for each Stats endpoint from checked arguments (no I/O here)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from figshare.stats import _arguments as check
from figshare.stats._arguments import DateLike
from figshare.stats._enums import Counter, Granularity, Item, SubItem
from figshare.stats._windows import breakdown_windows


@dataclass(frozen=True)
class StatsRequest:
    """One request to the Stats service; ``path`` is relative to the base URL."""

    method: Literal["GET", "POST"]
    path: str
    params: Mapping[str, str] = field(default_factory=dict)
    json: object = None
    needs_credentials: bool = False


def totals(institution: str | None, counter: Counter | str, item: Item | str, item_id: int) -> StatsRequest:
    """``GET [/{institution}]/total/{counter}/{item}/{item_id}`` (never needs credentials)."""
    return StatsRequest("GET", _path(institution, "total", *_counted(counter, item, item_id)))


def series(
    kind: Literal["timeline", "breakdown"],
    institution: str | None,
    granularity: Granularity | str,
    counter: Counter | str,
    item: Item | str,
    item_id: int,
    start_date: DateLike | None,
    end_date: DateLike | None,
    sub_item: SubItem | str | None,
    sub_item_id: int | str | None,
    *,
    today: datetime.date | None = None,
) -> list[StatsRequest]:
    """``GET [/{institution}]/{kind}/{granularity}/{counter}/{item}/{item_id}`` with dates and a filter.

    A timeline is one request. A breakdown is one request per window Figshare answers in full, and a
    ``start_date`` without ``end_date`` runs to ``today`` (default: today in UTC; Figshare's own default), so a
    long range is split rather than cut.
    """
    bucket = check.choice(Granularity, granularity, "granularity")
    start, end = check.date_range(start_date, end_date)
    path = _path(institution, kind, bucket.value, *_counted(counter, item, item_id))
    filters = check.filter_sub_item(sub_item, sub_item_id)
    windows: Iterable[tuple[datetime.date | None, datetime.date | None]] = [(start, end)]
    if kind == "breakdown" and start is not None:
        end = end or max(start, today or _utc_today())
        windows = breakdown_windows(start, end, bucket)
    return [
        StatsRequest("GET", path, params={**_dates(s, e), **filters}, needs_credentials=institution is not None)
        for s, e in windows
    ]


def top(
    institution: str | None,
    counter: Counter | str,
    item: Item | str,
    *,
    item_id: int | None,
    sub_item: SubItem | str | None,
    count: int | None,
    start_date: DateLike | None,
    end_date: DateLike | None,
) -> StatsRequest:
    """``GET [/{institution}]/top/{counter}/{item}`` with ``item_id``, ``sub_item``, ``count`` and dates."""
    start, end = check.date_range(start_date, end_date)
    params = _dates(start, end)
    if item_id is not None:
        params["item_id"] = str(check.positive_id(item_id, "item_id"))
    if sub_item is not None:
        params["sub_item"] = check.choice(SubItem, sub_item, "sub_item").value
    if count is not None:
        params["count"] = str(check.positive_id(count, "count", "a positive integer"))
    counter_name = check.choice(Counter, counter, "counter").value
    item_name = check.choice(Item, item, "item").value
    return StatsRequest(
        "GET",
        _path(institution, "top", counter_name, item_name),
        params,
        needs_credentials=institution is not None,
    )


def count_articles(group_ids: Iterable[int]) -> StatsRequest:
    """``POST /count/articles`` with ``{"groups": [{"id": ...}, ...]}`` (public groups, no credentials)."""
    return StatsRequest("POST", "/count/articles", json={"groups": [{"id": i} for i in check.group_ids(group_ids)]})


def _counted(counter: Counter | str, item: Item | str, item_id: int) -> tuple[str, str, str]:
    return (
        check.choice(Counter, counter, "counter").value,
        check.choice(Item, item, "item").value,
        str(check.positive_id(item_id, "item_id")),
    )


def _utc_today() -> datetime.date:
    return datetime.datetime.now(datetime.timezone.utc).date()


def _path(institution: str | None, *segments: str) -> str:
    prefix = () if institution is None else (check.institution(institution),)
    return "/" + "/".join((*prefix, *segments))


def _dates(start: datetime.date | None, end: datetime.date | None) -> dict[str, str]:
    dates = {}
    if start is not None:
        dates["start_date"] = start.isoformat()
    if end is not None:
        dates["end_date"] = end.isoformat()
    return dates
