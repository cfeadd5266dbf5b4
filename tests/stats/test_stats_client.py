"""`Stats` against the corpus of real and documented Stats responses, both scopes, every endpoint family."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from figshare.stats import DAY, MONTH, TOTAL, YEAR, Counter, Granularity, Item, Stats, SubItem, YearMonth
from tests.stats.stats_corpus_server import PASSWORD, USERNAME, StatsCorpus

pytestmark = pytest.mark.corpus

D = datetime.date
CREDENTIALS = (USERNAME, PASSWORD)


def authorization(request: httpx.Request) -> str | None:
    return request.headers.get("Authorization")


# --- totals -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counter", "item", "item_id", "expected"),
    [
        (Counter.VIEWS, Item.ARTICLE, 23, 231),
        ("shares", "author", 15, 134),
        ("views", "author", 117523, 481),
    ],
)
def test_unaffiliated_totals(
    make_stats: Callable[..., Stats],
    stats_corpus: StatsCorpus,
    counter: str,
    item: str,
    item_id: int,
    expected: int,
) -> None:
    assert make_stats().total(counter, item, item_id) == expected
    [request] = stats_corpus.requests
    assert request.url.host == "stats.figshare.com"
    assert authorization(request) is None


@pytest.mark.parametrize(
    ("institution", "counter", "item", "item_id", "expected"),
    [
        ("monash", "downloads", "group", 10, 5),
        ("lboro", "views", "collection", 15, 3),
        ("auckland", "views", "article", 2075410, 204),
    ],
)
def test_institutional_totals_need_no_credentials_and_get_none(
    make_stats: Callable[..., Stats],
    stats_corpus: StatsCorpus,
    institution: str,
    counter: str,
    item: str,
    item_id: int,
    expected: int,
) -> None:
    assert make_stats(institution=institution).total(counter, item, item_id) == expected
    assert make_stats(institution=institution, credentials=CREDENTIALS).total(counter, item, item_id) == expected
    assert [authorization(request) for request in stats_corpus.requests] == [None, None]


def test_recorded_total_from_a_notebook(corpus_dir: Path) -> None:
    body = (corpus_dir / "stats" / "figshare-api-scripts__GET_total_views_article.json").read_bytes()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    stats = Stats(http_client=httpx.Client(transport=transport), rate_limit=None)
    assert stats.total("views", "article", 13259588) == 243


# --- timelines ----------------------------------------------------------------------------------------------


def test_unaffiliated_daily_timeline(make_stats: Callable[..., Stats], stats_corpus: StatsCorpus) -> None:
    timeline = make_stats().timeline(Granularity.DAY, Counter.DOWNLOADS, Item.ARTICLE, 23)
    assert list(timeline.items())[:2] == [(D(2015, 7, 1), 7), (D(2015, 7, 2), 3)]
    assert timeline.granularity is Granularity.DAY
    assert authorization(stats_corpus.requests[0]) is None


def test_the_typed_granularity_constants_ask_as_their_strings(
    make_stats: Callable[..., Stats], stats_corpus: StatsCorpus
) -> None:
    assert [str(per) for per in (DAY, MONTH, YEAR, TOTAL)] == ["day", "month", "year", "total"]
    timeline = make_stats().timeline(DAY, Counter.DOWNLOADS, Item.ARTICLE, 23)
    assert timeline == make_stats().timeline("day", "downloads", "article", 23)
    assert timeline.granularity is Granularity.DAY


def test_institutional_yearly_timeline_sends_basic_credentials(
    make_stats: Callable[..., Stats], stats_corpus: StatsCorpus
) -> None:
    stats = make_stats(institution="monash", credentials=CREDENTIALS)
    timeline = stats.timeline("year", "views", "article", 2000000, start_date="2013-01-01", end_date=D(2015, 8, 1))
    assert dict(timeline) == {2013: 16, 2014: 23, 2015: 12}
    [request] = stats_corpus.requests
    assert authorization(request) == httpx.BasicAuth(USERNAME, PASSWORD)._auth_header


def test_institutional_monthly_timeline_filtered_by_category(
    make_stats: Callable[..., Stats],
) -> None:
    stats = make_stats(institution="monash", credentials=CREDENTIALS)
    timeline = stats.timeline(
        "month",
        "shares",
        "group",
        10,
        start_date="2014-01-03",
        end_date="2014-05-12",
        sub_item=SubItem.CATEGORY,
        sub_item_id=2,
    )
    assert timeline[YearMonth(2014, 3)] == 18
    assert timeline.total == 32


def test_institutional_daily_timeline_filtered_by_item_type(make_stats: Callable[..., Stats]) -> None:
    stats = make_stats(institution="monash", credentials=CREDENTIALS)
    timeline = stats.timeline(
        "day",
        "views",
        "group",
        10,
        start_date="2014-03-01",
        end_date="2014-03-04",
        sub_item="item_type",
        sub_item_id="dataset",
    )
    assert list(timeline.values()) == [10, 14, 15, 9]


def test_institutional_total_timeline(make_stats: Callable[..., Stats]) -> None:
    stats = make_stats(institution="lboro", credentials=CREDENTIALS)
    timeline = stats.timeline("total", "views", "collection", 15, start_date="2014-01-02", end_date="2014-03-05")
    assert timeline["total"] == 10


def test_timeline_keys_figshare_sends_out_of_order_come_back_in_order(
    make_stats: Callable[..., Stats],
) -> None:
    timeline = make_stats().timeline("year", "views", "article", 766364)
    assert list(timeline) == [2013, 2014, 2015, 2016, 2017]


# --- breakdowns ---------------------------------------------------------------------------------------------


def test_unaffiliated_daily_breakdown(make_stats: Callable[..., Stats], stats_corpus: StatsCorpus) -> None:
    breakdown = make_stats().breakdown(
        "day", "views", "article", 766364, start_date="2017-04-19", end_date="2017-04-21"
    )
    assert list(breakdown) == [D(2017, 4, 19), D(2017, 4, 20)]
    united_kingdom = breakdown[D(2017, 4, 20)]["United Kingdom"]
    assert united_kingdom.total == 12
    assert "total" not in united_kingdom.cities
    assert united_kingdom.cities["Unknown"] == 2
    assert len(stats_corpus.requests) == 1


def test_unaffiliated_yearly_breakdown_keeps_figshares_total(make_stats: Callable[..., Stats]) -> None:
    breakdown = make_stats().breakdown(
        "year", "views", "article", 766364, start_date="2015-04-19", end_date="2016-04-21"
    )
    assert list(breakdown) == [2015, 2016]
    assert breakdown[2016]["United States"].total == 1730
    assert breakdown.by_country()["Canada"].total == 688 + 277


def test_breakdown_of_shares_by_day(make_stats: Callable[..., Stats]) -> None:
    breakdown = make_stats().breakdown(
        Granularity.DAY, Counter.SHARES, Item.ARTICLE, 23, start_date=D(2014, 3, 8), end_date=D(2014, 5, 21)
    )
    assert breakdown.total == 19 + 3 + 10


@pytest.mark.parametrize(
    ("institution", "call", "check"),
    [
        (
            "monash",
            lambda s: s.breakdown("year", "views", "project", 1345, start_date="2013-01-01", end_date="2015-01-01"),
            lambda b: b[2014]["Brazil"].cities == {"Indaiatuba": 4, "Campinas": 3} and b[2014]["Brazil"].total == 7,
        ),
        (
            "lboro",
            lambda s: s.breakdown(
                "total",
                "downloads",
                "group",
                17,
                start_date="2015-02-11",
                end_date="2015-05-17",
                sub_item="item_type",
                sub_item_id="fileset",
            ),
            lambda b: list(b["total"]) == ["Spain", "China", "United States", "Brazil"],
        ),
        (
            "melbourne",
            lambda s: s.breakdown(
                "month",
                "views",
                "group",
                234,
                start_date="2015-02-11",
                end_date="2015-03-17",
                sub_item="item_type",
                sub_item_id="project",
            ),
            lambda b: list(b) == [YearMonth(2015, 2), YearMonth(2015, 3)] and b.total == 42,
        ),
        (
            "auckland",
            lambda s: s.breakdown("day", "downloads", "article", 2075410),
            lambda b: b.by_country()["New Zealand"].cities == {"Auckland": 2},
        ),
    ],
)
def test_institutional_breakdowns(
    make_stats: Callable[..., Stats],
    stats_corpus: StatsCorpus,
    institution: str,
    call: Callable[[Stats], object],
    check: Callable[[object], bool],
) -> None:
    assert check(call(make_stats(institution=institution, credentials=CREDENTIALS)))
    [request] = stats_corpus.requests
    assert authorization(request) == httpx.BasicAuth(USERNAME, PASSWORD)._auth_header


# --- tops ---------------------------------------------------------------------------------------------------


def test_top_articles_wrapped_and_unsorted(make_stats: Callable[..., Stats], stats_corpus: StatsCorpus) -> None:
    stats_corpus.prefer("figshare-user-documentation-html__top_views_article")
    ranking = make_stats().top("views", "article")
    assert (ranking[0].rank, ranking[0].id, ranking[0].count) == (1, 2064072, 65819)
    assert [entry.rank for entry in ranking] == list(range(1, 11))


def test_institutional_top_categories(make_stats: Callable[..., Stats], stats_corpus: StatsCorpus) -> None:
    stats = make_stats(institution="monash", credentials=CREDENTIALS)
    ranking = stats.top(
        "views",
        "group",
        item_id=2,
        sub_item="category",
        count=3,
        start_date="2014-01-01",
        end_date="2014-12-31",
    )
    assert [(entry.id, entry.count) for entry in ranking] == [(2, 12351), (7, 11001), (3, 10435)]
    assert authorization(stats_corpus.requests[0]) is not None


def test_top_referrals_bare_shape(make_stats: Callable[..., Stats]) -> None:
    ranking = make_stats().top(Counter.VIEWS, Item.PROJECT, item_id=13, count=2, sub_item=SubItem.REFERRAL)
    assert [(entry.id, entry.count) for entry in ranking] == [
        ("www.google.com", 212),
        ("www.figshare.com", 175),
    ]


def test_top_item_types_bare_shape(make_stats: Callable[..., Stats]) -> None:
    ranking = make_stats().top("shares", "author", item_id=13456, count=3, sub_item="item_type")
    assert ranking[0].id == "fileset"
    assert ranking.sub_item is SubItem.ITEM_TYPE


# --- count/articles -----------------------------------------------------------------------------------------


def test_count_articles_posts_the_group_ids(make_stats: Callable[..., Stats], stats_corpus: StatsCorpus) -> None:
    assert make_stats().count_articles([327, 328, 329]) == {327: 20, 328: 1, 329: 1}
    [request] = stats_corpus.requests
    assert (request.method, request.url.path) == ("POST", "/count/articles")
    assert json.loads(request.content) == {"groups": [{"id": 327}, {"id": 328}, {"id": 329}]}
    assert authorization(request) is None


# --- configuration ------------------------------------------------------------------------------------------


def test_base_url_is_configurable_and_may_have_a_path() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"totals": 1})

    stats = Stats(
        base_url="https://proxy.example.org/figshare-stats/",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        rate_limit=None,
    )
    stats.total("views", "article", 1)
    assert str(seen[0]) == "https://proxy.example.org/figshare-stats/total/views/article/1"
    assert str(stats.base_url) == "https://proxy.example.org/figshare-stats"


def test_for_institution_shares_the_connection(make_stats: Callable[..., Stats], stats_corpus: StatsCorpus) -> None:
    stats = make_stats()
    monash = stats.for_institution("monash", credentials=CREDENTIALS)
    assert monash.institution == "monash"
    assert stats.institution is None
    monash.timeline("year", "views", "article", 2000000, start_date="2013-01-01", end_date="2015-08-01")
    assert stats.total("views", "article", 23) == 231
    assert len(stats_corpus.requests) == 2


def test_context_manager_closes_only_its_own_client() -> None:
    own = Stats()
    with own:
        pass
    assert own._owned_client is not None and own._owned_client.is_closed
    injected = httpx.Client()
    with Stats(http_client=injected):
        pass
    assert not injected.is_closed
    injected.close()
