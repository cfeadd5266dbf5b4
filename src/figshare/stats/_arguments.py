"""Check and normalise the caller's arguments; every failure is an ``StatsArgumentError``."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from figshare._validate import INT64_MAX, show
from figshare.stats._types import StatsArgumentError, SubItem

E = TypeVar("E", bound=Enum)

DateLike = datetime.date | str
"""A ``datetime.date`` (a ``datetime`` counts by its date) or an ISO ``"YYYY-MM-DD"`` string."""

_INSTITUTION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,199}")
_FILTER_SUB_ITEMS = (SubItem.CATEGORY, SubItem.ITEM_TYPE)
_UNSENDABLE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
"""What a query string cannot carry: control characters, and surrogates (no UTF-8 form)."""


def choice(enum: type[E], value: E | str, name: str) -> E:
    """``value`` as a member of ``enum`` (members or their string values are accepted)."""
    try:
        return enum(value)
    except (ValueError, TypeError):
        allowed = ", ".join(repr(member.value) for member in enum)
        raise StatsArgumentError(f"{name} must be one of {allowed}, got {show(value)}") from None


def positive_id(value: object, name: str, what: str = "a positive integer id") -> int:
    """A Figshare id (or a ranking's count): a positive ``int`` that fits in 64 bits."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise StatsArgumentError(f"{name} must be {what}, got {show(value)}")
    if value > INT64_MAX:
        raise StatsArgumentError(f"{name} must be {what} of at most 64 bits, got {show(value)}")
    return value


def institution(value: str) -> str:
    """An institution's portal short name (``"monash"``), safe to use as a path segment."""
    if not isinstance(value, str) or not _INSTITUTION.fullmatch(value):
        raise StatsArgumentError(
            f"institution must be the portal short name (letters, digits, '.', '_', '-'), got {show(value)}"
        )
    return value


def optional_date(value: DateLike | None, name: str) -> datetime.date | None:
    """A date from a ``date``/``datetime`` or an ISO ``YYYY-MM-DD`` string."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise StatsArgumentError(f"{name} must be a datetime.date or 'YYYY-MM-DD', got {show(value)}")


def date_range(start: DateLike | None, end: DateLike | None) -> tuple[datetime.date | None, datetime.date | None]:
    """Both dates checked, and ``start_date`` not after ``end_date``."""
    start_date, end_date = optional_date(start, "start_date"), optional_date(end, "end_date")
    if start_date and end_date and start_date > end_date:
        raise StatsArgumentError(f"start_date {start_date} is after end_date {end_date}")
    return start_date, end_date


def filter_sub_item(sub_item: SubItem | str | None, sub_item_id: int | str | None) -> dict[str, str]:
    """Query parameters for a timeline or breakdown filter: ``sub_item`` and ``sub_item_id`` go together."""
    if sub_item is None:
        if sub_item_id is not None:
            raise StatsArgumentError("sub_item_id needs sub_item ('category' or 'item_type')")
        return {}
    kind = choice(SubItem, sub_item, "sub_item")
    if kind not in _FILTER_SUB_ITEMS:
        raise StatsArgumentError(
            f"sub_item {kind.value!r} is only valid for rankings (top); timelines and breakdowns filter by "
            "'category' or 'item_type'"
        )
    if sub_item_id is None:
        raise StatsArgumentError(f"sub_item {kind.value!r} needs a sub_item_id")
    if kind is SubItem.CATEGORY:
        sub_item_id = positive_id(sub_item_id, "sub_item_id (a category id)")
    elif not isinstance(sub_item_id, str) or not sub_item_id.strip() or _UNSENDABLE.search(sub_item_id):
        raise StatsArgumentError(f"sub_item_id must be an item type name such as 'dataset', got {show(sub_item_id)}")
    return {"sub_item": kind.value, "sub_item_id": str(sub_item_id)}


def group_ids(values: Iterable[int]) -> list[int]:
    """At least one group id, each a positive ``int``, without repeats (first occurrence kept)."""
    if isinstance(values, (str, bytes)):
        raise StatsArgumentError("group_ids must be a collection of integer ids, not a string")
    ids = list(dict.fromkeys(positive_id(value, "group id") for value in values))
    if not ids:
        raise StatsArgumentError("group_ids must name at least one group")
    return ids
