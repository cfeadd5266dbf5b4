"""Bad arguments never reach the network: each is an `InvalidArgumentError` (a `ValueError`) or an
`InvalidArgumentTypeError` (a `TypeError`) naming the argument, raised before any request.

Covers page sizes (issue 12 item 4), path ids, text that UTF-8 cannot encode, base URLs, rate limits and
closed clients (item 8).
"""

from __future__ import annotations

import enum
import io
import json
import math

import httpx
import pytest

from figshare import (
    AsyncFigshare,
    ClientClosedError,
    Figshare,
    FigshareError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    ResponseParseError,
)
from figshare_api.models import ArticleCreate, ArticleSearch, UpdateUserProfilePictureBody
from figshare_api.types import File
from tests.client.client_fakes import RecordingAPI, answer

BAD_PAGE_SIZES = [0, -1, 1001, 10**9, True]


def make(api: RecordingAPI) -> Figshare:
    return Figshare(token="t0ken-for-tests", rate_limit=None, http_client=httpx.Client(transport=api.transport()))


@pytest.fixture
def api() -> RecordingAPI:
    return RecordingAPI(answer(200, []))


# -- item 4: page sizes and limits -----------------------------------------------------------------------


@pytest.mark.parametrize("size", BAD_PAGE_SIZES)
def test_paginate_refuses_a_bad_page_size_before_any_request(api: RecordingAPI, size: int) -> None:
    client = make(api)
    with pytest.raises(InvalidArgumentError) as raised:
        client.paginate(client.account.articles.list, page_size=size)
    assert raised.value.argument == "page_size"
    assert "page_size" in str(raised.value)
    with pytest.raises(InvalidArgumentError, match="limit"):
        client.paginate(client.articles.list, limit=size)
    if isinstance(size, bool):  # not even a model can be made with it
        with pytest.raises(TypeError, match=r"ArticleSearch\.page_size"):
            ArticleSearch(page_size=size)
    else:
        with pytest.raises(InvalidArgumentError, match=r"body\.page_size"):
            client.paginate(client.articles.search, body=ArticleSearch(page_size=size))
    assert api.requests == []


def test_paginate_refuses_a_page_size_of_the_wrong_type(api: RecordingAPI) -> None:
    client = make(api)
    with pytest.raises(InvalidArgumentTypeError, match="page_size"):
        client.paginate(client.account.articles.list, page_size="10")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="page"):
        client.paginate(client.account.articles.list, page=0)
    with pytest.raises(InvalidArgumentError, match="offset"):
        client.paginate(client.articles.list, offset=-1)
    assert api.requests == []


@pytest.mark.parametrize("size", BAD_PAGE_SIZES)
def test_list_methods_refuse_a_bad_page_size_too(api: RecordingAPI, size: int) -> None:
    client = make(api)
    with pytest.raises(InvalidArgumentError, match="page_size"):
        client.account.articles.list(page_size=size)
    with pytest.raises(InvalidArgumentError, match="limit"):
        client.articles.search(body={"limit": size})  # type: ignore[arg-type]
    if not isinstance(size, bool):
        with pytest.raises(InvalidArgumentError, match=r"body\.limit"):
            client.articles.search(body=ArticleSearch(limit=size))
    assert api.requests == []


async def test_async_paginate_refuses_a_bad_page_size(api: RecordingAPI) -> None:
    async with AsyncFigshare(rate_limit=None, http_client=httpx.AsyncClient(transport=api.async_transport())) as client:
        with pytest.raises(InvalidArgumentError, match="page_size"):
            client.paginate(client.account.articles.list, page_size=0)
        with pytest.raises(InvalidArgumentError, match="page_size"):
            await client.account.articles.list(page_size=-1)
    assert api.requests == []


def test_the_largest_page_is_accepted(api: RecordingAPI) -> None:
    client = make(api)
    assert list(client.paginate(client.account.articles.list, page_size=1000)) == []
    assert api.requests[0].url.params["page_size"] == "1000"


