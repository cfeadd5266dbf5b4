"""Decoding Stats bodies into typed results, and rejecting bodies that are not the documented shape."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from figshare.stats._models import CountryCounts
from figshare.stats._parse import (
    UnexpectedShapeError,
    parse_article_counts,
    parse_breakdown,
    parse_ranking,
    parse_timeline,
    parse_totals,
)
from figshare.stats._types import Granularity, SubItem, YearMonth, parse_period

D = datetime.date


def corpus(corpus_dir: Path, name: str) -> Any:
    return json.loads((corpus_dir / "stats" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.corpus
def test_totals(corpus_dir: Path) -> None:
    assert parse_totals(corpus(corpus_dir, "figshare-user_documentation__total_views_article_23")) == 231


@pytest.mark.corpus
def test_daily_timeline_is_in_date_order(corpus_dir: Path) -> None:
    timeline = parse_timeline(
        corpus(corpus_dir, "figshare-user_documentation__timeline_day_downloads_article_23"), Granularity.DAY
    )
    assert list(timeline) == [
        D(2015, 7, 1),
        D(2015, 7, 2),
        D(2015, 7, 9),
        D(2015, 7, 15),
        D(2015, 7, 16),
        D(2015, 7, 18),
    ]
    assert timeline[D(2015, 7, 1)] == 7
    assert timeline.total == 17


@pytest.mark.corpus
def test_yearly_timeline_sorts_figshares_unordered_keys(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user-documentation-html__timeline_year_views_article_766364")
    timeline = parse_timeline(body, Granularity.YEAR)
    assert list(timeline.items()) == [(2013, 967), (2014, 6867), (2015, 14305), (2016, 17026), (2017, 6923)]


@pytest.mark.corpus
def test_monthly_timeline_uses_year_month_keys(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user_documentation__monash_timeline_month_shares_group_10")
    timeline = parse_timeline(body, Granularity.MONTH)
    assert list(timeline) == [YearMonth(2014, month) for month in range(1, 6)]
    assert timeline[YearMonth(2014, 3)] == 18
    assert str(YearMonth(2014, 3)) == "2014-03"
    assert YearMonth(2014, 3).first_day == D(2014, 3, 1)


@pytest.mark.corpus
def test_total_timeline(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user_documentation__lboro_timeline_total_views_collection_15")
    timeline = parse_timeline(body, Granularity.TOTAL)
    assert dict(timeline) == {"total": 10}
    assert timeline.total == 10


@pytest.mark.corpus
def test_breakdown_separates_the_country_total_from_its_cities(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user-documentation-html__breakdown_day_views_article_766364")
    breakdown = parse_breakdown(body, Granularity.DAY)
    assert list(breakdown) == [D(2017, 4, 19), D(2017, 4, 20)]
    us = breakdown[D(2017, 4, 20)]["United States"]
    assert us.total == 7
    assert "total" not in us.cities
    assert list(us.cities.items()) == [
        ("Wilmington", 3),
        ("Fayetteville", 2),
        ("Bellevue", 1),
        ("Everett", 1),
    ]
    # countries are ordered by total, largest first
    assert next(iter(breakdown[D(2017, 4, 20)])) == "United Kingdom"
    assert breakdown.total == 34 + 30


@pytest.mark.corpus
def test_breakdown_total_can_exceed_the_listed_cities(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user-documentation-html__breakdown_year_views_article_766364")
    breakdown = parse_breakdown(body, Granularity.YEAR)
    canada = breakdown[2015]["Canada"]
    assert canada.total == 688
    assert sum(canada.cities.values()) < canada.total


@pytest.mark.corpus
def test_breakdown_by_country_sums_periods(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user_documentation__breakdown_day_shares_article_23")
    breakdown = parse_breakdown(body, Granularity.DAY)
    assert list(breakdown) == [D(2014, 2, 20), D(2014, 3, 8), D(2014, 5, 4)]
    spain = breakdown.by_country()["Spain"]
    assert spain == CountryCounts("Spain", 22, spain.cities)
    assert dict(spain.cities) == {"Seville": 11, "Madrid": 11}
    assert list(breakdown.by_country()) == ["Spain", "China"]


@pytest.mark.corpus
def test_total_breakdown(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user_documentation__lboro_breakdown_total_downloads_group_17")
    breakdown = parse_breakdown(body, Granularity.TOTAL)
    assert list(breakdown) == ["total"]
    assert breakdown["total"]["Brazil"].cities == {"Indaiatuba": 2}


@pytest.mark.corpus
def test_wrapped_ranking_is_sorted_by_count(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user-documentation-html__top_views_article")
    ranking = parse_ranking(body, None)
    assert [(entry.rank, entry.id, entry.count) for entry in ranking[:3]] == [
        (1, 2064072, 65819),
        (2, 1018769, 46370),
        (3, 766364, 46088),
    ]
    assert len(ranking) == 10
    assert [entry.count for entry in ranking] == sorted((entry.count for entry in ranking), reverse=True)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "sub_item", "expected"),
    [
        (
            "figshare-user_documentation__top_shares_author",
            SubItem.ITEM_TYPE,
            [("fileset", 135), ("collection", 120), ("figure", 98)],
        ),
        (
            "figshare-user_documentation__top_views_project",
            SubItem.REFERRAL,
            [("www.google.com", 212), ("www.figshare.com", 175)],
        ),
        (
            "figshare-user_documentation__monash_top_views_group",
            SubItem.CATEGORY,
            [(2, 12351), (7, 11001), (3, 10435)],
        ),
    ],
)
def test_bare_and_wrapped_rankings(
    corpus_dir: Path, name: str, sub_item: SubItem, expected: list[tuple[object, int]]
) -> None:
    ranking = parse_ranking(corpus(corpus_dir, name), sub_item)
    assert [(entry.id, entry.count) for entry in ranking] == expected
    assert ranking.sub_item is sub_item


def test_ranking_ties_keep_figshares_order() -> None:
    ranking = parse_ranking({"top": {"5": 1, "9": 3, "7": 1}}, None)
    assert [(entry.rank, entry.id) for entry in ranking] == [(1, 9), (2, 5), (3, 7)]


@pytest.mark.corpus
def test_article_counts(corpus_dir: Path) -> None:
    body = corpus(corpus_dir, "figshare-user-documentation-html__count_articles")
    assert parse_article_counts(body) == {327: 20, 328: 1, 329: 1}


@pytest.mark.parametrize("body", [{"timeline": {}}, {"timeline": None}])
def test_empty_timeline(body: object) -> None:
    assert len(parse_timeline(body, Granularity.DAY)) == 0


def test_empty_breakdown_and_ranking() -> None:
    assert parse_breakdown({"breakdown": {}}, Granularity.MONTH).total == 0
    assert len(parse_ranking({"top": {}}, None)) == 0
    assert len(parse_ranking({}, SubItem.REFERRAL)) == 0


@pytest.mark.parametrize(
    ("parse", "body", "message"),
    [
        (parse_totals, [], "body must be a JSON object, got an array"),
        (parse_totals, {"total": 3}, "expected a 'totals' field"),
        (parse_totals, {"totals": "3"}, "totals must be a non-negative integer count, got '3'"),
        (parse_totals, {"totals": True}, "non-negative integer"),
        (parse_totals, {"totals": -1}, "non-negative integer"),
        (parse_totals, {"totals": 1.5}, "non-negative integer"),
        (
            lambda b: parse_timeline(b, Granularity.DAY),
            {"timeline": {"2015-07": 1}},
            "'2015-07' is not a day key",
        ),
        (
            lambda b: parse_timeline(b, Granularity.DAY),
            {"timeline": {"2015-02-30": 1}},
            "not a valid day key",
        ),
        (
            lambda b: parse_timeline(b, Granularity.MONTH),
            {"timeline": {"2015-13": 1}},
            "not a valid month key",
        ),
        (lambda b: parse_timeline(b, Granularity.YEAR), {"timeline": {"total": 1}}, "not a year key"),
        (lambda b: parse_timeline(b, Granularity.TOTAL), {"timeline": {"2015": 1}}, "not a total key"),
        (
            lambda b: parse_timeline(b, Granularity.DAY),
            {"timeline": [1, 2]},
            "timeline must be a JSON object",
        ),
        (
            lambda b: parse_breakdown(b, Granularity.YEAR),
            {"breakdown": {"2015": {"Spain": {"Madrid": 1}}}},
            "has no 'total'",
        ),
        (
            lambda b: parse_breakdown(b, Granularity.YEAR),
            {"breakdown": {"2015": {"Spain": 3}}},
            "must be a JSON object, got a number",
        ),
        (
            lambda b: parse_breakdown(b, Granularity.YEAR),
            {"breakdown": {"2015": {"Spain": {"total": None}}}},
            "got None",
        ),
        (lambda b: parse_ranking(b, None), {"top": {"abc": 1}}, "key 'abc': expected a numeric id"),
        (lambda b: parse_ranking(b, None), "<html>", "must be a JSON object, got a string"),
        (parse_article_counts, {"327": "20"}, "'327' must be a non-negative integer count"),
    ],
)
def test_unexpected_shapes_are_explained(parse: Any, body: object, message: str) -> None:
    with pytest.raises(UnexpectedShapeError, match=None) as caught:
        parse(body)
    assert message in str(caught.value)


def test_period_keys() -> None:
    assert parse_period("2014-03-01", Granularity.DAY) == D(2014, 3, 1)
    assert parse_period("2014-03", Granularity.MONTH) == YearMonth(2014, 3)
    assert parse_period("2014", Granularity.YEAR) == 2014
    assert parse_period("total", Granularity.TOTAL) == "total"
    with pytest.raises(ValueError, match=r"month must be 1\.\.12"):
        YearMonth(2014, 0)
