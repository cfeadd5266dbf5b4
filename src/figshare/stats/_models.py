"""Typed results of the Stats API: timelines, geographic breakdowns and rankings."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from types import MappingProxyType
from typing import Generic, TypeVar, overload

from figshare.stats._types import Granularity, Period, SubItem

K = TypeVar("K")
V = TypeVar("V")


class _PerPeriod(Mapping[K, V]):
    """A read-only mapping of periods (oldest first) to ``V``, with the granularity that made them."""

    __slots__ = ("_periods", "granularity")

    def __init__(self, granularity: Granularity, periods: Mapping[K, V]) -> None:
        self.granularity = granularity
        self._periods = MappingProxyType(periods)

    def __getitem__(self, period: K) -> V:
        return self._periods[period]

    def __iter__(self) -> Iterator[K]:
        return iter(self._periods)

    def __len__(self) -> int:
        return len(self._periods)


class Timeline(_PerPeriod[K, int]):
    """Event counts per period (``datetime.date``, ``YearMonth``, year ``int`` or ``"total"``), oldest first.

    A read-only mapping: ``timeline[datetime.date(2015, 7, 1)]``, ``for day, count in timeline.items()``.
    """

    __slots__ = ()

    def __init__(self, granularity: Granularity, counts: Iterable[tuple[K, int]]) -> None:
        super().__init__(granularity, dict(counts))

    @property
    def total(self) -> int:
        """The sum of all periods."""
        return sum(self._periods.values())

    def __repr__(self) -> str:
        return f"Timeline(granularity={self.granularity.value!r}, counts={dict(self._periods)!r})"


@dataclass(frozen=True)
class CountryCounts:
    """Events from one country: Figshare's ``total`` for the country, and the cities it listed.

    ``total`` is Figshare's own figure; it can be larger than the sum of ``cities`` because Figshare lists
    only the leading cities. Cities are ordered by count (largest first), then name.
    """

    country: str
    total: int
    cities: Mapping[str, int]


class Breakdown(_PerPeriod[K, Mapping[str, CountryCounts]]):
    """Events per period and country (countries ordered by total, largest first), periods oldest first.

    ``breakdown[YearMonth(2015, 2)]["France"].cities["Paris"]``; ``breakdown.by_country()`` sums all periods.
    """

    __slots__ = ()

    def __init__(self, granularity: Granularity, periods: Iterable[tuple[K, Iterable[CountryCounts]]]) -> None:
        super().__init__(granularity, {period: _by_total(countries) for period, countries in periods})

    @property
    def total(self) -> int:
        """The sum of every country's ``total`` over all periods."""
        return sum(country.total for countries in self._periods.values() for country in countries.values())

    def by_country(self) -> Mapping[str, CountryCounts]:
        """Every country's totals and cities summed over all periods, largest total first."""
        return _by_total(sum_countries(c for countries in self._periods.values() for c in countries.values()))

    def __repr__(self) -> str:
        periods = {period: dict(countries) for period, countries in self._periods.items()}
        return f"Breakdown(granularity={self.granularity.value!r}, periods={periods!r})"


def merge_breakdowns(granularity: Granularity, parts: Iterable[Breakdown[Period]]) -> Breakdown[Period]:
    """One breakdown from several (the windows of a split range): a period in more than one is added up."""
    merged: dict[Period, list[CountryCounts]] = {}
    for part in parts:
        for period, countries in part.items():
            merged.setdefault(period, []).extend(countries.values())
    ordered = sorted(merged.items(), key=itemgetter(0))
    return Breakdown(granularity, [(period, sum_countries(countries)) for period, countries in ordered])


def sum_countries(countries: Iterable[CountryCounts]) -> list[CountryCounts]:
    """Add up the totals and cities of entries for the same country (used to merge periods or windows)."""
    totals: collections.Counter[str] = collections.Counter()
    cities: collections.defaultdict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for entry in countries:
        totals[entry.country] += entry.total
        cities[entry.country].update(entry.cities)
    return [country_counts(name, total, cities[name].items()) for name, total in totals.items()]


def country_counts(country: str, total: int, cities: Iterable[tuple[str, int]]) -> CountryCounts:
    """A ``CountryCounts`` with its cities in display order (largest count first, then name)."""
    ordered = sorted(cities, key=itemgetter(0))
    ordered.sort(key=itemgetter(1), reverse=True)  # stable: equal counts stay in name order
    return CountryCounts(country=country, total=total, cities=MappingProxyType(dict(ordered)))


def _by_total(countries: Iterable[CountryCounts]) -> Mapping[str, CountryCounts]:
    ordered = sorted(countries, key=lambda entry: (-entry.total, entry.country))
    return MappingProxyType({entry.country: entry for entry in ordered})


@dataclass(frozen=True)
class RankedCount(Generic[K]):
    """One place in a ranking: ``id`` is an item or category id (``int``), an item type or a referrer."""

    rank: int
    id: K
    count: int


class Ranking(Sequence[RankedCount[K]]):
    """A ranking from the ``top`` endpoints, highest count first (ties keep Figshare's order).

    ``sub_item`` says what is ranked: ``None`` for the items themselves, else categories, item types or
    referrers.
    """

    __slots__ = ("_entries", "sub_item")

    def __init__(self, sub_item: SubItem | None, counts: Iterable[tuple[K, int]]) -> None:
        self.sub_item = sub_item
        ordered = sorted(counts, key=lambda pair: -pair[1])
        self._entries = tuple(RankedCount(rank, key, count) for rank, (key, count) in enumerate(ordered, 1))

    @overload
    def __getitem__(self, index: int) -> RankedCount[K]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[RankedCount[K]]: ...

    def __getitem__(self, index: int | slice) -> RankedCount[K] | Sequence[RankedCount[K]]:
        return self._entries[index]

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        what = self.sub_item.value if self.sub_item else "items"
        pairs = [(entry.id, entry.count) for entry in self._entries]
        return f"Ranking(of={what!r}, entries={pairs!r})"
