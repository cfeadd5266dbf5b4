"""RetryPolicy: what is retried, backoff with full jitter, Retry-After in both forms."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from email.utils import format_datetime

import httpx
import pytest

from figshare._retry import RetryPolicy, parse_retry_after
from figshare.errors import InvalidArgumentTypeError

NOW = 1_700_000_000.0


def answer(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(status, headers=headers)


def test_defaults() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == 3
    assert policy.initial_backoff == 0.5
    assert policy.max_backoff == 30.0
    assert policy.retry_statuses == frozenset({429, 500, 502, 503, 504})


@pytest.mark.parametrize("method", ["GET", "get", "HEAD", "OPTIONS", "PUT", "DELETE"])
def test_idempotent_methods(method: str) -> None:
    assert RetryPolicy().is_idempotent(method)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_methods_only_when_opted_in(method: str) -> None:
    policy = RetryPolicy()
    assert not policy.is_idempotent(method)
    assert policy.is_idempotent(method, True)
    assert not policy.is_idempotent("GET", False)


def test_full_jitter_backoff_is_bounded_by_the_capped_exponential() -> None:
    policy = RetryPolicy(initial_backoff=0.5, max_backoff=3.0, random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert RetryPolicy(random=lambda: 0.0).backoff(2) == 0.0


def test_seeded_jitter_is_repeatable() -> None:
    first = RetryPolicy(random=random.Random(7).random)
    second = RetryPolicy(random=random.Random(7).random)
    assert [first.backoff(n) for n in range(4)] == [second.backoff(n) for n in range(4)]
    assert all(0 <= first.backoff(n) <= 0.5 * 2**n for n in range(4))


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    policy = RetryPolicy(random=lambda: 0.5)
    assert policy.delay_after_response(0, answer(status), idempotent=True) == 0.25


@pytest.mark.parametrize("status", [200, 400, 401, 403, 404, 409, 422, 501])
def test_statuses_that_are_not_retried(status: int) -> None:
    assert RetryPolicy().delay_after_response(0, answer(status), idempotent=True) is None


def test_no_retry_when_not_idempotent_or_exhausted() -> None:
    policy = RetryPolicy(max_retries=2)
    assert policy.delay_after_response(0, answer(503), idempotent=False) is None
    assert policy.delay_after_response(1, answer(503), idempotent=True) is not None
    assert policy.delay_after_response(2, answer(503), idempotent=True) is None
    assert RetryPolicy(max_retries=0).delay_after_response(0, answer(503), idempotent=True) is None


def test_retry_after_delta_seconds_is_honoured() -> None:
    policy = RetryPolicy(random=lambda: 0.0, clock=lambda: NOW)
    assert policy.delay_after_response(0, answer(429, "7"), idempotent=True) == 7.0


def test_retry_after_http_date_is_honoured() -> None:
    when = format_datetime(datetime.fromtimestamp(NOW + 12, tz=timezone.utc), usegmt=True)
    policy = RetryPolicy(clock=lambda: NOW)
    assert policy.delay_after_response(0, answer(503, when), idempotent=True) == 12.0


def test_retry_after_longer_than_the_cap_gives_up() -> None:
    policy = RetryPolicy(max_retry_after=60, clock=lambda: NOW)
    assert policy.delay_after_response(0, answer(429, "61"), idempotent=True) is None
    assert policy.delay_after_response(0, answer(429, "60"), idempotent=True) == 60.0


def test_invalid_retry_after_falls_back_to_backoff() -> None:
    policy = RetryPolicy(random=lambda: 1.0, clock=lambda: NOW)
    assert policy.delay_after_response(1, answer(503, "whenever"), idempotent=True) == 1.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("120", 120.0),
        (" 3 ", 3.0),
        ("1.5", 1.5),
        ("-1", None),
        ("nan", None),
        ("inf", None),
        ("", None),
        (None, None),
        ("tomorrow", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past
        ("Tue, 14 Nov 2023 22:13:20 GMT", 0.0),  # exactly NOW
        ("Tue, 14 Nov 2023 22:14:00 GMT", 40.0),  # IMF-fixdate
        ("Tuesday, 14-Nov-23 22:14:00 GMT", 40.0),  # obsolete RFC 850 form
        ("Tue Nov 14 22:14:00 2023", 40.0),  # obsolete asctime form (GMT)
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")],
)
def test_errors_before_sending_are_retried_for_any_method(error: Exception) -> None:
    policy = RetryPolicy(random=lambda: 1.0)
    assert policy.delay_after_error(0, error, idempotent=False) == 0.5


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("slow"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("closed"),
        httpx.WriteError("x"),
    ],
)
def test_errors_after_sending_are_retried_only_when_idempotent(error: Exception) -> None:
    policy = RetryPolicy(random=lambda: 1.0)
    assert policy.delay_after_error(0, error, idempotent=True) == 0.5
    assert policy.delay_after_error(0, error, idempotent=False) is None


def test_other_errors_are_not_retried() -> None:
    policy = RetryPolicy()
    assert policy.delay_after_error(0, httpx.UnsupportedProtocol("ftp"), idempotent=True) is None
    assert policy.delay_after_error(0, ValueError("x"), idempotent=True) is None
    assert policy.delay_after_error(3, httpx.ConnectError("x"), idempotent=True) is None


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(initial_backoff=-0.1)


@pytest.mark.parametrize("name", ["initial_backoff", "max_backoff", "max_retry_after"])
@pytest.mark.parametrize("value", [None, "1"])
def test_a_wait_that_is_not_a_number_is_refused_by_name(name: str, value: object) -> None:
    with pytest.raises(InvalidArgumentTypeError, match=rf"^{name} must be a number of seconds, not ") as raised:
        RetryPolicy(**{name: value})  # type: ignore[arg-type]
    assert raised.value.argument == name and isinstance(raised.value, TypeError)


def test_policy_is_frozen_and_comparable() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError):
        policy.max_retries = 5  # type: ignore[misc]
    assert policy == RetryPolicy(random=lambda: 0.0)
    assert "random" not in repr(policy)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("retry_statuses", None),
        ("retry_statuses", "500"),
        ("retry_statuses", 500),
        ("retry_statuses", ["500"]),
        ("idempotent_methods", None),
        ("idempotent_methods", "GET"),
        ("idempotent_methods", [1]),
    ],
)
def test_status_and_method_sets_of_the_wrong_type_are_refused_by_name(name: str, value: object) -> None:
    with pytest.raises(InvalidArgumentTypeError, match=rf"^{name} must be ") as raised:
        RetryPolicy(**{name: value})  # type: ignore[arg-type]
    assert raised.value.argument == name


def test_status_and_method_sets_may_be_any_collection_and_methods_any_case() -> None:
    policy = RetryPolicy(retry_statuses=[503], idempotent_methods=["get", "Post"])  # type: ignore[arg-type]
    assert policy.is_idempotent("GET") and policy.is_idempotent("post") and not policy.is_idempotent("PUT")
    assert policy.delay_after_response(0, answer(503, "1"), idempotent=True) == 1.0
    assert policy.delay_after_response(0, answer(500, "1"), idempotent=True) is None
    same = RetryPolicy(retry_statuses=frozenset({503}), idempotent_methods=frozenset({"GET", "POST"}))
    assert policy == same and hash(policy) == hash(same)
