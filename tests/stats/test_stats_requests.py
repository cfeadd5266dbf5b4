"""Building Stats requests: paths for both scopes, query parameters, and the rules checked before sending."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from figshare.errors import FigshareError
from figshare.stats import _requests as build
from figshare.stats._types import Counter, Granularity, Item, StatsArgumentError, SubItem

D = datetime.date
TODAY = D(2026, 7, 15)
NO_FILTER: dict[str, Any] = {"start_date": None, "end_date": None, "sub_item": None, "sub_item_id": None}


def timeline_request(*args: Any, **kwargs: Any) -> build.StatsRequest:
    (request,) = build.series("timeline", *args, **kwargs)
    return request


def test_totals_paths_for_both_scopes() -> None:
    assert build.totals(None, Counter.VIEWS, Item.ARTICLE, 23).path == "/total/views/article/23"
    request = build.totals("monash", "downloads", "group", 10)
    assert (request.method, request.path, request.needs_credentials) == (
        "GET",
        "/monash/total/downloads/group/10",
        False,
    )


def test_timeline_path_parameters_and_credentials() -> None:
    request = timeline_request(
        "monash",
        Granularity.MONTH,
        "shares",
        Item.GROUP,
        10,
        start_date="2014-01-03",
        end_date=D(2014, 5, 12),
        sub_item="category",
        sub_item_id=2,
    )
    assert request.path == "/monash/timeline/month/shares/group/10"
    assert request.params == {
        "start_date": "2014-01-03",
        "end_date": "2014-05-12",
        "sub_item": "category",
        "sub_item_id": "2",
    }
    assert request.needs_credentials
    assert not timeline_request(None, "day", "views", "article", 23, **NO_FILTER).needs_credentials


def test_a_datetime_counts_by_its_date() -> None:
    request = timeline_request(
        None,
        "day",
        "views",
        "article",
        1,
        **{**NO_FILTER, "start_date": datetime.datetime(2014, 1, 3, 23, 59)},
    )
    assert request.params == {"start_date": "2014-01-03"}


def test_top_parameters() -> None:
    request = build.top(
        "monash",
        Counter.VIEWS,
        Item.GROUP,
        item_id=2,
        sub_item=SubItem.CATEGORY,
        count=3,
        start_date="2014-01-01",
        end_date="2014-12-31",
    )
    assert request.path == "/monash/top/views/group"
    assert request.params == {
        "item_id": "2",
        "sub_item": "category",
        "count": "3",
        "start_date": "2014-01-01",
        "end_date": "2014-12-31",
    }
    plain = build.top(None, "views", "article", item_id=None, sub_item=None, count=None, start_date=None, end_date=None)
    assert (plain.path, dict(plain.params), plain.needs_credentials) == ("/top/views/article", {}, False)


def test_count_articles_body() -> None:
    request = build.count_articles([327, 328, 327, 329])
    assert (request.method, request.path) == ("POST", "/count/articles")
    assert request.json == {"groups": [{"id": 327}, {"id": 328}, {"id": 329}]}


def test_breakdown_within_limits_is_one_request() -> None:
    requests = build.series(
        "breakdown",
        "lboro",
        "total",
        "downloads",
        "group",
        17,
        start_date="2015-02-11",
        end_date="2015-05-17",
        sub_item="item_type",
        sub_item_id="fileset",
        today=TODAY,
    )
    assert [(r.path, dict(r.params)) for r in requests] == [
        (
            "/lboro/breakdown/total/downloads/group/17",
            {
                "start_date": "2015-02-11",
                "end_date": "2015-05-17",
                "sub_item": "item_type",
                "sub_item_id": "fileset",
            },
        )
    ]


def test_long_breakdown_is_split_into_allowed_windows() -> None:
    requests = build.series(
        "breakdown",
        None,
        "month",
        "views",
        "article",
        1,
        **{**NO_FILTER, "start_date": "2010-01-01", "end_date": "2014-06-30"},
        today=TODAY,
    )
    assert [(r.params["start_date"], r.params["end_date"]) for r in requests] == [
        ("2010-01-01", "2011-12-31"),
        ("2012-01-01", "2013-12-31"),
        ("2014-01-01", "2014-06-30"),
    ]


def test_breakdown_start_without_end_runs_to_today() -> None:
    requests = build.series(
        "breakdown", None, "day", "views", "article", 1, **{**NO_FILTER, "start_date": "2025-01-01"}, today=TODAY
    )
    assert [(r.params["start_date"], r.params["end_date"]) for r in requests] == [
        ("2025-01-01", "2025-12-31"),
        ("2026-01-01", "2026-07-15"),
    ]


def test_breakdown_without_dates_leaves_figshares_default() -> None:
    requests = build.series("breakdown", None, "day", "views", "article", 1, **NO_FILTER, today=TODAY)
    assert [dict(r.params) for r in requests] == [{}]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: build.totals(None, "hugs", "article", 215),
            "counter must be one of 'views', 'downloads', 'shares', got 'hugs'",
        ),
        (lambda: build.totals(None, "views", "file", 1), "item must be one of 'article', 'author'"),
        (lambda: build.totals(None, "views", "article", 0), "item_id must be a positive integer id, got 0"),
        (
            lambda: build.totals(None, "views", "article", "23"),
            "item_id must be a positive integer id, got '23'",
        ),
        (lambda: build.totals(None, "views", "article", True), "item_id must be a positive integer id"),
        (
            lambda: build.totals("../admin", "views", "article", 1),
            "institution must be the portal short name",
        ),
        (lambda: build.totals("", "views", "article", 1), "institution must be the portal short name"),
        (
            lambda: timeline_request(None, "week", "views", "article", 1, **NO_FILTER),
            "granularity must be one of",
        ),
        (
            lambda: timeline_request(
                None,
                "day",
                "views",
                "article",
                1,
                **{**NO_FILTER, "start_date": "2015-02-01", "end_date": "2015-01-01"},
            ),
            "start_date 2015-02-01 is after end_date 2015-01-01",
        ),
        (
            lambda: timeline_request(None, "day", "views", "article", 1, **{**NO_FILTER, "start_date": "01/02/2015"}),
            "start_date must be a datetime.date or 'YYYY-MM-DD'",
        ),
        (
            lambda: timeline_request(None, "day", "views", "article", 1, **{**NO_FILTER, "end_date": 20150101}),
            "end_date must be",
        ),
        (
            lambda: timeline_request(None, "month", "views", "group", 1, **{**NO_FILTER, "sub_item": "category"}),
            "sub_item 'category' needs a sub_item_id",
        ),
        (
            lambda: timeline_request(None, "month", "views", "group", 1, **{**NO_FILTER, "sub_item_id": 2}),
            "sub_item_id needs sub_item",
        ),
        (
            lambda: timeline_request(
                None,
                "month",
                "views",
                "group",
                1,
                **{**NO_FILTER, "sub_item": "referral", "sub_item_id": "x"},
            ),
            "sub_item 'referral' is only valid for rankings",
        ),
        (
            lambda: timeline_request(
                None, "month", "views", "group", 1, **{**NO_FILTER, "sub_item": "colour", "sub_item_id": 1}
            ),
            "sub_item must be one of",
        ),
        (
            lambda: timeline_request(
                None,
                "month",
                "views",
                "group",
                1,
                **{**NO_FILTER, "sub_item": "category", "sub_item_id": "maths"},
            ),
            "sub_item_id (a category id) must be a positive integer id",
        ),
        (
            lambda: timeline_request(
                None, "month", "views", "group", 1, **{**NO_FILTER, "sub_item": "item_type", "sub_item_id": 3}
            ),
            "sub_item_id must be an item type name",
        ),
        (
            lambda: build.series(
                "breakdown", None, "day", "views", "group", 1, **{**NO_FILTER, "sub_item": "item_type"}, today=TODAY
            ),
            "needs a sub_item_id",
        ),
        (
            lambda: build.top(
                None, "views", "article", item_id=None, sub_item=None, count=0, start_date=None, end_date=None
            ),
            "count must be a positive integer",
        ),
        (
            lambda: build.top(
                None,
                "views",
                "article",
                item_id=-1,
                sub_item=None,
                count=None,
                start_date=None,
                end_date=None,
            ),
            "item_id must be a positive",
        ),
        (
            lambda: build.top(
                None,
                "views",
                "article",
                item_id=1,
                sub_item="city",
                count=None,
                start_date=None,
                end_date=None,
            ),
            "sub_item must be one of",
        ),
        (lambda: build.count_articles([]), "at least one group"),
        (lambda: build.count_articles("327"), "not a string"),
        (lambda: build.count_articles([327, "328"]), "group id must be a positive integer id, got '328'"),
    ],
)
def test_invalid_arguments_are_refused_before_sending(call: Any, message: str) -> None:
    with pytest.raises(StatsArgumentError) as caught:
        call()
    assert message in str(caught.value)
    assert isinstance(caught.value, FigshareError)
    assert isinstance(caught.value, ValueError)
