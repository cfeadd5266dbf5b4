"""Every failure during a call is a `FigshareError` (issue 12 item 8): deep JSON, broken encodings, redirect
loops, values with no UTF-8 form, whatever a transport raises."""

from __future__ import annotations

import httpx
import pytest

from figshare import (
    APIConnectionError,
    AsyncFigshare,
    Figshare,
    FigshareError,
    InvalidArgumentError,
    NotFoundError,
    ResponseParseError,
)
from figshare._http import HTTPCore, parse_json
from figshare.stats import Stats

API = "https://api.figshare.com/v2"
DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 50_000 + b"1" + b"}" * 50_000


def answering(status: int, content: bytes, **headers: str) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json", **headers})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT])
def test_deeply_nested_json_is_a_response_parse_error(body: bytes) -> None:
    client = Figshare(rate_limit=None, http_client=httpx.Client(transport=answering(200, body)))
    with pytest.raises(ResponseParseError, match="nested too deeply"):
        client.articles.details(1)
    with pytest.raises(ResponseParseError):
        client.articles.list()
    with pytest.raises(ResponseParseError):
        parse_json(httpx.Response(200, content=body))


async def test_deeply_nested_json_is_a_response_parse_error_async() -> None:
    http_client = httpx.AsyncClient(transport=answering(200, DEEP))
    async with AsyncFigshare(rate_limit=None, http_client=http_client) as client:
        with pytest.raises(ResponseParseError):
            await client.articles.details(1)


def test_a_deeply_nested_error_body_still_gives_the_status_error() -> None:
    client = Figshare(rate_limit=None, http_client=httpx.Client(transport=answering(404, DEEP)))
    with pytest.raises(NotFoundError):
        client.articles.details(1)


def test_deeply_nested_stats_json_is_a_response_parse_error() -> None:
    stats = Stats(http_client=httpx.Client(transport=answering(200, DEEP)), rate_limit=None)
    with pytest.raises(ResponseParseError):
        stats.total("views", "article", 1)
    stats = Stats(http_client=httpx.Client(transport=answering(200, b'{"totals": ' + DEEP + b"}")), rate_limit=None)
    with pytest.raises(ResponseParseError):
        stats.total("views", "article", 1)


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00garbage", b'{"id": 1, "title": "\xff"}', b'{"id": 1e999999}', b'{"id": ' + b"9" * 5000 + b"}"],
)
def test_bodies_that_are_not_json_are_response_parse_errors(content: bytes) -> None:
    client = Figshare(rate_limit=None, http_client=httpx.Client(transport=answering(200, content)))
    try:
        client.articles.details(1)
    except FigshareError as error:
        assert isinstance(error, ResponseParseError)


def test_a_body_that_does_not_decompress_is_a_response_parse_error() -> None:
    client = Figshare(
        rate_limit=None,
        http_client=httpx.Client(transport=answering(200, b"not gzip at all", **{"Content-Encoding": "gzip"})),
    )
    with pytest.raises(ResponseParseError, match="could not be decoded"):
        client.articles.details(1)


def test_a_redirect_loop_is_a_figshare_error() -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": str(request.url)})

    client = Figshare(
        rate_limit=None, http_client=httpx.Client(transport=httpx.MockTransport(loop), follow_redirects=True)
    )
    with pytest.raises(APIConnectionError, match="TooManyRedirects"):
        client.articles.details(1)


def test_values_with_no_utf8_form_given_to_the_core_are_argument_errors() -> None:
    core = HTTPCore(httpx.Client(transport=answering(200, b"{}")))
    for options in ({"params": {"q": "\ud800"}}, {"json": {"title": "\udc00"}}, {"headers": {"X-A": "é\ud800"}}):
        with pytest.raises(InvalidArgumentError):
            core.request("GET", f"{API}/x", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("error", [RuntimeError("x"), ValueError("y"), OSError(5, "EIO"), httpx.StreamConsumed()])
def test_whatever_a_transport_raises_is_a_figshare_error(error: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    client = Figshare(rate_limit=None, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(FigshareError):
        client.articles.details(1)
