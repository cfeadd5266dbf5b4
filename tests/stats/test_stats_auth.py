"""Institutional credentials: required before sending, sent only where needed, never shown or logged."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from figshare._http import HTTPCore
from figshare._ratelimit import RateLimiter
from figshare._secrets import Secret
from figshare.stats import MissingCredentialsError, Stats, StatsArgumentError, StatsCredentials
from tests.stats.stats_corpus_server import PASSWORD, USERNAME, StatsCorpus

pytestmark = pytest.mark.corpus

CREDENTIALS = (USERNAME, PASSWORD)
BASIC = httpx.BasicAuth(USERNAME, PASSWORD)._auth_header
ENCODED = BASIC.split()[1]


@pytest.mark.parametrize(
    "call",
    [
        lambda stats: stats.timeline("day", "views", "group", 10),
        lambda stats: stats.breakdown("month", "views", "group", 234, start_date="2010-01-01", end_date="2015-01-01"),
        lambda stats: stats.top("views", "article"),
    ],
)
def test_missing_credentials_fail_before_any_request(
    make_stats: Callable[..., Stats], stats_corpus: StatsCorpus, call: Callable[[Stats], object]
) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        call(make_stats(institution="melbourne"))
    assert "institution's Stats credentials" in str(caught.value)
    assert "'melbourne'" in str(caught.value)
    assert stats_corpus.requests == []


def test_unaffiliated_calls_never_need_credentials(make_stats: Callable[..., Stats], stats_corpus: StatsCorpus) -> None:
    stats = make_stats()
    stats.timeline("day", "downloads", "article", 23)
    stats.breakdown("day", "shares", "article", 23, start_date="2014-03-08", end_date="2014-05-21")
    stats.top("views", "project", item_id=13, count=2, sub_item="referral")
    assert [request.headers.get("Authorization") for request in stats_corpus.requests] == [None, None, None]


def test_credentials_without_an_institution_are_refused() -> None:
    with pytest.raises(StatsArgumentError, match="pass institution= as well"):
        Stats(credentials=CREDENTIALS)


@pytest.mark.parametrize("base_url", ["http://stats.figshare.com", "http://stats.example.org:8080/"])
def test_credentials_are_not_sent_in_clear_text_to_another_machine(base_url: str) -> None:
    with pytest.raises(StatsArgumentError, match="only sent over https"):
        Stats(base_url=base_url, institution="monash", credentials=CREDENTIALS)


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8765", "http://localhost:8765", "http://[::1]:8765"])
def test_plain_http_is_allowed_to_this_machine(base_url: str) -> None:
    Stats(base_url=base_url, institution="monash", credentials=CREDENTIALS).close()


def test_credentials_never_appear_in_reprs() -> None:
    credentials = StatsCredentials(USERNAME, PASSWORD)
    stats = Stats(institution="monash", credentials=credentials)
    for text in (repr(credentials), str(credentials), repr(stats), str(stats), repr(credentials.password)):
        assert PASSWORD not in text
        assert ENCODED not in text
    assert USERNAME in repr(stats)
    assert credentials == StatsCredentials(USERNAME, Secret(PASSWORD))
    assert credentials.authorization() == BASIC
    stats.close()


def test_bad_credentials_are_refused() -> None:
    with pytest.raises(StatsArgumentError, match="username"):
        StatsCredentials("user:name", PASSWORD)
    with pytest.raises(StatsArgumentError, match="pair"):
        Stats(institution="monash", credentials=(USERNAME,))  # type: ignore[arg-type]


def test_credentials_are_never_logged(
    make_stats: Callable[..., Stats], stats_corpus: StatsCorpus, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    stats = make_stats(institution="monash", credentials=CREDENTIALS)
    stats.timeline("year", "views", "article", 2000000, start_date="2013-01-01", end_date="2015-08-01")
    assert stats_corpus.requests[0].headers["Authorization"] == BASIC
    assert "/monash/timeline/year/views/article/2000000" in caplog.text
    assert PASSWORD not in caplog.text
    assert ENCODED not in caplog.text


def test_the_api_token_of_a_shared_core_never_reaches_the_stats_host() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"top": {"1": 2}})

    class TokenAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
            request.headers["Authorization"] = "token API-TOKEN"
            yield request

    core = HTTPCore(
        httpx.Client(transport=httpx.MockTransport(handler)),
        auth=TokenAuth(),
        trusted_hosts=("api.figshare.com", "*.figshare.com"),
        rate_limiter=RateLimiter(None),
    )
    Stats(core=core).top("views", "article")
    Stats(core=core).for_institution("monash", credentials=CREDENTIALS).top("views", "article")
    assert [request.headers.get("Authorization") for request in sent] == [None, BASIC]


def test_core_and_client_settings_are_exclusive() -> None:
    core = HTTPCore(httpx.Client())
    with pytest.raises(StatsArgumentError, match="either core"):
        Stats(core=core, rate_limit=RateLimiter(None))


@pytest.mark.parametrize("base_url", ["ftp://stats.figshare.com", "stats.figshare.com"])
def test_base_url_must_be_http(base_url: str) -> None:
    with pytest.raises(StatsArgumentError, match="base_url must be an http"):
        Stats(base_url=base_url)


@pytest.mark.parametrize(
    "base_url", [f"https://{USERNAME}:{PASSWORD}@stats.figshare.com", "https://stats.figshare.com/?institution=x"]
)
def test_base_url_must_not_carry_credentials_or_a_query(base_url: str) -> None:
    with pytest.raises(StatsArgumentError, match="without user:password@") as caught:
        Stats(base_url=base_url)
    assert PASSWORD not in str(caught.value)
