"""Every error shape: Figshare's `{message, code, data}`, bad JSON, HTML, empty and wrong bodies, network."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from figshare._http import HTTPCore
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.errors import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    BotChallengeError,
    FigshareError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
)
from figshare.stats import Stats, StatsArgumentError
from tests.stats.stats_corpus_server import PASSWORD, USERNAME, StatsCorpus

CREDENTIALS = (USERNAME, PASSWORD)


def stats_answering(*responses: httpx.Response, **settings: object) -> tuple[Stats, list[httpx.Request]]:
    """A `Stats` whose service answers with `responses` in turn (the last one repeats)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return responses[min(len(sent), len(responses)) - 1]

    client = httpx.Client(transport=httpx.MockTransport(handler))
    options: dict[str, object] = {"rate_limit": RateLimiter(None), "retry": RetryPolicy(max_retries=0)}
    return Stats(http_client=client, **{**options, **settings}), sent  # type: ignore[arg-type]


def corpus_body(corpus_dir: Path, name: str) -> bytes:
    return (corpus_dir / "stats" / f"{name}.json").read_bytes()


# --- Figshare's error bodies --------------------------------------------------------------------------------


@pytest.mark.corpus
def test_invalid_params_is_a_bad_request_with_figshares_details(corpus_dir: Path) -> None:
    body = corpus_body(corpus_dir, "figshare-user_documentation__total_hugs_article_215")
    stats, _ = stats_answering(httpx.Response(400, content=body, headers={"Content-Type": "application/json"}))
    with pytest.raises(BadRequestError) as caught:
        stats.total("views", "article", 215)
    error = caught.value
    assert (error.status_code, error.code) == (400, "InvalidParams")
    assert error.message == "Invalid or unsupported params: counter"
    assert error.data == {"extra": "Counter type not supported: hugs", "invalid_params": "counter"}
    assert error.url == "https://stats.figshare.com/total/views/article/215"


@pytest.mark.corpus
def test_missing_params_is_a_bad_request_with_figshares_details(corpus_dir: Path) -> None:
    body = corpus_body(corpus_dir, "figshare-user_documentation__lboro_timeline_month_views_group_1")
    stats, _ = stats_answering(
        httpx.Response(400, content=body, headers={"Content-Type": "application/json"}),
        institution="lboro",
        credentials=CREDENTIALS,
    )
    with pytest.raises(BadRequestError) as caught:
        stats.timeline("month", "views", "group", 1)
    assert caught.value.code == "MissingParams"
    assert caught.value.data["missing_params"] == "sub_item_id"
    assert "Missing required params: sub_item_id" in str(caught.value)


@pytest.mark.corpus
def test_the_client_refuses_what_figshare_would_answer_with_missing_or_invalid_params(
    make_stats: Callable[..., Stats], stats_corpus: StatsCorpus
) -> None:
    stats = make_stats(institution="lboro", credentials=CREDENTIALS)
    with pytest.raises(StatsArgumentError, match="needs a sub_item_id"):
        stats.timeline(
            "month", "views", "group", 1, start_date="2014-01-01", end_date="2015-02-03", sub_item="category"
        )
    with pytest.raises(StatsArgumentError, match="counter must be one of"):
        make_stats().total("hugs", "article", 215)
    assert stats_corpus.requests == []


@pytest.mark.corpus
def test_forbidden_is_permission_denied_and_never_shows_the_credentials(
    make_stats: Callable[..., Stats], corpus_dir: Path
) -> None:
    body = corpus_body(corpus_dir, "figshare-user_documentation__melbourne_breakdown_month_views_group_234")
    stats, sent = stats_answering(
        httpx.Response(403, content=body, headers={"Content-Type": "application/json"}),
        institution="melbourne",
        credentials=("wrong-user", PASSWORD),
    )
    with pytest.raises(PermissionDeniedError) as caught:
        stats.breakdown("month", "views", "group", 234)
    error = caught.value
    assert (error.status_code, error.code, error.data, error.message) == (
        403,
        "Forbidden",
        None,
        "Unauthorized request",
    )
    basic = sent[0].headers["Authorization"].split()[1]
    for text in (str(error), repr(error), error.body_excerpt, str(error.headers)):
        assert PASSWORD not in text
        assert basic not in text


