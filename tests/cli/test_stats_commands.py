"""figshare stats: every family against the corpus of real and documented Stats answers."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from figshare import stats as sdk_stats
from figshare.cli import _stats_commands as cli_stats
from figshare.cli._failures import ExitCode
from figshare.cli._services import Services
from tests.cli.cli_fakes import FakeAPI, invoke, make_services
from tests.stats.stats_corpus_server import PASSWORD, USERNAME, StatsCorpus, load_stats_corpus


@pytest.fixture
def corpus(corpus_dir: Path) -> StatsCorpus:
    return StatsCorpus(load_stats_corpus(corpus_dir))


@pytest.fixture
def stats_services(tmp_path: Path, corpus: StatsCorpus) -> Services:
    api = FakeAPI()

    def by_host(request: httpx.Request) -> httpx.Response:
        return corpus.handler(request) if request.url.host == "stats.figshare.com" else api(request)

    return make_services(tmp_path, by_host)


def test_total(stats_services: Services) -> None:
    assert invoke(stats_services, "stats", "total", "views", "article", "23").stdout == "231\n"
    result = invoke(stats_services, "stats", "total", "views", "article", "23", "--json")
    assert json.loads(result.stdout) == {"counter": "views", "item": "article", "id": 23, "total": 231}


def test_timeline(stats_services: Services) -> None:
    result = invoke(stats_services, "stats", "timeline", "day", "downloads", "article", "23", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {
        "granularity": "day",
        "counts": {
            "2015-07-01": 7,
            "2015-07-02": 3,
            "2015-07-09": 1,
            "2015-07-15": 3,
            "2015-07-16": 2,
            "2015-07-18": 1,
        },
        "total": 17,
    }
    table = invoke(stats_services, "stats", "timeline", "day", "downloads", "article", "23").stdout
    assert "2015-07-01" in table
    assert "Total" in table


def test_breakdown(stats_services: Services) -> None:
    result = invoke(
        stats_services,
        "stats",
        "breakdown",
        "day",
        "shares",
        "article",
        "23",
        "--start",
        "2014-03-08",
        "--end",
        "2014-05-21",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["periods"]["2014-03-08"]["Spain"] == {"total": 19, "cities": {"Madrid": 11, "Seville": 8}}
    assert document["total"] == 32
    table = invoke(
        stats_services,
        "stats",
        "breakdown",
        "day",
        "shares",
        "article",
        "23",
        "--start",
        "2014-03-08",
        "--end",
        "2014-05-21",
    ).stdout
    assert "Madrid (11), Seville (8)" in table


def test_top(stats_services: Services, corpus: StatsCorpus) -> None:
    corpus.prefer("figshare-user-documentation-html__top_views_article")
    result = invoke(stats_services, "stats", "top", "views", "article", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0] == {"rank": 1, "id": 2064072, "count": 65819}


def test_top_with_a_broken_answer_is_a_clear_error(stats_services: Services, corpus: StatsCorpus) -> None:
    corpus.prefer("figshare-user_documentation__top_views_article")  # Figshare's own example: invalid JSON
    result = invoke(stats_services, "stats", "top", "views", "article")
    assert result.exit_code == ExitCode.FAILED
    assert "malformed JSON" in result.stderr
    assert "--debug" in result.stderr


def test_count_articles(stats_services: Services) -> None:
    result = invoke(stats_services, "stats", "count-articles", "327", "328", "329", "--json")
    assert json.loads(result.stdout) == {"327": 20, "328": 1, "329": 1}


def test_institution_with_credentials(stats_services: Services, corpus: StatsCorpus) -> None:
    result = invoke(
        stats_services,
        "stats",
        "--institution",
        "monash",
        "--user",
        USERNAME,
        "top",
        "views",
        "group",
        "--item-id",
        "2",
        "--sub-item",
        "category",
        "--count",
        "3",
        "--start",
        "2014-01-01",
        "--end",
        "2014-12-31",
        "--json",
        env={"FIGSHARE_STATS_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.stderr
    assert [entry["id"] for entry in json.loads(result.stdout)] == [2, 7, 3]
    expected = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    assert corpus.requests[-1].headers["Authorization"] == expected


def test_the_password_is_asked_for_when_not_in_the_environment(stats_services: Services, corpus: StatsCorpus) -> None:
    result = invoke(
        stats_services,
        "stats",
        "--institution",
        "monash",
        "--user",
        USERNAME,
        "timeline",
        "month",
        "shares",
        "group",
        "10",
        "--sub-item",
        "category",
        "--sub-item-id",
        "2",
        "--start",
        "2014-01-03",
        "--end",
        "2014-05-12",
        "--json",
        input=PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["total"] == 32
    assert PASSWORD not in result.stdout + result.stderr


def test_institutional_timeline_without_credentials(stats_services: Services, corpus: StatsCorpus) -> None:
    result = invoke(stats_services, "stats", "--institution", "monash", "timeline", "month", "shares", "group", "10")
    assert result.exit_code == ExitCode.AUTH
    assert "FIGSHARE_STATS_PASSWORD" in result.stderr
    assert corpus.requests == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["timeline", "day", "views", "article", "23", "--start", "2020-02-01", "--end", "2020-01-01"],
            "start_date",
        ),
        (["timeline", "day", "views", "article", "23", "--sub-item", "category"], "needs a sub_item_id"),
        (["total", "hugs", "article", "23"], "'hugs' is not one of"),
    ],
)
def test_arguments_are_checked_before_sending(
    stats_services: Services, corpus: StatsCorpus, arguments: list[str], message: str
) -> None:
    result = invoke(stats_services, "stats", *arguments)
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr
    assert corpus.requests == []


@pytest.mark.parametrize(
    ("cli_enum", "sdk_enum"),
    [
        (cli_stats.Counter, sdk_stats.Counter),
        (cli_stats.Item, sdk_stats.Item),
        (cli_stats.Granularity, sdk_stats.Granularity),
        (cli_stats.RankBy, sdk_stats.SubItem),
    ],
)
def test_the_command_offers_exactly_the_sdk_vocabulary(cli_enum: Callable[..., object], sdk_enum: object) -> None:
    assert [member.value for member in cli_enum] == [member.value for member in sdk_enum]  # type: ignore[attr-defined]
