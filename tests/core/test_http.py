"""HTTPCore and AsyncHTTPCore: retries, rate limiting, auth per host, error mapping, WAF, logging, hooks."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator

import httpx
import pytest

from figshare._http import AsyncHTTPCore, HTTPCore, parse_json
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.auth import TokenAuth
from figshare.errors import (
    APIConnectionError,
    APITimeoutError,
    BotChallengeError,
    InternalServerError,
    InvalidArgumentTypeError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
)
from tests.core.core_fakes import API, ChunkStream, FakeClock, Recorder, SleepRecorder

TOKEN = "tok-123456"
ARTICLE = f"{API}/articles/1"
OK = httpx.Response(200, json={"id": 1})
UNAVAILABLE = httpx.Response(503, json={"message": "try later"})


def make_core(
    recorder: Recorder,
    sleeps: SleepRecorder,
    *,
    retry: RetryPolicy | None = None,
    **options: object,
) -> HTTPCore:
    policy = retry or RetryPolicy(random=random.Random(1).random)
    return HTTPCore(recorder.client(), retry=policy, sleep=sleeps, **options)  # type: ignore[arg-type]


def make_async_core(
    recorder: Recorder, sleeps: SleepRecorder, *, retry: RetryPolicy | None = None, **options: object
) -> AsyncHTTPCore:
    policy = retry or RetryPolicy(random=random.Random(1).random)
    return AsyncHTTPCore(recorder.async_client(), retry=policy, sleep=sleeps.asleep, **options)  # type: ignore[arg-type]


# --- success, auth and the caller's client -------------------------------------------------------------


def test_get_success_sends_the_token_to_the_api(sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    core = make_core(recorder, sleeps, auth=TokenAuth(TOKEN))
    response = core.request("GET", ARTICLE, params={"page": 2})
    assert response.json() == {"id": 1}
    (request,) = recorder.requests
    assert request.url == f"{ARTICLE}?page=2"
    assert request.headers["Authorization"] == f"token {TOKEN}"
    assert sleeps.delays == []


def test_the_callers_client_is_used_as_is(sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    client = httpx.Client(transport=httpx.MockTransport(recorder), base_url=API, headers={"User-Agent": "caller/1.0"})
    core = HTTPCore(client, sleep=sleeps)
    core.request("POST", "/account/articles", json={"title": "t"})
    (request,) = recorder.requests
    assert request.url == f"{API}/account/articles"
    assert request.headers["User-Agent"] == "caller/1.0"
    assert json.loads(request.content) == {"title": "t"}
    assert not client.is_closed


@pytest.mark.parametrize(
    "url",
    [
        "https://s3-eu-west-1.amazonaws.com/pfigshare-u-files/1/file.csv",
        "https://figshare.com/ndownloader/files/1",
        "https://api.figshare.com.evil.example/v2/articles",
    ],
)
def test_token_never_goes_to_other_hosts(url: str, sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    make_core(recorder, sleeps, auth=TokenAuth(TOKEN)).request("GET", url)
    assert "Authorization" not in recorder.requests[0].headers


@pytest.mark.parametrize(
    "url",
    [ARTICLE, "https://api.figsh.com/v2/articles/1", "https://fup-eu-west-1.figshare.com/upload/abc"],
)
def test_token_goes_to_trusted_hosts(url: str, sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    make_core(recorder, sleeps, auth=TokenAuth(TOKEN)).request("GET", url)
    assert recorder.requests[0].headers["Authorization"] == f"token {TOKEN}"


def test_core_trusted_hosts_restrict_even_a_permissive_auth(sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    core = make_core(
        recorder, sleeps, auth=TokenAuth(TOKEN, trusted_hosts=["*.example"]), trusted_hosts=["api.figshare.com"]
    )
    core.request("GET", "https://x.example/")
    assert "Authorization" not in recorder.requests[0].headers


def test_token_is_not_forwarded_on_a_redirect_to_storage(sleeps: SleepRecorder) -> None:
    storage = "https://s3-eu-west-1.amazonaws.com/pfigshare-u-files/1/data.csv?X-Amz-Signature=abc"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.figshare.com":
            return httpx.Response(302, headers={"Location": storage})
        return httpx.Response(200, content=b"a,b\n")

    recorder = Recorder([answer])
    client = httpx.Client(transport=httpx.MockTransport(recorder), follow_redirects=True)
    core = HTTPCore(client, auth=TokenAuth(TOKEN), sleep=sleeps)
    response = core.request("GET", f"{API}/file/download/1")
    assert response.content == b"a,b\n"
    first, second = recorder.requests
    assert first.headers["Authorization"] == f"token {TOKEN}"
    assert "Authorization" not in second.headers


def test_authenticate_false_sends_no_credentials(sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    make_core(recorder, sleeps, auth=TokenAuth(TOKEN)).request("GET", ARTICLE, authenticate=False)
    assert "Authorization" not in recorder.requests[0].headers


def test_without_core_auth_the_clients_own_auth_applies(sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    client = httpx.Client(transport=httpx.MockTransport(recorder), auth=TokenAuth("client-token"))
    core = HTTPCore(client, sleep=sleeps)
    core.request("GET", ARTICLE)
    core.request("GET", ARTICLE, authenticate=False)
    assert recorder.requests[0].headers["Authorization"] == "token client-token"
    assert "Authorization" not in recorder.requests[1].headers


# --- retries -----------------------------------------------------------------------------------------


def test_get_is_retried_on_503_with_seeded_jitter(sleeps: SleepRecorder) -> None:
    recorder = Recorder([UNAVAILABLE, UNAVAILABLE, OK])
    response = make_core(recorder, sleeps).request("GET", ARTICLE)
    assert response.status_code == 200
    assert len(recorder.requests) == 3
    expected = RetryPolicy(random=random.Random(1).random)
    assert sleeps.delays == [expected.backoff(0), expected.backoff(1)]


class _RetriesConflicts(RetryPolicy):
    """A policy that decides by its own rule: a 409 is retried after 0.5 s (not in `retry_statuses`)."""

    def delay_after_response(self, retry_number: int, response: httpx.Response, *, idempotent: bool) -> float | None:
        if response.status_code == 409 and retry_number < self.max_retries:
            return 0.5
        return super().delay_after_response(retry_number, response, idempotent=idempotent)


def test_the_policy_decides_every_status(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(409), OK])
    response = make_core(recorder, sleeps, retry=_RetriesConflicts()).request("GET", ARTICLE)
    assert response.status_code == 200
    assert sleeps.delays == [0.5]


async def test_async_the_policy_decides_every_status(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(409), OK])
    response = await make_async_core(recorder, sleeps, retry=_RetriesConflicts()).request("GET", ARTICLE)
    assert response.status_code == 200
    assert sleeps.delays == [0.5]


def test_retries_exhausted_raise_the_last_status(sleeps: SleepRecorder) -> None:
    recorder = Recorder([UNAVAILABLE])
    with pytest.raises(InternalServerError) as caught:
        make_core(recorder, sleeps, retry=RetryPolicy(max_retries=2)).request("GET", ARTICLE)
    assert len(recorder.requests) == 3
    assert len(sleeps.delays) == 2
    assert caught.value.message == "try later"


def test_post_is_not_retried_unless_opted_in(sleeps: SleepRecorder) -> None:
    recorder = Recorder([UNAVAILABLE, OK])
    with pytest.raises(InternalServerError):
        make_core(recorder, sleeps).request("POST", f"{API}/account/articles", json={"title": "t"})
    assert len(recorder.requests) == 1

    recorder = Recorder([UNAVAILABLE, OK])
    response = make_core(recorder, sleeps).request(
        "POST", f"{API}/articles/search", json={"search_for": "x"}, idempotent=True
    )
    assert response.status_code == 200
    assert len(recorder.requests) == 2
    assert recorder.requests[1].content == recorder.requests[0].content


def test_get_can_opt_out_of_retries(sleeps: SleepRecorder) -> None:
    recorder = Recorder([UNAVAILABLE, OK])
    with pytest.raises(InternalServerError):
        make_core(recorder, sleeps).request("GET", ARTICLE, idempotent=False)
    assert len(recorder.requests) == 1


def test_retry_after_seconds_is_waited_exactly(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(429, headers={"Retry-After": "2"}), OK])
    make_core(recorder, sleeps).request("GET", ARTICLE)
    assert sleeps.delays == [2.0]


def test_retry_after_http_date_is_waited(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(503, headers={"Retry-After": "Tue, 14 Nov 2023 22:13:25 GMT"}), OK])
    policy = RetryPolicy(clock=lambda: 1_700_000_000.0)
    make_core(recorder, sleeps, retry=policy).request("GET", ARTICLE)
    assert sleeps.delays == [5.0]


def test_a_too_long_retry_after_fails_at_once_with_the_wait(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(429, headers={"Retry-After": "3600"}), OK])
    with pytest.raises(RateLimitError) as caught:
        make_core(recorder, sleeps).request("GET", ARTICLE)
    assert caught.value.retry_after == 3600.0
    assert sleeps.delays == []


def test_connection_error_is_retried_then_succeeds(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.ConnectError("refused"), OK])
    assert make_core(recorder, sleeps).request("POST", f"{API}/account/articles", json={}).status_code == 200
    assert len(sleeps.delays) == 1


def test_persistent_connection_error_becomes_api_connection_error(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.ConnectError("[Errno 111] Connection refused")])
    with pytest.raises(APIConnectionError) as caught:
        make_core(recorder, sleeps).request("GET", f"{ARTICLE}?access_token={TOKEN}")
    error = caught.value
    assert not isinstance(error, APITimeoutError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.method == "GET"
    assert error.url == f"{ARTICLE}?access_token=REDACTED"
    assert "Connection refused" in str(error)
    assert len(recorder.requests) == 4


def test_read_timeout_is_retried_for_get_and_becomes_timeout_error(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.ReadTimeout("timed out")])
    with pytest.raises(APITimeoutError):
        make_core(recorder, sleeps).request("GET", ARTICLE)
    assert len(recorder.requests) == 4


def test_read_timeout_is_not_retried_for_post(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.ReadTimeout("timed out"), OK])
    with pytest.raises(APITimeoutError):
        make_core(recorder, sleeps).request("POST", f"{API}/account/articles", json={})
    assert len(recorder.requests) == 1


def test_a_streamed_request_body_is_not_resent(sleeps: SleepRecorder) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"part-"
        yield b"bytes"

    recorder = Recorder([UNAVAILABLE, OK])
    with pytest.raises(InternalServerError):
        make_core(recorder, sleeps).request("PUT", "https://fup1.figshare.com/upload/t/1", content=chunks())
    assert len(recorder.requests) == 1
    assert recorder.requests[0].content == b"part-bytes"


def test_rate_limiter_is_waited_for_on_every_attempt() -> None:
    clock = FakeClock()
    limiter_sleeps = SleepRecorder(clock)
    retry_sleeps = SleepRecorder(clock)
    limiter = RateLimiter(1.0, clock=clock, sleep=limiter_sleeps)
    recorder = Recorder([UNAVAILABLE, OK, OK])
    core = make_core(recorder, retry_sleeps, rate_limiter=limiter, retry=RetryPolicy(random=lambda: 0.25))
    core.request("GET", ARTICLE)  # attempt at 0, retry wait 0.125, limiter wait 0.875, attempt at 1
    core.request("GET", ARTICLE)  # attempt at 2 after waiting 1.0
    assert retry_sleeps.delays == [0.125]
    assert limiter_sleeps.delays == [0.875, 1.0]
    assert clock.now == 2.0


@pytest.mark.parametrize("core_class", [HTTPCore, AsyncHTTPCore])
@pytest.mark.parametrize(
    ("argument", "value", "message"),
    [
        ("retry", 3, "retry must be a RetryPolicy, not int"),
        ("rate_limiter", 1.0, "rate_limiter must be a RateLimiter or None, not float"),
    ],
)
def test_a_retry_policy_or_rate_limiter_of_another_type_is_refused_by_name(
    core_class: type[HTTPCore | AsyncHTTPCore], argument: str, value: object, message: str
) -> None:
    client = httpx.AsyncClient() if core_class is AsyncHTTPCore else httpx.Client()
    with pytest.raises(InvalidArgumentTypeError, match=f"^{message}$") as raised:
        core_class(client, **{argument: value})  # type: ignore[arg-type]
    assert raised.value.argument == argument and isinstance(raised.value, TypeError)
    core = core_class(client, retry=None, rate_limiter=None)  # type: ignore[arg-type]
    assert core.retry == RetryPolicy() and core.rate_limiter is None


# --- error mapping, WAF, streaming ----------------------------------------------------------------------


def test_error_status_maps_to_subclass(sleeps: SleepRecorder) -> None:
    body = {"message": "Entity not found: ArticleVersion", "code": "EntityNotFound"}
    recorder = Recorder([httpx.Response(404, json=body)])
    with pytest.raises(NotFoundError) as caught:
        make_core(recorder, sleeps).request("GET", ARTICLE)
    assert caught.value.code == "EntityNotFound"
    assert caught.value.method == "GET"
    assert caught.value.url == ARTICLE


def test_raise_for_status_false_returns_the_response(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(404, json={"message": "no"})])
    response = make_core(recorder, sleeps).request("GET", ARTICLE, raise_for_status=False)
    assert response.status_code == 404


def test_redirect_statuses_are_returned(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(302, headers={"Location": "https://s3.example/x"})])
    response = make_core(recorder, sleeps).request("GET", f"{API}/file/download/1")
    assert response.status_code == 302


@pytest.mark.parametrize(("status", "action"), [(202, "challenge"), (200, "challenge"), (405, "captcha")])
def test_waf_challenge_raises_bot_challenge_error(status: int, action: str, sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(status, headers={"x-amzn-waf-action": action})])
    url = "https://figshare.com/ndownloader/files/1"
    with pytest.raises(BotChallengeError) as caught:
        make_core(recorder, sleeps).request("GET", url, raise_for_status=False)
    assert caught.value.action == action
    assert caught.value.url == url
    assert len(recorder.requests) == 1


def test_202_with_html_body_is_a_success(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(202, content=b"<html>202 Accepted</html>")])
    response = make_core(recorder, sleeps).request("POST", f"{API}/account/articles/1/files/2")
    assert response.status_code == 202


def test_streamed_success_is_left_for_the_caller_to_read(sleeps: SleepRecorder) -> None:
    recorder = Recorder([lambda request: httpx.Response(200, stream=ChunkStream(b"x" * 5, b"y" * 5))])
    response = make_core(recorder, sleeps).request("GET", ARTICLE, stream=True)
    assert not response.is_stream_consumed
    assert b"".join(response.iter_bytes()) == b"x" * 5 + b"y" * 5
    response.close()


def streamed_not_found(request: httpx.Request) -> httpx.Response:
    chunks = ChunkStream(b'{"message": "go', b'ne", "code": "EntityNotFound"}')
    return httpx.Response(404, headers={"Content-Type": "application/json"}, stream=chunks)


def test_streamed_error_body_is_read_before_raising(sleeps: SleepRecorder) -> None:
    recorder = Recorder([streamed_not_found])
    with pytest.raises(NotFoundError) as caught:
        make_core(recorder, sleeps).request("GET", ARTICLE, stream=True)
    assert caught.value.message == "gone"
    assert caught.value.response is not None
    assert caught.value.response.is_closed


def test_send_accepts_a_prebuilt_request(sleeps: SleepRecorder) -> None:
    recorder = Recorder([UNAVAILABLE, OK])
    core = make_core(recorder, sleeps, auth=TokenAuth(TOKEN))
    request = httpx.Request("GET", ARTICLE, params={"a": "1"})
    assert core.send(request).status_code == 200
    assert len(recorder.requests) == 2
    assert recorder.requests[1].headers["Authorization"] == f"token {TOKEN}"


# --- logging --------------------------------------------------------------------------------------------


def test_debug_log_line_per_attempt_with_redacted_url(sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder([UNAVAILABLE, OK])
    core = make_core(recorder, sleeps, auth=TokenAuth(TOKEN))
    with caplog.at_level(logging.DEBUG, logger="figshare"):
        core.request("GET", f"{ARTICLE}?access_token={TOKEN}")
    messages = [record.getMessage() for record in caplog.records if record.name == "figshare"]
    assert len(messages) == 3
    assert messages[0].startswith(f"GET {ARTICLE}?access_token=REDACTED -> 503 (")
    assert messages[0].endswith(" ms)")
    assert messages[1].startswith(f"Retrying GET {ARTICLE}?access_token=REDACTED in ")
    assert messages[2].startswith(f"GET {ARTICLE}?access_token=REDACTED -> 200 (")
    assert TOKEN not in caplog.text
    assert "Authorization" not in caplog.text


def test_connection_failures_are_logged(sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder([httpx.ConnectError("refused"), OK])
    with caplog.at_level(logging.DEBUG, logger="figshare"):
        make_core(recorder, sleeps).request("GET", ARTICLE)
    assert f"GET {ARTICLE} -> ConnectError (" in caplog.text


def test_nothing_is_formatted_when_debug_is_off(sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder([OK])
    with caplog.at_level(logging.WARNING, logger="figshare"):
        make_core(recorder, sleeps).request("GET", ARTICLE)
    assert caplog.records == []


# --- parse_json -----------------------------------------------------------------------------------------


def test_parse_json() -> None:
    request = httpx.Request("GET", ARTICLE)
    assert parse_json(httpx.Response(200, json=[1], request=request)) == [1]
    with pytest.raises(ResponseParseError, match="empty body"):
        parse_json(httpx.Response(200, content=b"", request=request))
    with pytest.raises(ResponseParseError, match="got HTML or XML") as caught:
        parse_json(httpx.Response(200, content=b"<html>hi</html>", request=request))
    assert caught.value.url == ARTICLE
    with pytest.raises(ResponseParseError, match="malformed JSON"):
        parse_json(httpx.Response(200, content=b'{"a": ', request=request))


# --- async ----------------------------------------------------------------------------------------------


async def test_async_success_with_token(sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    response = await make_async_core(recorder, sleeps, auth=TokenAuth(TOKEN)).request("GET", ARTICLE)
    assert response.json() == {"id": 1}
    assert recorder.requests[0].headers["Authorization"] == f"token {TOKEN}"


async def test_async_token_never_goes_to_other_hosts(sleeps: SleepRecorder) -> None:
    recorder = Recorder([OK])
    core = make_async_core(recorder, sleeps, auth=TokenAuth(TOKEN))
    await core.request("GET", "https://s3.amazonaws.com/bucket/key")
    assert "Authorization" not in recorder.requests[0].headers


async def test_async_retries_with_async_sleep(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(429, headers={"Retry-After": "1"}), UNAVAILABLE, OK])
    response = await make_async_core(recorder, sleeps).request("GET", ARTICLE)
    assert response.status_code == 200
    expected = RetryPolicy(random=random.Random(1).random)
    assert sleeps.delays == [1.0, expected.backoff(1)]


async def test_async_post_not_retried(sleeps: SleepRecorder) -> None:
    recorder = Recorder([UNAVAILABLE, OK])
    with pytest.raises(InternalServerError):
        await make_async_core(recorder, sleeps).request("POST", f"{API}/account/articles", json={})
    assert len(recorder.requests) == 1


async def test_async_connection_errors(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.ConnectTimeout("slow")])
    with pytest.raises(APITimeoutError):
        await make_async_core(recorder, sleeps).request("GET", ARTICLE)
    assert len(recorder.requests) == 4


async def test_async_waf_and_streamed_errors(sleeps: SleepRecorder) -> None:
    recorder = Recorder([httpx.Response(202, headers={"x-amzn-waf-action": "challenge"})])
    with pytest.raises(BotChallengeError):
        await make_async_core(recorder, sleeps).request("GET", "https://figshare.com/ndownloader/files/1")
    recorder = Recorder([streamed_not_found])
    with pytest.raises(NotFoundError) as caught:
        await make_async_core(recorder, sleeps).request("GET", ARTICLE, stream=True)
    assert caught.value.message == "gone"


async def test_async_streamed_success_and_send(sleeps: SleepRecorder) -> None:
    recorder = Recorder([lambda request: httpx.Response(200, stream=ChunkStream(b"a", b"bc"))])
    core = make_async_core(recorder, sleeps)
    response = await core.send(httpx.Request("GET", ARTICLE), stream=True)
    assert not response.is_stream_consumed
    assert await response.aread() == b"abc"
    await response.aclose()


async def test_async_rate_limiter() -> None:
    clock = FakeClock()
    limiter_sleeps = SleepRecorder(clock)
    limiter = RateLimiter(1.0, clock=clock, async_sleep=limiter_sleeps.asleep)
    recorder = Recorder([OK])
    core = make_async_core(recorder, SleepRecorder(), rate_limiter=limiter)
    await core.request("DELETE", f"{API}/account/articles/1")
    await core.request("DELETE", f"{API}/account/articles/2")
    assert limiter_sleeps.delays == [1.0]


@pytest.mark.parametrize("interval", [None, 50.0])
def test_a_closed_httpx_client_or_core_raises_client_closed_error_without_sending_or_waiting(
    interval: float | None,
) -> None:
    from figshare.errors import ClientClosedError

    clock = FakeClock()
    limiter = RateLimiter(min_interval=interval, clock=clock, sleep=clock.advance)
    limiter.acquire()  # with an interval: the next slot is 50 s away
    recorder = Recorder([OK])
    http_client = httpx.Client(transport=httpx.MockTransport(recorder))
    core = HTTPCore(http_client, rate_limiter=limiter)
    request = http_client.build_request("GET", ARTICLE)
    http_client.close()
    with pytest.raises(ClientClosedError):
        core.send(request)
    open_core = HTTPCore(httpx.Client(transport=httpx.MockTransport(recorder)), rate_limiter=limiter)
    open_core.close()
    with pytest.raises(ClientClosedError):
        open_core.request("GET", ARTICLE)
    assert recorder.requests == []
    assert clock.now == 0.0, "no rate-limiter slot was waited for"
