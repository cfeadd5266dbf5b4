"""Every call has a total deadline: a server that drips one byte at a time cannot hold a call for ever.

httpx's `timeout` bounds each network read; a server that sends a byte every 0.2 s never trips it. These
tests run against a real socket server (the dripping must reach httpcore) with short deadlines, and check
the call ends soon after its deadline with `DeadlineExceededError` (an `APITimeoutError`).
"""

from __future__ import annotations

import time

import httpx
import pytest

import figshare
from figshare import AsyncFigshare, Figshare
from figshare._http import AsyncHTTPCore, HTTPCore
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.errors import APITimeoutError, DeadlineExceededError, InvalidArgumentError
from tests.core.core_fakes import FakeClock, Recorder, SleepRecorder
from tests.support.loopback_http import drip_body, drip_headers, respond, serve

SLOW_BODY = b'{"id": 1, "title": "' + b"x" * 200 + b'"}'  # 200+ bytes at 0.05 s each: 10+ s without a deadline
TOLERANCE = 3.0  # seconds past the deadline a loaded CI machine may need to notice it


def _sync_client(base_url: str, **options: object) -> Figshare:
    return Figshare(base_url=base_url + "/v2", rate_limit=None, max_retries=0, timeout=5, **options)  # type: ignore[arg-type]


def test_a_dripping_body_is_cut_off_at_the_deadline() -> None:
    with serve(drip_body(SLOW_BODY, interval=0.05)) as server, _sync_client(server.url, deadline=0.6) as client:
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError) as raised:
            client.articles.details(1)
        elapsed = time.monotonic() - started
    assert isinstance(raised.value, APITimeoutError)
    assert raised.value.deadline == 0.6
    assert "deadline of 0.6 s" in str(raised.value)
    assert elapsed < 0.6 + TOLERANCE


def test_dripping_headers_are_cut_off_at_the_deadline() -> None:
    with serve(drip_headers(interval=0.05)) as server, _sync_client(server.url, deadline=0.6) as client:
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError):
            client.articles.details(1)
    assert time.monotonic() - started < 0.6 + TOLERANCE


def test_dripping_headers_on_a_pooled_connection_are_cut_off_too() -> None:
    behaviour = drip_headers(interval=0.05, first=respond(200, b'{"id": 1, "title": "first"}'))
    with serve(behaviour) as server, _sync_client(server.url, deadline=0.6) as client:
        assert client.articles.details(1).title == "first"
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError):
            client.articles.details(1)
        assert server.connections == 1, "the second call reused the first connection"
    assert time.monotonic() - started < 0.6 + TOLERANCE


async def test_async_dripping_body_and_headers_are_cut_off() -> None:
    for behaviour in (drip_body(SLOW_BODY, interval=0.05), drip_headers(interval=0.05)):
        with serve(behaviour) as server:
            async with AsyncFigshare(
                base_url=server.url + "/v2", rate_limit=None, max_retries=0, timeout=5, deadline=0.6
            ) as client:
                started = time.monotonic()
                with pytest.raises(DeadlineExceededError):
                    await client.articles.details(1)
                assert time.monotonic() - started < 0.6 + TOLERANCE


def test_the_deadline_can_be_set_per_call_with_with_options() -> None:
    with serve(drip_body(SLOW_BODY, interval=0.05)) as server, _sync_client(server.url) as client:
        quick = client.with_options(deadline=0.5)
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError):
            quick.articles.details(1)
        assert time.monotonic() - started < 0.5 + TOLERANCE
        assert client.core.deadline == figshare.DEFAULT_DEADLINE, "the parent keeps its deadline"
        assert quick.core.http_client is client.core.http_client, "the connection pool is shared"
        assert quick.core.rate_limiter is client.core.rate_limiter
        assert quick.core.auth is client.core.auth


def test_the_deadline_can_be_set_per_call_on_the_core() -> None:
    with serve(drip_body(SLOW_BODY, interval=0.05)) as server, httpx.Client() as http_client:
        core = HTTPCore(http_client, retry=RetryPolicy(max_retries=0))
        with pytest.raises(DeadlineExceededError):
            core.request("GET", server.url + "/x", deadline=0.4)
        response = core.request("GET", server.url + "/x", deadline=None, stream=True)  # the body is the caller's
        response.close()


def test_a_normal_answer_within_the_deadline_is_untouched() -> None:
    with serve(respond(200, b'{"id": 7, "title": "fine"}')) as server, _sync_client(server.url, deadline=5) as client:
        for _ in range(3):
            assert client.articles.details(7).title == "fine"


def test_no_retry_is_made_when_its_wait_would_pass_the_deadline() -> None:
    clock = FakeClock()
    sleeps = SleepRecorder(clock)
    recorder = Recorder([httpx.Response(503, headers={"Retry-After": "30"})])
    http_client = httpx.Client(transport=httpx.MockTransport(recorder))
    core = HTTPCore(http_client, retry=RetryPolicy(max_retries=5, clock=lambda: 0.0), sleep=sleeps, deadline=10)
    with pytest.raises(figshare.InternalServerError):
        core.request("GET", "https://api.figshare.com/v2/x")
    assert len(recorder.requests) == 1, "a 30 s wait does not fit in a 10 s deadline: the 503 is raised at once"
    assert sleeps.delays == []


def test_waiting_for_the_rate_limiter_does_not_count_against_the_deadline() -> None:
    clock = FakeClock()
    limiter = RateLimiter(min_interval=50, clock=clock, sleep=clock.advance)
    limiter.acquire()  # the next slot is 50 s away
    recorder = Recorder([httpx.Response(200, json={})])
    core = HTTPCore(httpx.Client(transport=httpx.MockTransport(recorder)), rate_limiter=limiter, deadline=1)
    assert core.request("GET", "https://api.figshare.com/v2/x").status_code == 200


async def test_async_core_per_call_deadline_and_retry_wait() -> None:
    recorder = Recorder([httpx.Response(503, headers={"Retry-After": "30"})])
    sleeps = SleepRecorder()
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http_client:
        core = AsyncHTTPCore(http_client, retry=RetryPolicy(max_retries=5, clock=lambda: 0.0), sleep=sleeps.asleep)
        with pytest.raises(figshare.InternalServerError):
            await core.request("GET", "https://api.figshare.com/v2/x", deadline=10)
    assert len(recorder.requests) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("value", [0, -1, float("inf"), float("nan"), "10", True])
def test_a_deadline_that_is_not_a_positive_number_is_refused(value: object) -> None:
    with pytest.raises((InvalidArgumentError, TypeError)) as raised:
        Figshare(deadline=value)  # type: ignore[arg-type]
    assert "deadline" in str(raised.value)
    with pytest.raises((InvalidArgumentError, TypeError)):
        Figshare().with_options(deadline=value)  # type: ignore[arg-type]


def test_finished_attempts_waiting_for_the_watchdog_to_sweep_them_out_hold_no_request() -> None:
    from figshare._deadline import MARKER_EXTENSION, AttemptDeadline, Budget

    client = httpx.Client()
    request = client.build_request("GET", "https://api.figshare.com/v2/x")
    alarm = AttemptDeadline(client, request, Budget(60))
    with alarm:
        assert request.extensions[MARKER_EXTENSION] is alarm
    # the watchdog's heap may keep the disarmed alarm for a while: it must not keep the request or the client
    assert alarm.cancelled and alarm._request is None and alarm._http_client is None
    assert MARKER_EXTENSION not in request.extensions
    alarm.fire()  # a late alarm has nothing left to cut off
    client.close()