# -- item 8: ids -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        *[(value, InvalidArgumentError) for value in (-5, 0, 2**70, 2**63)],
        *[(value, InvalidArgumentTypeError) for value in ("abc", "12", True, 1.0, None)],
    ],
)
def test_ids_are_positive_ints_within_64_bits(api: RecordingAPI, value: object, kind: type[Exception]) -> None:
    client = make(api)
    with pytest.raises(kind) as raised:
        client.articles.details(value)  # type: ignore[arg-type]
    assert raised.value.argument == "article_id"  # type: ignore[attr-defined]
    assert isinstance(raised.value, FigshareError)
    with pytest.raises(kind, match="version_id"):
        client.articles.version_details(1, value)  # type: ignore[arg-type]
    with pytest.raises(kind, match="item_id"):
        client.v3.items.details(value)  # type: ignore[arg-type]
    assert api.requests == []


def test_the_largest_id_is_sent(api: RecordingAPI) -> None:
    api.handler = answer(200, {"id": 1})
    make(api).articles.details(2**63 - 1)
    assert api.requests[0].url.path.endswith(f"/articles/{2**63 - 1}")


@pytest.mark.parametrize("value", ["", ".", "..", "a\nb", "\ud800"])
def test_text_in_a_path_is_checked(api: RecordingAPI, value: str) -> None:
    with pytest.raises(InvalidArgumentError, match="link_id"):
        make(api).account.articles.private_link_delete(1, value)
    assert api.requests == []


def test_impersonate_checks_the_account_id(api: RecordingAPI) -> None:
    for value in (0, -1, True, "5", 1.5):
        with pytest.raises(InvalidArgumentError, match="account_id"):
            make(api).impersonate(value)  # type: ignore[arg-type]


# -- item 8: text that cannot be sent, values of the wrong type ------------------------------------------


def test_a_lone_surrogate_in_a_body_names_the_field(api: RecordingAPI) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        make(api).account.articles.create(body=ArticleCreate(title="climate \ud800 data"))
    assert raised.value.argument == "body.title"
    assert "surrogate" in str(raised.value)
    assert not isinstance(raised.value, UnicodeError), "a figshare error, not the codec's"
    assert api.requests == []


def test_a_lone_surrogate_in_the_query_names_the_argument(api: RecordingAPI) -> None:
    with pytest.raises(InvalidArgumentError, match="published_since"):
        make(api).articles.list(published_since="2024\udfff")
    with pytest.raises(InvalidArgumentError, match="x_cursor"):
        make(api).articles.list(x_cursor="abc\r\ndef")
    assert api.requests == []


def test_a_body_of_the_wrong_type_names_the_argument(api: RecordingAPI) -> None:
    for body in ("x", 5, [{"title": "x"}], ArticleSearch(), None):
        with pytest.raises(InvalidArgumentTypeError, match="body must be a ArticleCreate or a dict, not ") as raised:
            make(api).account.articles.create(body=body)  # type: ignore[arg-type]
        assert raised.value.argument == "body"
    with pytest.raises(InvalidArgumentError, match=r"extra"):
        make(api).account.articles.create(body=ArticleCreate.from_dict({"title": "x", "extra": math.nan}))
    assert api.requests == []


def test_a_body_given_as_a_dict_is_checked_as_its_model(api: RecordingAPI) -> None:
    api.handler = answer(201, {"entity_id": 1, "location": "https://api.figshare.com/v2/account/articles/1"})
    client = make(api)
    client.account.articles.create(body={"title": "x", "authors": [{"name": "Ada"}]})  # type: ignore[arg-type]
    assert json.loads(api.requests[0].content) == {"title": "x", "authors": [{"name": "Ada"}]}
    cases: list[tuple[dict[str, object], type[Exception], str]] = [
        ({"title": 5}, InvalidArgumentTypeError, r"ArticleCreate\.title must be a str, not int"),
        ({"title": "x", "authors": [5]}, InvalidArgumentTypeError, r"authors\[0\]"),
        ({}, InvalidArgumentTypeError, "title"),
    ]
    for body, kind, problem in cases:
        with pytest.raises(kind, match=problem) as raised:
            client.account.articles.create(body=body)  # type: ignore[arg-type]
        assert raised.value.argument == "body"  # type: ignore[attr-defined]
        assert raised.value.__cause__ is None and raised.value.__suppress_context__
    with pytest.raises(InvalidArgumentError, match=r"ArticleSearch\.order must be one of") as raised:
        client.articles.search(body={"order": "nonsense"})  # type: ignore[arg-type]
    assert raised.value.argument == "body"
    assert not isinstance(raised.value, TypeError)
    assert len(api.requests) == 1


