"""Turn decoded Stats JSON into typed results, rejecting anything that is not the documented shape."""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TypeVar, cast

from figshare.stats._models import Breakdown, CountryCounts, Ranking, Timeline, country_counts
from figshare.stats._types import Granularity, Period, PeriodKeyError, SubItem, parse_period

K = TypeVar("K")


class UnexpectedShapeError(ValueError):
    """A decoded body is valid JSON but not the shape the endpoint documents."""


def parse_totals(body: object) -> int:
    """``{"totals": 231}`` -> ``231``."""
    return _count(_field(body, "totals"), "totals")


def parse_timeline(body: object, granularity: Granularity) -> Timeline[Period]:
    """``{"timeline": {"2015-07-01": 7, ...}}`` -> a ``Timeline`` in date order."""
    counts = _object_or_empty(_field(body, "timeline"), "timeline")
    pairs = [
        (_period(key, granularity, f"timeline[{key!r}]"), _count(value, f"timeline[{key!r}]"))
        for key, value in counts.items()
    ]
    return Timeline(granularity, sorted(pairs, key=itemgetter(0)))


def parse_breakdown(body: object, granularity: Granularity) -> Breakdown[Period]:
    """``{"breakdown": {period: {country: {city: n, "total": n}}}}`` -> a ``Breakdown`` in date order."""
    periods = _object_or_empty(_field(body, "breakdown"), "breakdown")
    parsed = []
    for key, countries in periods.items():
        where = f"breakdown[{key!r}]"
        entries = [_country(name, cities, f"{where}[{name!r}]") for name, cities in _object(countries, where).items()]
        parsed.append((_period(key, granularity, where), entries))
    return Breakdown(granularity, sorted(parsed, key=itemgetter(0)))


def parse_ranking(body: object, sub_item: SubItem | None) -> Ranking[int] | Ranking[str]:
    """A ``top`` body, wrapped (``{"top": {id: n}}``) or bare (``{id: n}``) -> a ``Ranking``.

    Items and categories are ranked by numeric id (``int``); item types and referrers by name (``str``).
    """
    counts = _object(body, "body")
    if set(counts) == {"top"} and (isinstance(counts["top"], Mapping) or counts["top"] is None):
        counts = _object_or_empty(counts["top"], "top")
    if sub_item in (SubItem.ITEM_TYPE, SubItem.REFERRAL):
        return Ranking(sub_item, _keyed_counts(counts, str))
    return Ranking(sub_item, _keyed_counts(counts, _numeric_id))


def parse_article_counts(body: object) -> dict[int, int]:
    """``{"327": 20, "328": 1}`` (``POST /count/articles``) -> ``{327: 20, 328: 1}``."""
    return dict(_keyed_counts(_object(body, "body"), _numeric_id))


def _keyed_counts(counts: Mapping[str, object], convert_key: Callable[[str], K]) -> list[tuple[K, int]]:
    pairs = []
    for key, value in counts.items():
        try:
            typed_key = convert_key(key)
        except ValueError as error:
            raise UnexpectedShapeError(f"key {key!r}: {error}") from None
        pairs.append((typed_key, _count(value, repr(key))))
    return pairs


def _numeric_id(key: str) -> int:
    if not key.isascii() or not key.isdigit():
        raise ValueError("expected a numeric id")
    return int(key)


def _country(name: str, cities: object, where: str) -> CountryCounts:
    counts = _object(cities, where)
    if "total" not in counts:
        raise UnexpectedShapeError(f"{where} has no 'total'")
    city_counts = [(city, value) for city, value in counts.items() if city != "total"]
    return country_counts(name, _count(counts["total"], f"{where}['total']"), _checked(city_counts, where))


def _checked(pairs: list[tuple[str, object]], where: str) -> list[tuple[str, int]]:
    """``pairs`` whose values are all counts (checked in one pass; the message is built only on failure)."""
    for key, value in pairs:
        if type(value) is not int or value < 0:
            raise _not_a_count(value, f"{where}[{key!r}]")
    return cast(list[tuple[str, int]], pairs)


def _period(key: str, granularity: Granularity, where: str) -> Period:
    try:
        return parse_period(key, granularity)
    except PeriodKeyError as error:
        raise UnexpectedShapeError(f"{where}: {error}") from None


def _field(body: object, name: str) -> object:
    fields = _object(body, "body")
    if name not in fields:
        raise UnexpectedShapeError(f"expected a {name!r} field, got keys {sorted(fields)[:5]!r}")
    return fields[name]


def _object(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise UnexpectedShapeError(f"{where} must be a JSON object, got {_json_type(value)}")
    return value


def _object_or_empty(value: object, where: str) -> Mapping[str, object]:
    """Figshare answers an empty result for unknown items; ``null`` is read as empty too."""
    return {} if value is None else _object(value, where)


def _count(value: object, where: str) -> int:
    if type(value) is not int or value < 0:
        raise _not_a_count(value, where)
    return value


def _not_a_count(value: object, where: str) -> UnexpectedShapeError:
    return UnexpectedShapeError(f"{where} must be a non-negative integer count, got {reprlib.repr(value)}")


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
