"""The Stats vocabulary: counters, items, granularities, sub-items, period keys, and the client's own errors."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from enum import Enum
from typing import Generic, Literal, TypeVar, Union

from figshare.errors import FigshareError, InvalidArgumentError


class StatsError(FigshareError):
    """Base of the errors raised by the Stats client itself (responses map onto ``figshare.errors``)."""


class StatsArgumentError(StatsError, InvalidArgumentError):
    """An argument the Stats API would reject or silently misread, or a setting that would leak credentials.

    Checked before any request is sent; a `ValueError` and a `figshare.InvalidArgumentError`.
    """


class MissingCredentialsError(StatsError):
    """An institutional timeline, breakdown or ranking needs the institution's Stats credentials."""


class Counter(str, Enum):
    """What is counted."""

    VIEWS = "views"
    DOWNLOADS = "downloads"
    SHARES = "shares"


class Item(str, Enum):
    """What the events are counted on (the path segment after the counter)."""

    ARTICLE = "article"
    AUTHOR = "author"
    COLLECTION = "collection"
    GROUP = "group"
    PROJECT = "project"


class Granularity(str, Enum):
    """How timeline and breakdown results are bucketed; ``TOTAL`` gives one bucket for the whole range."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    TOTAL = "total"


class SubItem(str, Enum):
    """A filter on timelines and breakdowns, or what a ranking ranks.

    Timelines and breakdowns accept ``CATEGORY`` and ``ITEM_TYPE`` (with a ``sub_item_id``); rankings also
    accept ``REFERRAL`` (and take no ``sub_item_id``).
    """

    CATEGORY = "category"
    ITEM_TYPE = "item_type"
    REFERRAL = "referral"


WholeRange = Literal["total"]
"""The single period key of ``Granularity.TOTAL`` results."""

Period = Union[datetime.date, "YearMonth", int, WholeRange]
"""Any period key: a day, a month, a year (``int``) or ``"total"``."""

_MONTH_KEY = re.compile(r"(\d{4})-(\d{2})")
_YEAR_KEY = re.compile(r"\d{4}")
_DAY_KEY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month, the period key of monthly timelines and breakdowns (``"2014-03"``)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, got {self.month}")

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> datetime.date:
        """The first day of the month."""
        return datetime.date(self.year, self.month, 1)


class PeriodKeyError(ValueError):
    """A period key in a response does not match the requested granularity."""


def parse_period(key: str, granularity: Granularity) -> Period:
    """Turn a response key (``"2014-03-01"``, ``"2014-03"``, ``"2014"``, ``"total"``) into a typed period."""
    try:
        if granularity is Granularity.DAY and _DAY_KEY.fullmatch(key):
            return datetime.date.fromisoformat(key)
        if granularity is Granularity.MONTH and (match := _MONTH_KEY.fullmatch(key)):
            return YearMonth(int(match[1]), int(match[2]))
        if granularity is Granularity.YEAR and _YEAR_KEY.fullmatch(key):
            return int(key)
    except ValueError as error:
        raise PeriodKeyError(f"{key!r} is not a valid {granularity.value} key: {error}") from None
    if granularity is Granularity.TOTAL and key == "total":
        return "total"
    raise PeriodKeyError(f"{key!r} is not a {granularity.value} key")


K = TypeVar("K", covariant=True)


@dataclass(frozen=True)
class Per(Generic[K]):
    """A granularity that carries its period key type, for type checkers.

    ``DAY: Per[date]`` makes ``stats.timeline(DAY, ...)`` a ``Timeline[date]``; ``Granularity`` members and
    plain strings (``"day"``) are accepted too and give the broad type (any timeline).

    Args:
        granularity: the ``Granularity`` member.
    """

    granularity: Granularity

    def __str__(self) -> str:
        return self.granularity.value


DAY: Per[datetime.date] = Per(Granularity.DAY)
"""Daily buckets, keyed by ``datetime.date``."""
MONTH: Per[YearMonth] = Per(Granularity.MONTH)
"""Monthly buckets, keyed by ``YearMonth``."""
YEAR: Per[int] = Per(Granularity.YEAR)
"""Yearly buckets, keyed by the year (``int``)."""
TOTAL: Per[WholeRange] = Per(Granularity.TOTAL)
"""One bucket for the whole range, keyed ``"total"``."""