@pytest.mark.parametrize(
    ("body", "argument"),
    [
        ({"title": "climate \ud800 data"}, "body.title"),
        ({"title": "x", "authors": [{"name": "A\udfff"}]}, "body.authors[0].name"),
        ({"title": "x", "extra": math.inf}, "body.extra"),
        ({"title": "x", "extra": {"deep": ["\ud800"]}}, "body.extra.deep[0]"),
        ({"title": "x", "extra": object()}, "body.extra"),
    ],
)
def test_hostile_values_in_a_dict_body_are_argument_errors(
    api: RecordingAPI, body: dict[str, object], argument: str
) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        make(api).account.articles.create(body=body)  # type: ignore[arg-type]
    assert raised.value.argument == argument
    assert not isinstance(raised.value, UnicodeError)
    assert api.requests == []


def test_hostile_values_set_on_a_model_after_it_was_made_are_argument_errors(api: RecordingAPI) -> None:
    body = ArticleCreate(title="x")
    body.description = "\ud800"
    with pytest.raises(InvalidArgumentError, match="surrogate") as raised:
        make(api).account.articles.create(body=body)
    assert raised.value.argument == "body.description"
    body = ArticleCreate(title="x")
    body.keywords = [object()]  # type: ignore[list-item]
    with pytest.raises(InvalidArgumentError, match="no JSON form") as raised:
        make(api).account.articles.create(body=body)
    assert raised.value.argument == "body.keywords[0]"
    search = ArticleSearch()
    search.page_size = "10"  # type: ignore[assignment]
    with pytest.raises(InvalidArgumentTypeError, match=r"body\.page_size"):
        make(api).articles.search(body=search)
    assert api.requests == []


def test_hostile_text_in_a_multipart_body_is_an_argument_error(api: RecordingAPI) -> None:
    body = UpdateUserProfilePictureBody(profile_picture=File(io.BytesIO(b"png"), file_name="me\ud800.png"))
    with pytest.raises(InvalidArgumentError, match="surrogate") as raised:
        make(api).account.profile.picture_update(1, body=body)
    assert raised.value.argument == "body.profile_picture.file_name"
    assert api.requests == []


def test_path_text_is_percent_encoded(api: RecordingAPI) -> None:
    api.handler = answer(200, [])
    make(api).institutions.articles_filter_by("a/b?c#d", resource_id="r", filename="f")
    assert api.requests[0].url.raw_path.startswith(b"/v2/institutions/a%2Fb%3Fc%23d/articles/filter-by?")


def test_enum_values_are_accepted_as_strings_and_checked(api: RecordingAPI) -> None:
    client = make(api)
    client.articles.list(order="published_date")

    class Order(str, enum.Enum):
        PUBLISHED = "published_date"

    client.articles.list(order=Order.PUBLISHED)  # type: ignore[arg-type]
    assert [request.url.params["order"] for request in api.requests] == ["published_date", "published_date"]
    with pytest.raises(InvalidArgumentError, match="order must be one of") as raised:
        client.articles.list(order="nonsense")  # type: ignore[arg-type]
    assert raised.value.argument == "order"
    with pytest.raises(InvalidArgumentTypeError, match="order_direction must be one of"):
        client.articles.list(order_direction=1)  # type: ignore[arg-type]
    assert len(api.requests) == 2


