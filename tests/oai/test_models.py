"""Figshare helpers, datestamps, DataCite, serialisation and the cursor's saved state."""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import httpx
import pytest
from lxml import etree

from figshare.errors import FigshareError, InvalidArgumentError
from figshare.oai import (
    BadResumptionTokenError,
    Header,
    ListCursor,
    ListQuery,
    MetadataParseError,
    OAIError,
    Record,
    RepeatedResumptionTokenError,
    ResumptionToken,
    article_id,
    article_identifier,
    category_set,
    item_type_set,
    month_year_set,
    parse_datacite,
    parse_datestamp,
    portal_set,
)
from figshare.oai._datestamp import format_date_argument

UTC = timezone.utc


def test_figshare_identifiers_and_sets() -> None:
    assert article_identifier(2001969) == "oai:figshare.com:article/2001969"
    assert article_id("oai:figshare.com:article/2001969") == 2001969
    assert (portal_set(63), category_set(539), item_type_set(7)) == ("portal_63", "category_539", "item_type_7")
    assert month_year_set(6, 2017) == "month_year_06_2017"
    assert month_year_set(10, 2016) == "month_year_10_2016"
    assert Header("oai:figshare.com:article/5", datetime(2020, 1, 1, tzinfo=UTC)).article_id == 5
    assert Header("oai:zenodo.org:5", datetime(2020, 1, 1, tzinfo=UTC)).article_id is None


