"""The six verbs and lazy lists, sync and async, against a real OAI-PMH server (oaipmh's BatchingServer)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date, datetime, timezone

import httpx
import pytest

from figshare.errors import APIStatusError
from figshare.oai import (
    FIGSHARE_OAI_URL,
    AsyncOAIClient,
    CannotDisseminateFormatError,
    Header,
    IdDoesNotExistError,
    OAIClient,
    OAISet,
    Record,
    article_identifier,
    portal_set,
)

# The in-process OAI-PMH server is the `oaipmh` package, which needs Python 3.11+.
pytest.importorskip("oaipmh", reason="the OAI-PMH test server (oaipmh 4) needs Python 3.11+")

from tests.oai.harness import Harness
from tests.oai.oai_server import DC_ELEMENTS, make_items

UTC = timezone.utc
MakeHarness = Callable[..., Harness]


def test_identify(harness: MakeHarness) -> None:
    identify = harness().client().identify()
    assert identify.repository_name == "figshare (test)"
    assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"
    assert identify.earliest_datestamp == datetime(2020, 1, 1, tzinfo=UTC)
    assert identify.deleted_record == "transient"
    assert len(identify.descriptions) == 1  # the server's toolkit description, as a raw element


def test_list_records_walks_every_page_lazily(harness: MakeHarness) -> None:
    h = harness(count=45, page_size=10)
    records = h.client(prefetch=False).list_records()
    assert h.server.requests == []  # nothing is fetched before iteration
    first = next(records)
    assert len(h.server.requests) == 1 and records.cursor.pages == 0
    rest = list(records)
    assert [record.header.article_id for record in [first, *rest]] == list(range(1, 46))
    assert h.verbs == ["ListRecords"] * 5
    assert ["resumptionToken" in request.url.params for request in h.server.requests] == [False] + [True] * 4
    assert records.cursor.finished and records.resumption_token is None and records.cursor.items == 45


def test_the_next_page_is_fetched_while_the_current_one_is_read(harness: MakeHarness) -> None:
    h = harness(count=25, page_size=10)
    records = h.client().list_records()
    first = next(records)
    assert h.server.token_requested.wait(timeout=10)  # asked for while page one is still being handed out
    assert first.header.article_id == 1 and records.cursor.pages == 0
    first_token = re.search(r"<resumptionToken>([^<]+)<", h.server.pages[0].decode())
    assert first_token is not None
    assert h.server.requests[1].url.params["resumptionToken"] == html.unescape(first_token.group(1))
    assert [record.header.article_id for record in records] == list(range(2, 26))
    assert len(h.server.requests) == 3  # no page fetched twice


def test_records_are_typed_whatever_namespace_dublin_core_is_bound_to(harness: MakeHarness) -> None:
    for namespace in ("http://purl.org/dc/terms/", DC_ELEMENTS):
        [record, *_] = harness(count=3, dc_namespace=namespace).client().list_records()
        assert isinstance(record, Record) and record.dublin_core is not None
        assert record.dublin_core.title == ("Dataset 1 on <em>Caulobacter</em> & friends",)
        assert record.dublin_core.description == ("<p>Description 1 & more</p>",)
        assert record.dublin_core.creator == ("Author 1 (1001)", "Second Author (42)")
        assert record.header.datestamp == datetime(2020, 1, 1, tzinfo=UTC)
        assert record.header.set_specs == ("portal_2", "item_type_2")


def test_selective_harvesting_by_set_and_dates(harness: MakeHarness) -> None:
    h = harness(count=60)
    client = h.client(granularity="YYYY-MM-DDThh:mm:ssZ")
    records = list(
        client.list_records(
            set_spec=portal_set(1),
            from_=datetime(2020, 1, 1, 1, 0, 0, tzinfo=UTC),
            until=datetime(2020, 1, 1, 5, 0, 0),  # naive: UTC
        )
    )
    assert records and all("portal_1" in record.header.set_specs for record in records)
    assert all(
        datetime(2020, 1, 1, 1, tzinfo=UTC) <= record.header.datestamp <= datetime(2020, 1, 1, 5, tzinfo=UTC)
        for record in records
    )
    params = h.server.requests[0].url.params
    assert (params["from"], params["until"], params["set"]) == (
        "2020-01-01T01:00:00Z",
        "2020-01-01T05:00:00Z",
        "portal_1",
    )


def test_datetimes_are_written_at_the_granularity_identify_reports(harness: MakeHarness) -> None:
    h = harness(count=5, granularity="YYYY-MM-DD")
    client = h.client()
    list(client.list_identifiers(from_=datetime(2019, 12, 31, 23, 0, tzinfo=UTC), until=date(2020, 1, 2)))
    assert h.verbs == ["Identify", "ListIdentifiers"]
    assert h.server.requests[1].url.params["from"] == "2019-12-31"
    assert h.server.requests[1].url.params["until"] == "2020-01-02"
    list(client.list_identifiers(from_=datetime(2020, 1, 1, tzinfo=UTC)))
    assert h.verbs == ["Identify", "ListIdentifiers", "ListIdentifiers"]  # Identify is asked once


def test_aware_datetimes_are_converted_to_utc_and_strings_sent_as_they_are(harness: MakeHarness) -> None:
    from datetime import timedelta

    h = harness(count=5)
    client = h.client(granularity="YYYY-MM-DDThh:mm:ssZ")
    tz = timezone(timedelta(hours=10))
    list(client.list_identifiers(from_=datetime(2020, 1, 1, 10, 0, tzinfo=tz), until="2020-01-01T00:30:00Z"))
    params = h.server.requests[0].url.params
    assert (params["from"], params["until"]) == ("2020-01-01T00:00:00Z", "2020-01-01T00:30:00Z")


def test_list_identifiers_reports_deleted_records(harness: MakeHarness) -> None:
    h = harness(items=make_items(12, deleted=lambda n: n % 4 == 0))
    headers = list(h.client().list_identifiers())
    assert all(isinstance(header, Header) for header in headers)
    assert [header.article_id for header in headers if header.deleted] == [4, 8, 12]
    records = list(h.client().list_records())
    deleted = [record for record in records if record.deleted]
    assert [record.header.article_id for record in deleted] == [4, 8, 12]
    assert all(record.metadata is None and record.dublin_core is None for record in deleted)


def test_no_records_match_is_an_empty_list(harness: MakeHarness) -> None:
    h = harness(count=5)
    client = h.client()
    assert list(client.list_records(set_spec="portal_999")) == []
    assert list(client.list_identifiers(from_="2030-01-01")) == []
    assert b"noRecordsMatch" in h.server.pages[0]


def test_list_sets_and_metadata_formats(harness: MakeHarness) -> None:
    h = harness(count=9, page_size=2)
    client = h.client()
    sets = list(client.list_sets())
    assert sets == [
        OAISet("item_type_1", "Item Type 1"),
        OAISet("item_type_2", "Item Type 2"),
        OAISet("portal_1", "Portal 1"),
        OAISet("portal_2", "Portal 2"),
        OAISet("portal_3", "Portal 3"),
    ]
    assert h.verbs.count("ListSets") == 3  # paged, two per page
    formats = client.list_metadata_formats()
    assert [fmt.metadata_prefix for fmt in formats] == ["oai_dc", "oai_datacite"]
    assert client.list_metadata_formats(3) == formats
    assert h.server.requests[-1].url.params["identifier"] == "oai:figshare.com:article/3"


def test_get_record_in_dublin_core_and_datacite(harness: MakeHarness) -> None:
    client = harness(count=5).client()
    record = client.get_record(article_identifier(3))
    assert record.header.article_id == 3 and record.dublin_core is not None
    datacite = client.get_record(3, "oai_datacite").datacite()
    assert datacite.doi == "10.6084/m9.figshare.3"
    assert datacite.creators[0].family_name == "Purcell"
    assert datacite.creators[0].name_identifiers[0].scheme == "ORCID"
    assert [title.value for title in datacite.titles] == ["Dataset 3", "Part 3"]
    assert datacite.titles[0].lang == "en"
    assert datacite.descriptions[0].value == "About dataset 3.\nSecond line."
    assert datacite.resource_type_general == "Dataset" and datacite.publication_year == 2020
    assert datacite.rights[0].uri == "https://creativecommons.org/licenses/by/4.0/"
    assert datacite.related_identifiers[0].relation_type == "IsSupplementTo"
    assert datacite.funding_references[0].award_number == "DP123"
    assert datacite.datacentre_symbol == "FIGSHARE.ARS"


def test_other_formats_are_raw_elements(harness: MakeHarness) -> None:
    [record, *_] = harness(count=2).client().list_records("oai_datacite")
    assert record.dublin_core is None and record.metadata is not None
    assert record.metadata.tag == "{http://schema.datacite.org/oai/oai-1.1/}oai_datacite"
    assert record.metadata.findtext(".//{http://datacite.org/schema/kernel-4}publisher") == "figshare"


def test_error_conditions_of_single_item_verbs(harness: MakeHarness) -> None:
    client = harness(count=2).client()
    with pytest.raises(IdDoesNotExistError, match="idDoesNotExist"):
        client.get_record(999)
    with pytest.raises(CannotDisseminateFormatError):
        client.get_record(1, "mets")
    with pytest.raises(CannotDisseminateFormatError):
        list(client.list_records("mets"))


@pytest.mark.parametrize(("prefetch", "most_requests"), [(False, 2), (True, 3)])
def test_stopping_early_fetches_no_more_pages(harness: MakeHarness, prefetch: bool, most_requests: int) -> None:
    h = harness(count=45)
    records = h.client(prefetch=prefetch).list_records()
    for record in records:
        if record.header.article_id == 12:
            break
    records.close()
    assert list(records) == []
    assert 2 <= len(h.server.requests) <= most_requests  # with prefetch, at most the page after


def test_arguments_are_checked_before_sending() -> None:
    with pytest.raises(ValueError, match="absolute http"):
        OAIClient("api.figshare.com/v2/oai")
    with pytest.raises(ValueError, match="query string"):
        OAIClient("https://api.figshare.com/v2/oai?verb=Identify")
    with OAIClient(http_client=httpx.Client()) as client, pytest.raises(ValueError, match="identifier"):
        client.get_record("  ")
    with pytest.raises(ValueError, match="positive"):
        OAIClient().get_record(0)


def test_the_default_client_targets_figshare_at_one_request_per_second() -> None:
    with OAIClient() as client:
        assert str(client.base_url) == FIGSHARE_OAI_URL == "https://api.figshare.com/v2/oai"
        assert client._core.rate_limiter is not None and client._core.rate_limiter.min_interval == 1.0
    assert OAIClient(rate_limit=None)._core.rate_limiter is None


def test_requests_are_spaced_one_second_apart(harness: MakeHarness) -> None:
    h = harness(count=30)
    list(h.client().list_records())
    assert len(h.server.requests) == 3
    assert h.time.sleeps == [1.0, 1.0]


def test_a_repository_that_moved_is_followed_and_a_redirect_not_followed_is_an_error(harness: MakeHarness) -> None:
    h = harness(count=3)
    moved = "http://old.example.org/oai"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "old.example.org":  # the repository moved to https and another host
            return httpx.Response(
                301, headers={"Location": str(request.url.copy_with(scheme="https", host="oai.example.org"))}
            )
        return h.server.transport().handle_request(request)

    with OAIClient(moved, rate_limit=None) as made_here:
        assert made_here._core.http_client.follow_redirects
        made_here._core.http_client._transport = httpx.MockTransport(handler)
        assert [header.article_id for header in made_here.list_identifiers()] == [1, 2, 3]
    assert AsyncOAIClient(moved)._core.http_client.follow_redirects
    not_following = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    with pytest.raises(APIStatusError, match="301") as caught:
        OAIClient(moved, http_client=not_following, rate_limit=None).identify()  # not "the body is empty"
    assert caught.value.status_code == 301


# -- async -----------------------------------------------------------------------------------------------


async def test_async_verbs_and_lazy_lists(harness: MakeHarness) -> None:
    h = harness(items=make_items(25, deleted=lambda n: n == 7), page_size=10)
    async with h.async_client() as client:
        identify = await client.identify()
        assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"
        records = await client.list_records()
        numbers = [record.header.article_id async for record in records]
        assert numbers == list(range(1, 26))
        headers = [header async for header in await client.list_identifiers(set_spec="portal_1")]
        assert headers and all("portal_1" in header.set_specs for header in headers)
        assert [s.spec async for s in client.list_sets()][:2] == ["item_type_1", "item_type_2"]
        assert [f.metadata_prefix for f in await client.list_metadata_formats()] == ["oai_dc", "oai_datacite"]
        deleted = await client.get_record(7)
        assert deleted.deleted and deleted.metadata is None
        assert (await client.get_record(8, "oai_datacite")).datacite().doi == "10.6084/m9.figshare.8"
        assert [r async for r in await client.list_records(set_spec="nothing")] == []
        with pytest.raises(IdDoesNotExistError):
            await client.get_record(99)


async def test_async_lists_ask_for_the_next_page_while_the_current_one_is_read(harness: MakeHarness) -> None:
    h = harness(count=25, page_size=10)
    records = await h.async_client().list_records()
    first = await records.__anext__()
    assert first.header.article_id == 1 and records.cursor.pages == 0
    assert h.server.token_requested.is_set()  # the task sent it before the first record was handed out
    assert [record.header.article_id async for record in records] == list(range(2, 26))
    assert len(h.server.requests) == 3


async def test_async_datetimes_ask_identify_for_the_granularity(harness: MakeHarness) -> None:
    h = harness(count=5, granularity="YYYY-MM-DD")
    client = h.async_client()
    listed = await client.list_identifiers(from_=datetime(2020, 1, 1, 3, tzinfo=UTC))
    assert len([header async for header in listed]) == 5
    assert h.verbs == ["Identify", "ListIdentifiers"]
    assert h.server.requests[1].url.params["from"] == "2020-01-01"
    records = await client.list_records()
    async for _record in records:
        break
    await records.aclose()
    assert len(h.server.requests) == 3
    await client.aclose()


async def test_async_default_client() -> None:
    async with AsyncOAIClient() as client:
        assert str(client.base_url) == FIGSHARE_OAI_URL
        assert client._core.rate_limiter is not None and client._core.rate_limiter.min_interval == 1.0