def test_a_header_must_be_printable_ascii(api: RecordingAPI) -> None:
    for cursor in ("abc\r\ndef", "caf\u00e9", "\x00", " abc", "abc "):  # h11 refuses outer spaces too
        with pytest.raises(InvalidArgumentError, match="x_cursor") as raised:
            make(api).articles.list(x_cursor=cursor)
        assert raised.value.argument == "x_cursor"
    assert api.requests == []


def test_none_means_not_given_for_optional_query_parameters(api: RecordingAPI) -> None:
    make(api).articles.list(published_since=None, institution=None)  # type: ignore[arg-type]
    assert "published_since" not in api.requests[0].url.params
    assert "institution" not in api.requests[0].url.params


# -- item 8: client settings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("api.figshare.com/v2", "http:// or https://"),
        ("ftp://api.figshare.com/v2", "http:// or https://"),
        ("https://api.figshare.com/v2?x=1", "query"),
        ("https://api.figshare.com/v2#frag", "query or #fragment"),
        ("https://user:pass@api.figshare.com/v2", "user:password"),
        ("https://", "http:// or https://"),
    ],
)
def test_a_base_url_that_cannot_be_an_api_root_is_refused(
    base_url: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InvalidArgumentError, match=problem) as raised:
        Figshare(base_url=base_url)
    assert raised.value.argument == "base_url"
    with pytest.raises(InvalidArgumentError, match="v3_base_url"):
        Figshare(v3_base_url=base_url)
    if base_url.strip():
        monkeypatch.setenv("FIGSHARE_BASE_URL", base_url)
        with pytest.raises(InvalidArgumentError, match="FIGSHARE_BASE_URL"):
            Figshare()


@pytest.mark.parametrize("value", [math.inf, math.nan, -1, -0.5])
def test_a_rate_limit_that_is_not_a_finite_non_negative_number_is_refused(value: float) -> None:
    with pytest.raises(InvalidArgumentError, match="rate_limit"):
        Figshare(rate_limit=value)
    with pytest.raises(InvalidArgumentError, match="rate_limit"):
        AsyncFigshare(rate_limit=value)


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": math.nan}, "timeout"),
        ({"max_response_bytes": 0}, "max_response_bytes"),
        ({"max_response_bytes": 1.5}, "max_response_bytes"),
        ({"rate_limit": "1"}, "rate_limit"),
    ],
)
def test_other_settings_are_checked_at_construction(options: dict[str, object], name: str) -> None:
    with pytest.raises((InvalidArgumentError, TypeError), match=name):
        Figshare(**options)  # type: ignore[arg-type]


# -- item 8: a closed client ----------------------------------------------------------------------------


def test_a_closed_client_raises_client_closed_error(api: RecordingAPI) -> None:
    api.handler = answer(200, {"id": 1})
    client = Figshare(rate_limit=None, http_client=httpx.Client(transport=api.transport()))
    derived = client.impersonate(5)
    client.close()
    with pytest.raises(ClientClosedError):
        client.articles.details(1)
    derived.articles.details(1)  # the caller's own httpx client is still open; only `client` was closed
    owned = Figshare(rate_limit=None)
    child = owned.with_options(deadline=5)
    owned.close()
    for closed in (owned, child, owned.impersonate(3)):
        with pytest.raises(ClientClosedError):
            closed.articles.details(1)
        with pytest.raises(ClientClosedError):
            closed.stats.total("views", "article", 1)
    assert len(api.requests) == 1


async def test_a_closed_async_client_raises_client_closed_error() -> None:
    client = AsyncFigshare(rate_limit=None)
    await client.aclose()
    with pytest.raises(ClientClosedError):
        await client.articles.details(1)
    with pytest.raises(ClientClosedError):
        await client.with_options(max_retries=0).articles.details(1)


@pytest.mark.parametrize("name", ["deadline", "rate_limit", "timeout"])
@pytest.mark.parametrize("value", [1e300, 10**5000, 2_000_000], ids=["1e300", "10**5000", "2e6"])
def test_seconds_too_large_to_sleep_or_wait_for_are_refused(name: str, value: float) -> None:
    """A finite but huge number would overflow time.sleep or the deadline watchdog's wait."""
    with pytest.raises(InvalidArgumentError, match=name):
        Figshare(**{name: value})  # type: ignore[arg-type]