@pytest.mark.parametrize(
    "bad",
    [
        "oai:figshare.com:article/",
        "oai:figshare.com:article/12a",
        "oai:zenodo.org:1",
        "12",
        "oai:figshare.com:article/\uff11\uff12",  # full-width digits
    ],
)
def test_article_id_refuses_other_identifiers(bad: str) -> None:
    with pytest.raises(ValueError, match="not a Figshare"):
        article_id(bad)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: article_identifier(0), "positive"),
        (lambda: portal_set(True), "positive"),
        (lambda: category_set(-3), "positive"),
        (lambda: item_type_set(2**63), "64 bits"),
        (lambda: article_identifier("7"), "positive int id, not str"),  # type: ignore[arg-type]
        (lambda: month_year_set(13, 2020), "1 to 12"),
        (lambda: month_year_set(1, 20), "four-digit"),
    ],
)
def test_figshare_helpers_check_their_arguments(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(("month", "year", "argument"), [(0, 2020, "month"), (True, 2020, "month"), (1, 20, "year")])
def test_month_year_set_refuses_with_a_typed_error(month: int, year: int, argument: str) -> None:
    with pytest.raises(InvalidArgumentError, match=f"^{argument} must be") as raised:
        month_year_set(month, year)
    assert raised.value.argument == argument


@pytest.mark.parametrize("builder", [article_identifier, portal_set, category_set, item_type_set])
@pytest.mark.parametrize("value", [0, True, "7", 2**63])
def test_figshare_ids_are_checked_as_every_id_of_the_sdk(builder: Callable[[int], str], value: object) -> None:
    with pytest.raises(InvalidArgumentError, match=r"id") as raised:
        builder(value)  # type: ignore[arg-type]
    assert isinstance(raised.value, ValueError)  # as before the shared check


def test_datestamps() -> None:
    assert parse_datestamp("2010-01-08T01:24:54Z") == datetime(2010, 1, 8, 1, 24, 54, tzinfo=UTC)
    assert parse_datestamp("2010-01-08").tzinfo is UTC
    assert parse_datestamp("2010-01-08T01:24:54.25Z").microsecond == 250000
    for bad in ("2010-01-08T01:24:54", "2010-01-08T01:24:54+02:00", "2010-01-08T01:24Z", "08/01/2010", ""):
        with pytest.raises(ValueError, match="not an OAI-PMH UTC datestamp"):
            parse_datestamp(bad)
    plus_ten = timezone(timedelta(hours=10))
    moment = datetime(2020, 1, 2, 3, 4, 5, 678, tzinfo=plus_ten)
    assert format_date_argument(moment, "YYYY-MM-DDThh:mm:ssZ", "from_") == "2020-01-01T17:04:05Z"
    assert format_date_argument(moment, "YYYY-MM-DD", "from_") == "2020-01-01"
    assert (
        format_date_argument(datetime(2020, 1, 2, 3, 4, 5), "YYYY-MM-DDThh:mm:ssZ", "from_") == "2020-01-02T03:04:05Z"
    )
    assert format_date_argument(date(2020, 1, 2), "YYYY-MM-DDThh:mm:ssZ", "from_") == "2020-01-02"
    assert format_date_argument("2020", "YYYY-MM-DD", "from_") == "2020"


def test_datacite_bare_resource_of_an_older_kernel() -> None:
    resource = etree.fromstring(
        b'<resource xmlns="http://datacite.org/schema/kernel-3"><identifier identifierType="URL">https://x/1'
        b"</identifier><creators><creator><creatorName>Doe, J.</creatorName></creator></creators>"
        b"<publicationYear>n.d.</publicationYear></resource>"
    )
    parsed = parse_datacite(resource)
    assert parsed.identifier == "https://x/1" and parsed.doi is None
    assert parsed.creators[0].name == "Doe, J." and parsed.creators[0].name_identifiers == ()
    assert parsed.publication_year is None and parsed.datacentre_symbol is None
    assert parsed.schema_namespace == "http://datacite.org/schema/kernel-3"
    assert parsed.titles == () and parsed.publisher is None


def test_datacite_without_a_resource_is_a_typed_error() -> None:
    record = Record(Header("x", datetime(2020, 1, 1, tzinfo=UTC)), "oai_datacite", etree.fromstring(b"<other/>"))
    with pytest.raises(MetadataParseError, match="no DataCite <resource>"):
        record.datacite()
    deleted = Record(Header("x", datetime(2020, 1, 1, tzinfo=UTC), deleted=True), "oai_datacite")
    with pytest.raises(MetadataParseError, match="no metadata"):
        deleted.datacite()


def test_errors_belong_to_the_sdk_hierarchy() -> None:
    assert issubclass(OAIError, FigshareError)
    error = RepeatedResumptionTokenError("t" * 200, url="https://x/oai?verb=ListRecords&access_token=secret")
    assert isinstance(error, FigshareError)
    assert "secret" not in str(error) and "..." in str(error)


def test_a_cursor_survives_saving_and_restoring() -> None:
    cursor = ListCursor(ListQuery("ListRecords", "oai_dc", from_="2020-01-01", set_spec="portal_1"))
    for minute in range(3):
        assert cursor.accept_header(f"id{minute}", datetime(2020, 1, 1, 0, minute, tzinfo=UTC))
    expires = datetime(2020, 1, 1, 1, tzinfo=UTC)
    cursor.page_done(ResumptionToken("next", expiration_date=expires, complete_list_size=9, cursor=0))
    cursor.restart(BadResumptionTokenError("badResumptionToken", "expired"), "YYYY-MM-DDThh:mm:ssZ")
    restored = ListCursor.from_json(cursor.to_json())
    assert restored.to_json() == cursor.to_json()
    assert restored.next_params() == {
        "verb": "ListRecords",
        "metadataPrefix": "oai_dc",
        "from": "2020-01-01T00:02:00Z",
        "set": "portal_1",
    }
    assert not restored.accept_header("id2", datetime(2020, 1, 1, 0, 2, tzinfo=UTC))  # delivered before
    assert restored.accept_header("id3", datetime(2020, 1, 1, 0, 3, tzinfo=UTC))
    assert (restored.items, restored.pages, restored.complete_list_size, restored.order) == (4, 1, 9, "ascending")


def test_a_cursor_sees_tokens_repeated_and_expired() -> None:
    cursor = ListCursor(ListQuery("ListSets"))
    now = datetime(2020, 1, 1, tzinfo=UTC)
    first = ResumptionToken("a", expiration_date=now + timedelta(minutes=60))
    assert cursor.would_follow(first, now) and not cursor.would_follow(first, now + timedelta(hours=2))
    cursor.page_done(first)
    assert not cursor.would_follow(first, now)
    assert cursor.token_expired(now + timedelta(minutes=61)) and not cursor.token_expired(now)
    with pytest.raises(RepeatedResumptionTokenError):
        cursor.page_done(ResumptionToken("a"))


@pytest.mark.parametrize(
    "text",
    ["a &amp; b", "&amp;lt;em&amp;gt;", "&amp;amp;", "a &lt; b &amp; c", "caf&eacute; &amp;", "x & y", "AT&amp;T &"],
)
def test_entities_decode_like_html_unescape(text: str) -> None:
    from figshare.oai._dublin_core import _decode_entities

    assert _decode_entities(text) == html.unescape(text)


def test_the_prefetcher_drops_pages_asked_for_with_other_arguments() -> None:
    from figshare.oai._prefetch import PagePrefetcher

    release = threading.Event()
    calls: list[str] = []

    def fetch(params: dict[str, str], sent: threading.Event | None) -> tuple[bytes, str]:
        calls.append(params["n"])
        if sent is not None:
            sent.set()  # the request is out
        if params["n"] == "1":
            release.wait(10)
        return params["n"].encode(), "url"

    prefetcher = PagePrefetcher(fetch)
    prefetcher.start({"n": "1"})  # its worker is now stuck sending
    assert prefetcher.get({"n": "2"}) == (b"2", "url")  # asked for something else: fetched here and now
    prefetcher.start({"n": "3"})  # a fresh worker; the stuck one finishes alone
    assert prefetcher.get({"n": "3"}) == (b"3", "url")
    release.set()
    prefetcher.close()
    assert calls == ["1", "2", "3"]

    on_demand = PagePrefetcher(fetch, enabled=False)
    on_demand.start({"n": "4"})
    assert calls == ["1", "2", "3"]
    assert on_demand.get({"n": "4"}) == (b"4", "url")


def test_the_prefetcher_fetches_ahead_only_when_the_repository_and_the_reader_are_slow_enough_for_it_to_pay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from figshare.oai import _prefetch

    monkeypatch.setattr(_prefetch, "WORTHWHILE_LATENCY", 0.005)
    latency = {"1": 0.001, "2": 0.001, "3": 0.020, "4": 0.020, "5": 0.020, "6": 0.020, "7": 0.020}
    clocks = threading.local()  # each thread's own time: a fetch ahead runs beside the caller's reading
    threads: list[str] = []

    def clock() -> float:
        return float(getattr(clocks, "now", 0.0))

    def fetch(params: dict[str, str], sent: _prefetch.Signal | None) -> tuple[bytes, str]:
        threads.append(threading.current_thread().name)
        clocks.now = clock() + latency[params["n"]]
        return params["n"].encode(), "url"

    def read(n: str, seconds: float) -> None:  # the caller asks for page n after reading the last for seconds
        clocks.now = clock() + seconds
        assert prefetcher.get({"n": n}) == (n.encode(), "url")

    prefetcher = _prefetch.PagePrefetcher(fetch, clock=clock)
    read("1", 0.0)  # a 1 ms answer: not worth a thread
    prefetcher.start({"n": "2"})
    read("2", 0.010)
    read("3", 0.010)  # 20 ms, but the caller read the last page in 10 ms: from now on, fetch ahead
    prefetcher.start({"n": "4"})
    read("4", 0.010)
    prefetcher.start({"n": "5"})  # the caller read page 3 in 10 ms: ahead
    read("5", 0.001)
    prefetcher.start({"n": "6"})  # but page 4 in 1 ms: fetched when asked for
    read("6", 0.001)
    read("7", 0.010)
    prefetcher.close()
    main = threading.current_thread().name
    assert threads[:3] == [main, main, main] and threads[3].startswith("figshare-oai-prefetch")
    assert threads[4].startswith("figshare-oai-prefetch") and threads[5:] == [main, main]


def test_a_fetch_before_a_parse_has_its_own_threshold_and_a_page_on_its_way_is_not_asked_for_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from figshare.oai import _prefetch

    monkeypatch.setattr(_prefetch, "WORTHWHILE_LATENCY", 0.005)
    monkeypatch.setattr(_prefetch, "WORTHWHILE_BEFORE_PARSE", 0.001)
    monkeypatch.setattr(_prefetch, "HAND_OVER", 0.00025)
    calls: list[str] = []
    answer = {"seconds": 0.0001}
    clocks = threading.local()

    def clock() -> float:
        return float(getattr(clocks, "now", 0.0))

    def fetch(params: dict[str, str], sent: _prefetch.Signal | None) -> tuple[bytes, str]:
        calls.append(params["n"] + ("" if threading.current_thread() is threading.main_thread() else " ahead"))
        clocks.now = clock() + answer["seconds"]
        return params["n"].encode(), "url"

    prefetcher = _prefetch.PagePrefetcher(fetch, clock=clock)
    prefetcher.get({"n": "1"})
    clocks.now = clock() + 0.002
    prefetcher.get({"n": "2"})  # the reader took 2 ms, the repository 0.1 ms: not worth handing over
    prefetcher.start({"n": "3"}, before_parse=True)
    assert calls == ["1", "2"]
    answer["seconds"] = 0.002  # 2 ms answers: too fast for a fetch after the parse, not before it
    clocks.now = clock() + 0.002
    prefetcher.get({"n": "2"})
    prefetcher.start({"n": "3"})  # after a parse: not worth it
    prefetcher.start({"n": "3"}, before_parse=True)  # before one: fetched ahead
    prefetcher.start({"n": "3"})  # the token the parse reads: already on its way
    clocks.now = clock() + 0.002
    assert prefetcher.get({"n": "3"}) == (b"3", "url")
    prefetcher.close()
    assert calls == ["1", "2", "2", "3 ahead"]


def _list_page(number: int, token: str, before_the_list: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        "<responseDate>2026-01-01T00:00:00Z</responseDate><request>https://repo.example.org/oai</request>"
        f"{before_the_list}<ListRecords><record><header><identifier>oai:x:{number}</identifier>"
        f"<datestamp>2024-01-0{number}T00:00:00Z</datestamp></header></record>{token}</ListRecords></OAI-PMH>"
    ).encode()


PAGES_PEEKED = {
    None: _list_page(1, "<resumptionToken>t2</resumptionToken>"),
    "t2": _list_page(2, "<resumptionToken cursor='1'>t3</resumptionToken>"),
    "t3": _list_page(3, "<resumptionToken/>"),
    # a page whose end looks right but which the parse refuses: the page asked for ahead is never used
    "bad": _list_page(4, "<resumptionToken>t2</resumptionToken>", '<error code="badArgument">no</error>'),
}


def _peeking_transport(
    pages: dict[str | None, bytes], first: str | None, asked: list[str | None]
) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("resumptionToken")
        asked.append(token)
        return httpx.Response(200, content=pages[token if token is not None else first])

    return httpx.MockTransport(answer)


def test_the_next_page_asked_for_before_the_parse_is_used_once_and_a_refused_page_drops_it() -> None:
    from figshare.oai import BadArgumentError, OAIClient

    asked: list[str | None] = []
    transport = _peeking_transport(PAGES_PEEKED, None, asked)
    with OAIClient(
        "https://repo.example.org/oai", http_client=httpx.Client(transport=transport), rate_limit=None
    ) as oai:
        records = oai.list_records()
        assert [record.identifier for record in records] == ["oai:x:1", "oai:x:2", "oai:x:3"]
        assert asked == [None, "t2", "t3"]  # each page once, although each token was seen twice
        asked.clear()
        transport = _peeking_transport(PAGES_PEEKED, "bad", asked)
    with OAIClient(
        "https://repo.example.org/oai", http_client=httpx.Client(transport=transport), rate_limit=None
    ) as oai:
        with pytest.raises(BadArgumentError):
            list(oai.list_records())
        assert asked[0] is None and set(asked[1:]) <= {"t2"}  # at most the guessed page, never used


async def test_the_async_client_uses_the_page_asked_for_before_the_parse_once() -> None:
    from figshare.oai import AsyncOAIClient

    asked: list[str | None] = []
    transport = _peeking_transport(PAGES_PEEKED, None, asked)
    client = httpx.AsyncClient(transport=transport)
    async with AsyncOAIClient("https://repo.example.org/oai", http_client=client, rate_limit=None) as oai:
        assert [record.identifier async for record in await oai.list_records()] == ["oai:x:1", "oai:x:2", "oai:x:3"]
    await client.aclose()
    assert asked == [None, "t2", "t3"]
