"""Retries with backoff and Retry-After through the client; POST only when the caller opts in."""

from __future__ import annotations

import httpx
import pytest

from figshare import Figshare, InternalServerError, RetryPolicy
from figshare_api.models import ArticleCreate
from tests.client.client_fakes import RecordingAPI


def flaky(failures: int, status: int = 503, **headers: str) -> RecordingAPI:
    def handler(request: httpx.Request) -> httpx.Response:
        if len(api.requests) <= failures:
            return httpx.Response(status, headers=headers)
        if request.method == "POST":
            return httpx.Response(201, json={"entity_id": 1, "location": "x", "warnings": []})
        return httpx.Response(200, json={"id": 1, "title": "T"})

    api = RecordingAPI(handler)
    return api


def make_client(api: RecordingAPI, sleeps: list[float], **options: object) -> Figshare:
    client = Figshare(token="t", rate_limit=None, http_client=httpx.Client(transport=api.transport()), **options)
    client.core._sleep = sleeps.append  # no real waiting in tests
    return client


def test_get_is_retried_honouring_retry_after() -> None:
    api, sleeps = flaky(2, 503, **{"Retry-After": "7"}), []
    with make_client(api, sleeps) as client:
        assert client.articles.details(1).title == "T"
    assert len(api.requests) == 3
    assert sleeps == [7.0, 7.0]


def test_post_is_not_retried_by_default() -> None:
    api, sleeps = flaky(1, 503), []
    with make_client(api, sleeps, max_retries=3) as client, pytest.raises(InternalServerError):
        client.account.articles.create(body=ArticleCreate(title="x"))
    assert len(api.requests) == 1


def test_post_is_retried_when_the_caller_opts_in() -> None:
    api, sleeps = flaky(1, 503), []
    policy = RetryPolicy(max_retries=2, idempotent_methods=frozenset({"GET", "PUT", "DELETE", "POST"}))
    with make_client(api, sleeps, retry=policy) as client:
        assert client.account.articles.create(body=ArticleCreate(title="x")).entity_id == 1
    assert len(api.requests) == 2
