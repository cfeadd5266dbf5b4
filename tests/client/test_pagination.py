"""Pagination: lazy, every style Figshare uses, stops on a short page, and goes past 9,000 results with X-Cursor."""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest

from figshare import AsyncFigshare, Figshare
from figshare.errors import InvalidArgumentTypeError, ResponseParseError
from figshare_api.models import PrivateArticleSearch
from tests.client.client_fakes import RecordingAPI

OFFSET_LIMIT = 9000  # Figshare cannot list past this without X-Cursor


def catalogue(total: int) -> RecordingAPI:
    """A fake article listing of ``total`` items that behaves like Figshare's: page/page_size or limit/offset
    (never mixed: 422), an offset limit of 9,000, and an X-Cursor header that continues from where a page ended."""
    cursors: dict[str, int] = {}

    def page(start: int, size: int) -> httpx.Response:
        end = min(start + size, total)
        cursor = hashlib.sha1(str(end).encode()).hexdigest()
        cursors[cursor] = end
        items = [{"id": number, "title": f"article {number}"} for number in range(start, end)]
        return httpx.Response(200, json=items, headers={"X-Cursor": cursor})

    def handler(request: httpx.Request) -> httpx.Response:
        query = request.url.params
        if request.method == "POST":
            query = httpx.QueryParams({key: str(value) for key, value in json.loads(request.content).items()})
        if {"page", "page_size"} & set(query) and {"limit", "offset"} & set(query):
            return httpx.Response(422, json={"message": "Mixed pagination", "code": "InvalidParams"})
        cursor = request.headers.get("X-Cursor")
        if cursor:
            if "offset" in query:
                return httpx.Response(422, json={"message": "offset with cursor", "code": "InvalidParams"})
            return page(cursors[cursor], int(query.get("limit", 10)))
        if "limit" in query or "offset" in query:
            start, size = int(query.get("offset", 0)), int(query.get("limit", 10))
        else:
            size = int(query.get("page_size", 10))
            start = (int(query.get("page", 1)) - 1) * size
        if start + size > OFFSET_LIMIT:
            return httpx.Response(422, json={"message": "Offset limit exceeded", "code": "InvalidParams"})
        return page(start, size)

    return RecordingAPI(handler)


def client_for(api: RecordingAPI) -> Figshare:
    return Figshare(token="t", rate_limit=None, http_client=httpx.Client(transport=api.transport()))


def test_walks_past_the_9000_result_limit_with_x_cursor() -> None:
    api = catalogue(12_345)
    with client_for(api) as client:
        ids = [article.id for article in client.paginate(client.articles.list, page_size=1000)]
    assert ids == list(range(12_345))
    assert len(api.requests) == 13
    assert "X-Cursor" not in api.requests[0].headers
    assert all("X-Cursor" in request.headers and "offset" not in request.url.params for request in api.requests[1:])


def test_page_style_listing_stops_on_a_short_page() -> None:
    api = catalogue(25)
    with client_for(api) as client:
        ids = [article.id for article in client.paginate(client.account.articles.list, page_size=10)]
    assert ids == list(range(25))
    assert [dict(request.url.params) for request in api.requests] == [
        {"page_size": "10", "page": "1"},
        {"page_size": "10", "page": "2"},
        {"page_size": "10", "page": "3"},
    ]


def test_limit_offset_style_when_asked_for() -> None:
    api = catalogue(7)
    with client_for(api) as client:
        ids = [article.id for article in client.paginate(client.account.articles.list, limit=5, offset=0)]
    assert ids == list(range(7))
    assert [dict(request.url.params) for request in api.requests] == [
        {"limit": "5", "offset": "0"},
        {"limit": "5", "offset": "5"},
    ]


def test_search_pagination_goes_in_the_json_body() -> None:
    api = catalogue(3)
    with client_for(api) as client:
        found = list(
            client.paginate(client.account.articles.search, body=PrivateArticleSearch(search_for="x", page_size=2))
        )
    assert [article.id for article in found] == [0, 1, 2]
    assert [json.loads(request.content) for request in api.requests] == [
        {"search_for": "x", "page_size": 2, "page": 1},
        {"search_for": "x", "page_size": 2, "page": 2},
    ]


def test_pages_are_fetched_lazily() -> None:
    api = catalogue(5000)
    with client_for(api) as client:
        iterator = client.paginate(client.account.articles.list, page_size=100)
        assert api.requests == []
        first = next(iterator)
    assert first.id == 0 and len(api.requests) == 1


def test_a_method_without_pagination_is_refused() -> None:
    with client_for(catalogue(1)) as client, pytest.raises(TypeError, match="not a paginated operation"):
        list(client.paginate(client.articles.details, 1))  # type: ignore[arg-type]


def test_what_is_not_a_method_is_refused_by_name() -> None:
    api = catalogue(1)
    with client_for(api) as client:
        with pytest.raises(InvalidArgumentTypeError, match=r"^method must be a resource method") as raised:
            list(client.paginate(5))  # type: ignore[call-overload]
        assert raised.value.argument == "method"
        with pytest.raises(InvalidArgumentTypeError, match="not a paginated operation"):
            list(client.paginate(client.articles.details, 1))  # type: ignore[arg-type]
    assert api.requests == []


async def test_async_pagination_with_cursor() -> None:
    api = catalogue(9_500)
    async with AsyncFigshare(
        token="t", rate_limit=None, http_client=httpx.AsyncClient(transport=api.transport())
    ) as client:
        count = 0
        async for _article in client.paginate(client.articles.list, page_size=1000):
            count += 1
    assert count == 9_500


def test_a_server_that_answers_more_than_the_limit_asked_gives_each_item_once() -> None:
    def handler(request: httpx.Request) -> httpx.Response:  # honours offset, ignores limit: pages of 10
        start = int(request.url.params.get("offset", 0))
        return httpx.Response(200, json=[{"id": number} for number in range(start + 1, min(start + 10, 25) + 1)])

    api = RecordingAPI(handler)
    with client_for(api) as client:
        ids = [article.id for article in client.paginate(client.articles.list, limit=3)]
    assert ids == list(range(1, 26))
    assert [request.url.params["offset"] for request in api.requests] == ["0", "10", "20", "25"]


def test_a_server_that_cycles_through_pages_is_stopped() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:  # pages A, B, A, B... whatever is asked for
        calls.append(1)
        first = 1 if len(calls) % 2 else 4
        return httpx.Response(200, json=[{"id": number} for number in range(first, first + 3)])

    with client_for(RecordingAPI(handler)) as client, pytest.raises(ResponseParseError, match="same items"):
        for _ in client.paginate(client.account.articles.list, page_size=3):
            assert len(calls) < 10, "paginate kept going"
    assert len(calls) == 3


async def test_a_method_of_the_other_flavour_is_refused_by_name() -> None:
    api = catalogue(5)
    aclient = AsyncFigshare(token="t", rate_limit=None, http_client=httpx.AsyncClient(transport=api.async_transport()))
    with client_for(api) as client:
        with pytest.raises(InvalidArgumentTypeError, match="of a Figshare") as raised:
            client.paginate(aclient.articles.list)  # type: ignore[arg-type]
        assert raised.value.argument == "method"
        with pytest.raises(InvalidArgumentTypeError, match="of an AsyncFigshare") as raised:
            aclient.paginate(client.articles.list)  # type: ignore[arg-type]
        assert raised.value.argument == "method"
    await aclient.aclose()
    assert api.requests == []