# --- bodies that are not what they must be ------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "call"),
    [
        (
            "figshare-user-documentation-html__timeline_day_downloads_article_766364",
            lambda stats: stats.timeline("day", "downloads", "article", 766364),
        ),
        ("figshare-user_documentation__top_views_article", lambda stats: stats.top("views", "article")),
    ],
)
def test_figshares_invalid_json_examples_give_a_parse_error(
    corpus_dir: Path, name: str, call: Callable[[Stats], object]
) -> None:
    body = corpus_body(corpus_dir, name)
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    stats, _ = stats_answering(httpx.Response(200, content=body, headers={"Content-Type": "application/json"}))
    with pytest.raises(ResponseParseError) as caught:
        call(stats)
    error = caught.value
    assert "malformed JSON" in error.message
    assert error.status_code == 200
    assert error.url is not None and error.url.startswith("https://stats.figshare.com/")
    assert error.body_excerpt.startswith("{")


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        (httpx.Response(200, content=b""), "empty body"),
        (httpx.Response(200, content=b"<html><body>Maintenance</body></html>"), "got HTML"),
        (
            httpx.Response(200, json={"timeline": {"2015-07-01": 7}}),
            "unexpected Stats response: expected a 'totals'",
        ),
        (httpx.Response(200, json={"totals": "many"}), "totals must be a non-negative integer count"),
        (httpx.Response(200, json=[1, 2]), "body must be a JSON object, got an array"),
    ],
)
def test_bodies_that_are_not_the_documented_json(response: httpx.Response, problem: str) -> None:
    stats, _ = stats_answering(response)
    with pytest.raises(ResponseParseError) as caught:
        stats.total("views", "article", 1)
    assert problem in caught.value.message
    assert isinstance(caught.value, FigshareError)


def test_a_breakdown_period_of_the_wrong_granularity_is_a_parse_error() -> None:
    body = {"breakdown": {"2015-02": {"France": {"Paris": 1, "total": 1}}}}
    stats, _ = stats_answering(httpx.Response(200, json=body))
    with pytest.raises(ResponseParseError, match="is not a day key"):
        stats.breakdown("day", "views", "article", 1)


# --- statuses without Figshare's JSON -----------------------------------------------------------------------


def test_an_html_404_for_an_unknown_endpoint() -> None:
    page = b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    stats, _ = stats_answering(httpx.Response(404, content=page, headers={"Content-Type": "text/html"}))
    with pytest.raises(NotFoundError) as caught:
        stats.total("views", "article", 1)
    assert caught.value.message.startswith("HTML page")
    assert caught.value.code is None


def test_server_errors_are_retried_then_raised() -> None:
    sleeps: list[float] = []
    answers = iter([httpx.Response(503), httpx.Response(502), httpx.Response(500, text="boom")])
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return next(answers)

    core = HTTPCore(
        httpx.Client(transport=httpx.MockTransport(handler)),
        retry=RetryPolicy(max_retries=2, random=lambda: 0.5),
        sleep=sleeps.append,
    )
    with pytest.raises(InternalServerError) as caught:
        Stats(core=core).total("views", "article", 1)
    assert caught.value.status_code == 500
    assert len(sent) == 3
    assert len(sleeps) == 2


def test_a_retry_recovers_and_post_count_articles_is_retried_too() -> None:
    sleeps: list[float] = []
    answers = iter([httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json={"7": 1})])
    core = HTTPCore(
        httpx.Client(transport=httpx.MockTransport(lambda request: next(answers))),
        retry=RetryPolicy(max_retries=1),
        sleep=sleeps.append,
    )
    assert Stats(core=core).count_articles([7]) == {7: 1}
    assert sleeps == [2.0]


def test_rate_limit_error_after_retries() -> None:
    stats, _ = stats_answering(httpx.Response(429, json={"message": "slow down", "code": "TooManyRequests"}))
    with pytest.raises(RateLimitError) as caught:
        stats.total("views", "article", 1)
    assert caught.value.code == "TooManyRequests"


def test_a_firewall_challenge_is_a_bot_challenge_error() -> None:
    stats, _ = stats_answering(httpx.Response(202, content=b"", headers={"x-amzn-waf-action": "challenge"}))
    with pytest.raises(BotChallengeError):
        stats.total("views", "article", 1)


def test_a_network_failure_is_a_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    stats = Stats(
        http_client=httpx.Client(transport=httpx.MockTransport(refuse)),
        rate_limit=RateLimiter(None),
        retry=RetryPolicy(max_retries=0),
    )
    with pytest.raises(APIConnectionError) as caught:
        stats.total("views", "article", 1)
    assert caught.value.url == "https://stats.figshare.com/total/views/article/1"


def test_every_status_error_is_an_api_status_error() -> None:
    stats, _ = stats_answering(httpx.Response(418, json={"message": "teapot", "code": "Teapot", "data": {"a": 1}}))
    with pytest.raises(APIStatusError) as caught:
        stats.total("views", "article", 1)
    assert (caught.value.status_code, caught.value.code, caught.value.data) == (418, "Teapot", {"a": 1})