def test_a_huge_id_is_refused_with_a_short_message(api: RecordingAPI) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        make(api).articles.details(10**5000)
    assert len(str(raised.value)) < 200


def test_trusted_hosts_as_a_single_string_is_refused() -> None:
    with pytest.raises(TypeError, match="trusted_hosts"):
        Figshare(trusted_hosts="api.figshare.com")


@pytest.mark.parametrize("base_url", ["https://\ud800", "https://[::1", "", "ftp://stats.figshare.com"])
def test_a_stats_base_url_that_is_not_a_url_is_an_argument_error(base_url: str) -> None:
    from figshare.stats import Stats

    with pytest.raises(InvalidArgumentError, match="base_url"):
        Stats(base_url=base_url)


def test_a_server_that_ignores_pagination_does_not_make_paginate_loop_for_ever() -> None:
    full_page = [{"id": index, "title": f"t{index}"} for index in range(1, 4)]
    api = RecordingAPI(answer(200, full_page))  # the same three articles whatever page is asked for
    client = make(api)
    items = []
    with pytest.raises(ResponseParseError, match="same items") as caught:
        for item in client.paginate(client.account.articles.list, page_size=3):
            items.append(item.id)
    assert items == [1, 2, 3], "the first page was given once, and nothing repeated"
    assert caught.value.method == "GET" and "/account/articles?page=2" in str(caught.value.url)
    assert len(api.requests) == 2


def test_a_secret_used_as_a_key_of_a_body_is_not_shown_in_the_argument(api: RecordingAPI) -> None:
    token = "t0ken-for-tests"
    with pytest.raises(InvalidArgumentError) as raised:
        make(api).account.articles.create(body={"title": "x", token: ["\ud800"]})  # type: ignore[arg-type]
    assert raised.value.argument is not None and raised.value.argument.startswith("body.")
    assert token not in raised.value.argument and token not in repr(raised.value) and token not in str(raised.value)
    assert api.requests == []


def test_an_ipv6_base_url_is_accepted_and_its_host_trusted(api: RecordingAPI) -> None:
    api.handler = answer(200, {"id": 1})
    client = Figshare(
        token="t0ken-for-tests",
        base_url="http://[::1]:8080/v2",
        rate_limit=None,
        http_client=httpx.Client(transport=api.transport()),
    )
    client.articles.details(1)
    assert api.requests[0].headers["Authorization"] == "token t0ken-for-tests"
    with pytest.raises(InvalidArgumentError, match="port") as raised:
        Figshare(base_url="http://[::1]:99999/v2")
    assert raised.value.argument == "base_url"


@pytest.mark.parametrize("client_class", [Figshare, AsyncFigshare])
@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"base_url": "http://api.figshare.com/v2"}, "base_url"),
        ({"base_url": "https://api.figshare.com/v2", "v3_base_url": "http://api.figshare.com/v3"}, "v3_base_url"),
        ({"base_url": "http://api.example.org/v2"}, "base_url"),
    ],
)
def test_a_token_is_never_sent_over_plain_http_to_another_machine(
    client_class: type, options: dict[str, str], argument: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InvalidArgumentError, match="https://") as raised:
        client_class(token="t0ken-for-tests", **options)
    assert raised.value.argument == argument
    monkeypatch.setenv("FIGSHARE_TOKEN", "t0ken-from-environment")
    with pytest.raises(InvalidArgumentError, match="https://"):
        client_class(**options)
    monkeypatch.delenv("FIGSHARE_TOKEN")
    assert client_class(**options).base_url == options["base_url"]  # anonymous: nothing to protect
    for local in ("http://127.0.0.1:4010", "http://localhost:4010/v2", "http://[::1]:4010/v2"):
        assert client_class(token="t0ken-for-tests", base_url=local).base_url == local  # a mock on this machine
