"""Retries, Retry-After, firewall challenges, repeated and expired tokens, against the in-process server."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from figshare.errors import (
    APIConnectionError,
    BadRequestError,
    BotChallengeError,
    InternalServerError,
    RateLimitError,
)
from figshare.oai import BadResumptionTokenError, OAIResponseError, RepeatedResumptionTokenError

# The in-process OAI-PMH server is the `oaipmh` package, which needs Python 3.11+.
pytest.importorskip("oaipmh", reason="the OAI-PMH test server (oaipmh 4) needs Python 3.11+")

from tests.oai.harness import Harness
from tests.oai.oai_server import Fault, make_items, repeat_request_token

UTC = timezone.utc
MakeHarness = Callable[..., Harness]


def numbers(records: list) -> list[int]:  # type: ignore[type-arg]
    return [record.header.article_id for record in records]


# -- HTTP failures ---------------------------------------------------------------------------------------


def test_503_with_retry_after_seconds_is_waited_out(harness: MakeHarness) -> None:
    h = harness(count=25, faults=[Fault(at=1, status=503, headers={"Retry-After": "7"})])
    assert numbers(list(h.client().list_records())) == list(range(1, 26))
    assert 7.0 in h.time.sleeps
    assert len(h.server.requests) == 4  # the 503 was retried once


def test_429_with_retry_after_as_an_http_date_is_waited_out(harness: MakeHarness) -> None:
    h = harness(count=15)
    when = format_datetime(h.time.wall + timedelta(seconds=42), usegmt=True)
    h.server._faults = {1: Fault(at=1, status=429, headers={"Retry-After": when})}
    assert numbers(list(h.client().list_records())) == list(range(1, 16))
    assert any(abs(delay - 42.0) < 1.5 for delay in h.time.sleeps), h.time.sleeps


def test_a_retry_after_beyond_the_policy_limit_is_reported_not_waited(harness: MakeHarness) -> None:
    h = harness(count=5, faults=[Fault(at=0, status=429, headers={"Retry-After": "3600"})])
    with pytest.raises(RateLimitError) as caught:
        list(h.client().list_records())
    assert caught.value.retry_after == 3600.0
    assert h.time.sleeps == [] and len(h.server.requests) == 1


def test_network_errors_are_retried_with_backoff(harness: MakeHarness) -> None:
    h = harness(
        count=25,
        faults=[
            Fault(at=1, raise_error=httpx.ConnectError("refused")),
            Fault(at=2, raise_error=httpx.ReadError("reset")),
        ],
    )
    assert numbers(list(h.client().list_records())) == list(range(1, 26))
    # rate limit 1.0; backoff 0.5 (first retry) then the limiter's remaining 0.5; backoff 1.0 (second retry,
    # doubled); the next page waits a full second again
    assert h.time.sleeps == [1.0, 0.5, 0.5, 1.0, 1.0]


def test_persistent_server_errors_surface_after_the_records_already_delivered(harness: MakeHarness) -> None:
    h = harness(count=25, faults=[Fault(at=n, status=503) for n in range(1, 10)])
    delivered = []
    with pytest.raises(InternalServerError) as caught:
        for record in h.client(max_retries=2).list_records():
            delivered.append(record)
    assert numbers(delivered) == list(range(1, 11))
    assert caught.value.status_code == 503
    assert len(h.server.requests) == 4


def test_connection_failures_after_retries_are_api_connection_errors(harness: MakeHarness) -> None:
    h = harness(count=5, faults=[Fault(at=n, raise_error=httpx.ConnectError("refused")) for n in range(4)])
    with pytest.raises(APIConnectionError, match="refused"):
        h.client().identify()


def test_the_firewall_challenge_is_recognised(harness: MakeHarness) -> None:
    h = harness(count=5, faults=[Fault(at=0, status=202, headers={"x-amzn-waf-action": "challenge"})])
    with pytest.raises(BotChallengeError) as caught:
        list(h.client().list_records())
    assert caught.value.action == "challenge" and caught.value.status_code == 202


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "body is empty"),
        (b"<!doctype html><html><body>Service temporarily unavailable</body></html>", "not well-formed"),
    ],
)
def test_odd_success_bodies_are_typed_errors(harness: MakeHarness, body: bytes, message: str) -> None:
    h = harness(count=5, faults=[Fault(at=0, status=200, body=body)])
    with pytest.raises(OAIResponseError, match=message):
        list(h.client().list_records())


def test_a_truncated_page_is_reported_after_the_records_it_did_hold(harness: MakeHarness) -> None:
    h = harness(count=25)
    h.server._faults = {
        1: Fault(at=1, rewrite=lambda _request, response: httpx.Response(200, content=response.content[:-400]))
    }
    delivered = []
    with pytest.raises(OAIResponseError, match="ended before its XML was complete"):
        for record in h.client().list_records():
            delivered.append(record)
    assert numbers(delivered)[:10] == list(range(1, 11)) and len(delivered) < 20


def test_an_error_status_without_an_oai_body_is_an_api_status_error(harness: MakeHarness) -> None:
    h = harness(count=5, faults=[Fault(at=0, status=400, body=b"<html><body>Bad Request</body></html>")])
    with pytest.raises(BadRequestError):
        list(h.client().list_records())


# -- resumption tokens -----------------------------------------------------------------------------------


def test_a_repeated_token_stops_the_harvest_instead_of_looping(harness: MakeHarness) -> None:
    h = harness(count=45, faults=[Fault(at=2, rewrite=repeat_request_token)])
    delivered = []
    with pytest.raises(RepeatedResumptionTokenError, match="repeated the resumption token"):
        for record in h.client().list_records():
            delivered.append(record)
    assert numbers(delivered) == list(range(1, 31))
    assert len(h.server.requests) == 3


@pytest.mark.parametrize("newest_first", [False, True])
def test_an_expired_token_continues_from_the_last_datestamp_without_loss_or_repeats(
    harness: MakeHarness, newest_first: bool
) -> None:
    h = harness(count=57, expired_tokens=[2], newest_first=newest_first)
    records = list(h.client().list_records(set_spec=None))
    expected = list(range(57, 0, -1)) if newest_first else list(range(1, 58))
    assert numbers(records) == expected
    assert b"badResumptionToken" in h.server.pages[3]
    assert h.verbs[4] == "Identify"  # the granularity, asked once, to write the restart datestamp
    restart = h.server.requests[5].url.params
    assert "resumptionToken" not in restart
    last_seen = h.repository.items[29].datestamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert restart.get("until" if newest_first else "from") == last_seen


def test_a_repository_refusing_every_token_is_still_harvested_through_restarts(harness: MakeHarness) -> None:
    h = harness(count=45, expired_tokens=range(100))
    assert numbers(list(h.client(granularity="YYYY-MM-DDThh:mm:ssZ").list_records())) == list(range(1, 46))


def test_recovery_with_day_granularity_skips_everything_already_seen_that_day(harness: MakeHarness) -> None:
    items = make_items(40, step=timedelta(hours=1))  # 24 records a day
    h = harness(items=items, expired_tokens=[1], granularity="YYYY-MM-DD")
    records = list(h.client().list_records())
    assert numbers(records) == list(range(1, 41))
    restart = [request for request in h.server.requests if "from" in request.url.params]
    assert [request.url.params["from"] for request in restart] == ["2020-01-01"]
    assert h.verbs.count("Identify") == 1  # asked for the granularity when it was needed


def test_recovery_when_every_datestamp_is_the_same(harness: MakeHarness) -> None:
    h = harness(items=make_items(35, step=timedelta(0)), expired_tokens=[0, 3])
    assert numbers(list(h.client().list_records())) == list(range(1, 36))


def test_recovery_is_refused_when_the_list_was_not_in_datestamp_order(harness: MakeHarness) -> None:
    items = make_items(30)
    items[3].datestamp, items[15].datestamp = items[15].datestamp, items[3].datestamp
    h = harness(items=items, expired_tokens=[1])
    h.repository.items = sorted(items, key=lambda item: item.number)  # listed by number: datestamps out of order
    delivered = []
    with pytest.raises(BadResumptionTokenError, match="not list records in datestamp order"):
        for record in h.client().list_records():
            delivered.append(record)
    assert numbers(delivered) == list(range(1, 21))


def test_a_token_refused_again_without_progress_is_not_retried_forever(harness: MakeHarness) -> None:
    h = harness(items=make_items(45, step=timedelta(0)), expired_tokens=range(100))
    delivered = []
    with pytest.raises(BadResumptionTokenError, match="refused again before any new record"):
        for record in h.client().list_records():
            delivered.append(record)
    assert numbers(delivered) == list(range(1, 11))


def with_expiration(h: Harness, offset: timedelta) -> Fault:
    """A fault giving the first page's token an expiration date ``offset`` from the fake clock's now."""

    def rewrite(_request: httpx.Request, response: httpx.Response) -> httpx.Response:
        stamp = (h.time.wall + offset).strftime("%Y-%m-%dT%H:%M:%SZ")
        body = response.content.replace(b"<resumptionToken>", f'<resumptionToken expirationDate="{stamp}">'.encode())
        return httpx.Response(200, content=body)

    return Fault(at=0, rewrite=rewrite)


def test_a_token_that_expired_while_the_page_was_read_is_not_sent(harness: MakeHarness) -> None:
    h = harness(count=30)
    h.server._faults = {0: with_expiration(h, timedelta(minutes=60))}
    records = h.client(granularity="YYYY-MM-DDThh:mm:ssZ", prefetch=False).list_records()
    first_page = [next(records) for _ in range(10)]
    h.time.advance(2 * 3600)  # the consumer took two hours over the first page
    rest = list(records)
    assert numbers(first_page + rest) == list(range(1, 31))
    assert all("resumptionToken" not in request.url.params for request in h.server.requests[:2])
    assert h.server.requests[1].url.params["from"] == "2020-01-01T01:03:00Z"


def test_a_token_already_expired_when_it_arrives_is_not_fetched_ahead(harness: MakeHarness) -> None:
    h = harness(count=30)
    h.server._faults = {0: with_expiration(h, timedelta(minutes=-1))}  # the repository's clock runs ahead
    records = list(h.client(granularity="YYYY-MM-DDThh:mm:ssZ").list_records())
    assert numbers(records) == list(range(1, 31))
    assert "resumptionToken" not in h.server.requests[1].url.params
    assert h.server.requests[1].url.params["from"] == "2020-01-01T01:03:00Z"


def test_a_bad_token_answered_with_an_error_status_is_still_recovered(harness: MakeHarness) -> None:
    h = harness(count=25)

    def as_400(_request: httpx.Request, response: httpx.Response) -> httpx.Response:
        return httpx.Response(400, headers={"Content-Type": "text/xml"}, content=response.content)

    h.server._expired_tokens = {0}
    h.server._faults = {1: Fault(at=1, rewrite=as_400)}
    assert numbers(list(h.client().list_records())) == list(range(1, 26))


def test_list_sets_recovers_by_starting_over_and_skipping_seen_sets(harness: MakeHarness) -> None:
    h = harness(count=9, page_size=2, expired_tokens=[1])
    specs = [oai_set.spec for oai_set in h.client().list_sets()]
    assert specs == ["item_type_1", "item_type_2", "portal_1", "portal_2", "portal_3"]


# -- async -----------------------------------------------------------------------------------------------


async def test_async_retries_recovery_and_challenges(harness: MakeHarness) -> None:
    h = harness(
        count=35,
        expired_tokens=[1],
        faults=[Fault(at=1, status=503, headers={"Retry-After": "3"}), Fault(at=2, raise_error=httpx.ReadError("x"))],
    )
    client = h.async_client()
    records = [record async for record in await client.list_records()]
    assert numbers(records) == list(range(1, 36))
    assert 3.0 in h.time.sleeps

    h = harness(count=5, faults=[Fault(at=0, status=202, headers={"x-amzn-waf-action": "challenge"})])
    with pytest.raises(BotChallengeError):
        [record async for record in await h.async_client().list_records()]

    h = harness(count=45, faults=[Fault(at=1, rewrite=repeat_request_token)])
    with pytest.raises(RepeatedResumptionTokenError):
        [record async for record in await h.async_client().list_records()]


def test_repeat_request_token_helper_really_repeats() -> None:
    request = httpx.Request("GET", "https://x/oai?verb=ListRecords&resumptionToken=abc")
    response = httpx.Response(200, content=b"<resumptionToken>def</resumptionToken>")
    assert re.search(rb">abc<", repeat_request_token(request, response).content)


def test_datestamps_in_the_fake_clock_are_utc() -> None:
    assert datetime(2026, 1, 1, tzinfo=UTC).tzinfo is UTC
