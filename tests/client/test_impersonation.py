"""Impersonation as Figshare specifies: query parameter on GET and DELETE, JSON body field on POST and PUT."""

from __future__ import annotations

import json

import httpx

from figshare import AsyncFigshare, Figshare, RateLimiter, RetryPolicy
from figshare_api.models import ArticleCreate, ArticleUpdate
from tests.client.client_fakes import RecordingAPI


def ok(request: httpx.Request) -> httpx.Response:
    if request.method == "GET":
        return httpx.Response(200, json=[])
    if request.method == "POST":
        return httpx.Response(201, json={"entity_id": 1, "location": "x", "warnings": []})
    return httpx.Response(205 if request.method == "PUT" else 204, json={"location": "x"})


def test_impersonated_client_adds_the_account_where_figshare_expects_it() -> None:
    api = RecordingAPI(ok)
    with Figshare(token="t", rate_limit=None, http_client=httpx.Client(transport=api.transport())) as admin:
        user = admin.impersonate(1000009)
        user.account.articles.list()
        user.account.articles.create(body=ArticleCreate(title="x"))
        user.account.articles.update(5, body=ArticleUpdate(title="y"))
        user.account.articles.delete(5)
        admin.account.articles.list()
    get, post, put, delete, plain = api.requests
    assert get.url.params["impersonate"] == "1000009"
    assert json.loads(post.content) == {"title": "x", "impersonate": 1000009}
    assert "impersonate" not in post.url.params
    assert json.loads(put.content) == {"title": "y", "impersonate": 1000009}
    assert put.headers["Content-Length"] == str(len(put.content))
    assert delete.url.params["impersonate"] == "1000009"
    assert "impersonate" not in plain.url.params, "the administrator's own client is unchanged"
    assert user.impersonating == 1000009 and "impersonate=1000009" in repr(user)


def test_impersonation_is_added_once_per_call_and_resent_as_is_on_retries() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json=[])])
    api = RecordingAPI(lambda request: next(answers))
    http_client = httpx.Client(transport=api.transport())
    with Figshare(token="t", rate_limit=None, retry=RetryPolicy(initial_backoff=0.0), http_client=http_client) as admin:
        admin.impersonate(42).account.articles.list(page=1)
    assert [str(request.url.query, "ascii") for request in api.requests] == ["page=1&impersonate=42"] * 2


async def test_async_impersonation_goes_through_the_shared_rate_limiter() -> None:
    sleeps: list[float] = []

    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    limiter = RateLimiter(1.0, clock=lambda: 0.0, async_sleep=asleep)
    api = RecordingAPI(ok)
    http_client = httpx.AsyncClient(transport=api.async_transport())
    async with AsyncFigshare(token="t", rate_limit=limiter, http_client=http_client) as admin:
        user = admin.impersonate(7)
        await user.account.articles.delete(1)
        await user.account.articles.delete(2)
    assert sleeps == [1.0]
    assert [request.url.params["impersonate"] for request in api.requests] == ["7", "7"]
