"""`AsyncStats` against the corpus: every family, both scopes, credentials and errors, as for `Stats`."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from figshare._http import AsyncHTTPCore
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.errors import BadRequestError, PermissionDeniedError, ResponseParseError
from figshare.stats import AsyncStats, MissingCredentialsError, StatsArgumentError, SubItem, YearMonth
from tests.stats.stats_corpus_server import PASSWORD, USERNAME, StatsCorpus

pytestmark = pytest.mark.corpus

D = datetime.date
CREDENTIALS = (USERNAME, PASSWORD)
BASIC = httpx.BasicAuth(USERNAME, PASSWORD)._auth_header


async def test_every_family_unaffiliated(
    make_async_stats: Callable[..., AsyncStats], stats_corpus: StatsCorpus
) -> None:
    stats_corpus.prefer("figshare-user-documentation-html__top_views_article")
    async with make_async_stats() as stats:
        assert await stats.total("views", "article", 23) == 231
        timeline = await stats.timeline("day", "downloads", "article", 23)
        breakdown = await stats.breakdown(
            "day", "shares", "article", 23, start_date="2014-03-08", end_date="2014-05-21"
        )
        ranking = await stats.top("views", "article")
        referrals = await stats.top("views", "project", item_id=13, count=2, sub_item=SubItem.REFERRAL)
        counts = await stats.count_articles([327, 328, 329])
    assert next(iter(timeline.items())) == (D(2015, 7, 1), 7)
    assert breakdown.by_country()["China"].total == 10
    assert ranking[0].id == 2064072
    assert referrals[1].id == "www.figshare.com"
    assert counts == {327: 20, 328: 1, 329: 1}
    assert json.loads(stats_corpus.requests[-1].content) == {"groups": [{"id": 327}, {"id": 328}, {"id": 329}]}
    assert all("Authorization" not in request.headers for request in stats_corpus.requests)


async def test_every_family_institutional(
    make_async_stats: Callable[..., AsyncStats], stats_corpus: StatsCorpus
) -> None:
    async with make_async_stats(institution="monash", credentials=CREDENTIALS) as stats:
        assert await stats.total("downloads", "group", 10) == 5
        timeline = await stats.timeline(
            "month",
            "shares",
            "group",
            10,
            start_date="2014-01-03",
            end_date="2014-05-12",
            sub_item="category",
            sub_item_id=2,
        )
        breakdown = await stats.breakdown(
            "year", "views", "project", 1345, start_date="2013-01-01", end_date="2015-01-01"
        )
        ranking = await stats.top(
            "views",
            "group",
            item_id=2,
            sub_item="category",
            count=3,
            start_date="2014-01-01",
            end_date="2014-12-31",
        )
    assert timeline[YearMonth(2014, 2)] == 5
    assert breakdown[2013]["Spain"].total == 8
    assert [entry.id for entry in ranking] == [2, 7, 3]
    assert [request.headers.get("Authorization") for request in stats_corpus.requests] == [
        None,
        BASIC,
        BASIC,
        BASIC,
    ]


async def test_for_institution_shares_the_core(
    make_async_stats: Callable[..., AsyncStats], stats_corpus: StatsCorpus
) -> None:
    stats = make_async_stats()
    lboro = stats.for_institution("lboro", credentials=CREDENTIALS)
    timeline = await lboro.timeline("total", "views", "collection", 15, start_date="2014-01-02", end_date="2014-03-05")
    assert timeline.total == 10
    assert stats_corpus.requests[0].headers["Authorization"] == BASIC
    await stats.aclose()


async def test_missing_credentials_fail_before_any_request(
    make_async_stats: Callable[..., AsyncStats], stats_corpus: StatsCorpus
) -> None:
    stats = make_async_stats(institution="melbourne")
    with pytest.raises(MissingCredentialsError):
        await stats.breakdown("month", "views", "group", 234)
    with pytest.raises(StatsArgumentError, match="needs a sub_item_id"):
        await stats.timeline("month", "views", "group", 1, sub_item="category")
    assert stats_corpus.requests == []


async def test_error_bodies_map_onto_the_hierarchy(corpus_dir: Path) -> None:
    bodies = {
        "/melbourne/breakdown/month/views/group/234": (
            403,
            "figshare-user_documentation__melbourne_breakdown_month_views_group_234",
        ),
        "/melbourne/total/views/article/215": (400, "figshare-user_documentation__total_hugs_article_215"),
        "/melbourne/timeline/day/downloads/article/766364": (
            200,
            "figshare-user-documentation-html__timeline_day_downloads_article_766364",
        ),
    }

    async def handler(request: httpx.Request) -> httpx.Response:
        status, name = bodies[request.url.path]
        return httpx.Response(status, content=(corpus_dir / "stats" / f"{name}.json").read_bytes())

    core = AsyncHTTPCore(
        httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        retry=RetryPolicy(max_retries=0),
        rate_limiter=RateLimiter(None),
    )
    stats = AsyncStats(core=core, institution="melbourne", credentials=CREDENTIALS)
    with pytest.raises(PermissionDeniedError) as forbidden:
        await stats.breakdown("month", "views", "group", 234)
    assert forbidden.value.code == "Forbidden"
    with pytest.raises(BadRequestError) as invalid:
        await stats.total("views", "article", 215)
    assert invalid.value.code == "InvalidParams"
    with pytest.raises(ResponseParseError, match="malformed JSON"):
        await stats.timeline("day", "downloads", "article", 766364)
    await core.http_client.aclose()


async def test_async_retries_use_the_injected_sleep() -> None:
    slept: list[float] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json={"totals": 4})])

    async def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    core = AsyncHTTPCore(
        httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        retry=RetryPolicy(max_retries=1, random=lambda: 0.5),
        sleep=sleep,
    )
    assert await AsyncStats(core=core).total("views", "article", 1) == 4
    assert len(slept) == 1
