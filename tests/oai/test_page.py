"""Reading OAI-PMH pages: the corpus of real Figshare responses, safety, malformed and truncated bodies."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree

from figshare.errors import ResponseParseError
from figshare.oai import (
    BadArgumentError,
    BadResumptionTokenError,
    BadVerbError,
    CannotDisseminateFormatError,
    DublinCore,
    IdDoesNotExistError,
    Identify,
    NoMetadataFormatsError,
    NoRecordsMatchError,
    NoSetHierarchyError,
    OAIRequestError,
    OAIResponseError,
    OAISet,
    Record,
    UnsafeXMLError,
    _page,
)
from figshare.oai._page import PageParser

URL = "https://api.figshare.com/v2/oai?verb=ListRecords"
UTC = timezone.utc
MALFORMED_IN_CORPUS = {"figshare-user_documentation-old__ListSets.xml"}  # an unclosed comment in old docs


DUBLIN_CORE_RECORDS = _page.records("oai_dc")


def parse(body: bytes, kind: _page.ItemKind[object] = DUBLIN_CORE_RECORDS) -> tuple[list[object], PageParser]:
    parser: PageParser[object] = PageParser(kind, url=URL)
    return list(parser.parse(body)), parser


def kind_for(name: str) -> _page.ItemKind[object]:
    verb = name.split("__")[1].split("_")[0].removesuffix(".xml")
    if verb == "Identify":
        return _page.IDENTIFY
    if verb == "ListSets":
        return _page.SETS
    if verb == "ListIdentifiers":
        return _page.HEADERS
    prefix = "oai_dc" if name.startswith("figshare-user_documentation") else "rdf"
    return _page.records(prefix, verb="GetRecord" if verb == "GetRecord" else "ListRecords")


def envelope(inner: str, *, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        "<responseDate>2026-01-01T00:00:00Z</responseDate>"
        f'<request verb="ListRecords">https://api.figshare.com/v2/oai</request>{inner}</OAI-PMH>'
    ).encode()


# -- the corpus ------------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_document_is_schema_valid_and_reads_or_is_reported_malformed(
    corpus_dir: Path, oai_schema: etree.XMLSchema
) -> None:
    documents = sorted((corpus_dir / "oai").glob("*.xml"))
    assert len(documents) >= 16
    safe = etree.XMLParser(resolve_entities=False, no_network=True)
    for document in documents:
        body = document.read_bytes()
        if document.name in MALFORMED_IN_CORPUS:
            with pytest.raises(OAIResponseError, match="Comment not terminated"):
                parse(body, kind_for(document.name))
            continue
        assert oai_schema.validate(etree.fromstring(body, safe)), (document.name, oai_schema.error_log)
        items, _parser = parse(body, kind_for(document.name))
        assert items, document.name


@pytest.mark.corpus
def test_figshare_dublin_core_in_the_dc_terms_namespace_is_typed_with_entities_decoded(corpus_dir: Path) -> None:
    [record], parser = parse((corpus_dir / "oai/figshare-user_documentation__ListRecords.xml").read_bytes())
    assert isinstance(record, Record)
    assert parser.token is None
    assert record.header.identifier == "oai:figshare.com:article/145088"
    assert record.header.article_id == 145088
    assert record.header.datestamp == datetime(2010, 1, 8, 1, 24, 54, tzinfo=UTC)
    assert record.header.set_specs == ("category_4", "category_12", "portal_5", "item_type_3")
    assert not record.deleted
    dc = record.dublin_core
    assert dc is not None
    assert dc.title == (
        "A Modular BAM Complex in the Outer Membrane of the \u03b1-Proteobacterium <em>Caulobacter crescentus</em>",
    )
    assert len(dc.creator) == 12 and dc.creator[0] == "Anthony W. Purcell (105036)"
    assert dc.subject == ("Biochemistry", "Cell Biology", "modular", "bam", "membrane")
    assert dc.description[0].startswith("<div><p>Mitochondria are organelles")
    assert dc.identifier == ("10.1371/journal.pone.0008619",)
    assert dc.rights == ("CC BY",)
    assert dc.date == ("2010-01-08T01:24:48Z",)
    assert record.metadata is not None and etree.QName(record.metadata).localname == "dc"
    xml = record.metadata_xml()
    assert xml is not None and xml.startswith("<oai_dc:dc") and xml.endswith("</oai_dc:dc>")
    assert 'xmlns="http://www.openarchives.org/OAI/2.0/"' not in xml and "xmlns:ns0" not in xml


@pytest.mark.corpus
def test_dublin_core_in_the_dc_elements_namespace_reads_the_same_way(corpus_dir: Path) -> None:
    [record], _ = parse((corpus_dir / "oai/figshare-user_documentation-old__ListRecords_3.xml").read_bytes())
    assert isinstance(record, Record) and record.dublin_core is not None
    assert record.dublin_core.title == ("Borneo elephant",)
    assert record.dublin_core.description == ("<p>Borneo elephant</p>",)
    assert record.dublin_core.subject == ("ecology", "Evolutionary biology", "genetics and genomics")


@pytest.mark.corpus
def test_identify_from_the_corpus(corpus_dir: Path) -> None:
    [identify], _ = parse((corpus_dir / "oai/figshare-user_documentation__Identify.xml").read_bytes(), _page.IDENTIFY)
    assert identify == Identify(
        repository_name="figshare",
        base_url="https://api.figshare.com/v2/oai",
        protocol_version="2.0",
        admin_emails=("info@figshare.com",),
        earliest_datestamp=datetime(2010, 1, 8, 1, 24, 54, tzinfo=UTC),
        deleted_record="transient",
        granularity="YYYY-MM-DDThh:mm:ssZ",
    )


@pytest.mark.corpus
def test_list_sets_from_the_corpus_with_its_token(corpus_dir: Path) -> None:
    sets, parser = parse((corpus_dir / "oai/figshare-user_documentation__ListSets.xml").read_bytes(), _page.SETS)
    assert sets == [
        OAISet("portal_147", "Karger Publishers"),
        OAISet("portal_144", "Digital Science"),
        OAISet("portal_102", "Wiley"),
    ]
    assert parser.token is not None
    assert parser.token.value == "dmVyYj1MaXN0U2V0cyZwYWdlPTI="
    assert parser.token.expiration_date == datetime(2016, 4, 29, 13, 0, 46, tzinfo=UTC)


@pytest.mark.corpus
def test_recorded_rdf_page_keeps_the_raw_elements(corpus_dir: Path) -> None:
    body = (corpus_dir / "oai/researchgraph-Crosswalks__samplefigshare1.xml").read_bytes()
    records, parser = parse(body, _page.records("rdf"))
    assert len(records) == 10
    first = records[0]
    assert isinstance(first, Record)
    assert first.metadata_prefix == "rdf" and first.dublin_core is None
    assert first.metadata is not None
    assert first.metadata.tag == "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"
    assert first.metadata.findtext(".//{http://purl.org/ontology/bibo/}doi") == "10.4225/03/5949bd62cf2db"
    assert first.header.set_specs[-1] == "month_year_06_2017"
    xml = first.metadata_xml()
    assert xml is not None and xml.startswith("<rdf:RDF") and "xmlns:bibo=" in xml
    assert parser.token is not None and parser.token.expiration_date == datetime(2017, 6, 22, 9, 54, 34, tzinfo=UTC)
    datestamps = [record.header.datestamp for record in records if isinstance(record, Record)]
    assert datestamps == sorted(datestamps, reverse=True)  # Figshare lists this set newest first


@pytest.mark.corpus
@pytest.mark.parametrize("feed_size", [1, 7, 1000])
def test_results_do_not_depend_on_how_the_body_is_fed(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, feed_size: int
) -> None:
    body = (corpus_dir / "oai/researchgraph-Crosswalks__sampleInputRDF.xml").read_bytes()
    expected, expected_parser = parse(body, _page.records("rdf"))
    monkeypatch.setattr(_page, "FEED_SIZE", feed_size)
    items, parser = parse(body, _page.records("rdf"))
    assert [item.header for item in items] == [item.header for item in expected]  # type: ignore[attr-defined]
    assert [item.metadata_xml() for item in items] == [item.metadata_xml() for item in expected]  # type: ignore[attr-defined]
    assert parser.token == expected_parser.token


# -- records ---------------------------------------------------------------------------------------------


def test_deleted_records_are_reported_without_metadata() -> None:
    body = envelope(
        "<ListRecords><record><header status='deleted'><identifier>oai:figshare.com:article/9</identifier>"
        "<datestamp>2020-02-03T04:05:06Z</datestamp></header></record>"
        "<resumptionToken completeListSize='31' cursor='0'>next</resumptionToken></ListRecords>"
    )
    [record], parser = parse(body)
    assert isinstance(record, Record)
    assert record.deleted and record.header.deleted
    assert record.metadata is None and record.dublin_core is None and record.metadata_xml() is None
    assert record.to_json() == {
        "identifier": "oai:figshare.com:article/9",
        "datestamp": "2020-02-03T04:05:06Z",
        "set_specs": [],
        "deleted": True,
        "metadata_prefix": "oai_dc",
        "metadata": None,
    }
    assert parser.token is not None
    assert (parser.token.value, parser.token.complete_list_size, parser.token.cursor) == ("next", 31, 0)


def test_an_empty_token_marks_the_last_page() -> None:
    _items, parser = parse(envelope("<ListRecords><resumptionToken completeListSize='0'/></ListRecords>"))
    assert parser.token is None


def test_dublin_core_in_any_namespace_and_with_nested_markup() -> None:
    body = envelope(
        "<ListRecords><record><header><identifier>x</identifier><datestamp>2020-01-01</datestamp></header>"
        "<metadata><oai_dc:dc xmlns:oai_dc='http://www.openarchives.org/OAI/2.0/oai_dc/' "
        "xmlns:d='urn:example:dc'><d:title>Fish &amp;amp; <i>chips</i></d:title><d:creator> A </d:creator>"
        "<d:creator></d:creator><d:extent>12</d:extent></oai_dc:dc></metadata></record></ListRecords>"
    )
    [record], _ = parse(body)
    assert isinstance(record, Record)
    assert record.dublin_core == DublinCore(title=("Fish & chips",), creator=("A",))
    assert record.header.datestamp == datetime(2020, 1, 1, tzinfo=UTC)
    assert record.dublin_core.as_dict() == {"title": ["Fish & chips"], "creator": ["A"]}


def test_dublin_core_elements_are_read_on_first_access_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from figshare.oai import _dublin_core

    reads: list[str] = []
    real = _dublin_core._read_element

    def counted(element: etree._Element, name: str, html_text: bool) -> tuple[str, ...]:
        reads.append(name)
        return real(element, name, html_text)

    monkeypatch.setattr(_dublin_core, "_read_element", counted)
    body = envelope(
        "<ListRecords><record><header><identifier>x</identifier><datestamp>2020-01-01</datestamp></header>"
        "<metadata><oai_dc:dc xmlns:oai_dc='http://www.openarchives.org/OAI/2.0/oai_dc/' "
        "xmlns:dc='http://purl.org/dc/terms/'><dc:title>T &amp;amp; U</dc:title><dc:creator>C</dc:creator>"
        "</oai_dc:dc></metadata></record></ListRecords>"
    )
    [record], _ = parse(body)
    assert isinstance(record, Record) and record.dublin_core is not None and reads == []
    assert record.dublin_core.title == record.dublin_core.title == ("T & U",)
    assert reads == ["title"]  # read once, then kept
    assert record.dublin_core == DublinCore(title=("T & U",), creator=("C",))
    assert sorted(reads) == sorted(DublinCore.__dataclass_fields__.keys() - {"_element"})
    assert repr(record.dublin_core) == repr(DublinCore(title=("T & U",), creator=("C",)))
    with pytest.raises(AttributeError):
        record.dublin_core.extent  # noqa: B018


@pytest.mark.parametrize(
    ("record_xml", "problem"),
    [
        ("<record><metadata/></record>", "record without <header>"),
        ("<record><header><datestamp>2020-01-01</datestamp></header></record>", "without <identifier>"),
        ("<record><header><identifier>x</identifier></header></record>", "has no <datestamp>"),
        ("<record><header><identifier>x</identifier><datestamp>01/02/2020</datestamp></header></record>", "datestamp"),
    ],
)
def test_malformed_records_are_typed_errors(record_xml: str, problem: str) -> None:
    with pytest.raises(OAIResponseError, match=problem):
        parse(envelope(f"<ListRecords>{record_xml}</ListRecords>"))


# -- error conditions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "error_class"),
    [
        ("badArgument", BadArgumentError),
        ("badResumptionToken", BadResumptionTokenError),
        ("badVerb", BadVerbError),
        ("cannotDisseminateFormat", CannotDisseminateFormatError),
        ("idDoesNotExist", IdDoesNotExistError),
        ("noRecordsMatch", NoRecordsMatchError),
        ("noMetadataFormats", NoMetadataFormatsError),
        ("noSetHierarchy", NoSetHierarchyError),
        ("somethingNew", OAIRequestError),
    ],
)
def test_error_conditions_raise_typed_errors(code: str, error_class: type[OAIRequestError]) -> None:
    with pytest.raises(error_class) as caught:
        parse(envelope(f'<error code="{code}">Explained</error>'))
    assert type(caught.value) is error_class
    assert caught.value.code == code and caught.value.description == "Explained"
    assert code in str(caught.value) and "Explained" in str(caught.value)


def test_every_condition_of_a_response_is_kept() -> None:
    with pytest.raises(BadArgumentError) as caught:
        parse(envelope('<error code="badArgument">one</error><error code="badVerb">two</error>'))
    assert caught.value.conditions == (("badArgument", "one"), ("badVerb", "two"))


# -- bodies that are not OAI-PMH -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "body is empty"),
        (b"  \n", "body is empty"),
        (b"<html><body><p>Bad gateway<br></body></html>", "not well-formed XML"),
        (b"<html xmlns='http://www.w3.org/1999/xhtml'><body>Maintenance</body></html>", "root element is <html>"),
        (b'{"message": "oops"}', "not well-formed XML"),
        (envelope("<Identify/>"), "neither <ListRecords> nor <error>"),
        (
            b"<OAI-PMH xmlns='http://www.openarchives.org/OAI/1.1/OAI_ListRecords'/>",
            re.escape(
                "<{http://www.openarchives.org/OAI/1.1/OAI_ListRecords}OAI-PMH>, not <{http://www.openarchives.org/OAI/2.0/}OAI-PMH>"
            ),
        ),
        (
            b"<OAI-PMH/>",
            re.escape("the root element is <OAI-PMH>, not <{http://www.openarchives.org/OAI/2.0/}OAI-PMH>"),
        ),
    ],
)
def test_bodies_that_are_not_oai_pmh_are_clear_typed_errors(body: bytes, message: str) -> None:
    with pytest.raises(OAIResponseError, match=message) as caught:
        parse(body)
    assert isinstance(caught.value, ResponseParseError)
    assert caught.value.url == URL


def test_a_truncated_page_is_a_clear_error_wherever_it_is_cut() -> None:
    body = envelope(
        "<ListRecords>"
        + "".join(
            f"<record><header><identifier>oai:x:{n}</identifier><datestamp>2020-01-01</datestamp></header>"
            f"<metadata><oai_dc:dc xmlns:oai_dc='http://www.openarchives.org/OAI/2.0/oai_dc/'/></metadata></record>"
            for n in range(5)
        )
        + "<resumptionToken>t</resumptionToken></ListRecords>"
    )
    start = body.index(b"<OAI-PMH")
    for cut in range(start + 1, len(body) - 1, 13):
        with pytest.raises(OAIResponseError, match="ended before its XML was complete"):
            parse(body[:cut])


# -- XML safety ------------------------------------------------------------------------------------------

BILLION_LAUGHS = """<!DOCTYPE OAI-PMH [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>"""


def test_billion_laughs_is_refused() -> None:
    body = envelope(
        "<ListRecords><record><header><identifier>&lol9;</identifier><datestamp>2020-01-01</datestamp></header>"
        "</record></ListRecords>",
        prolog=BILLION_LAUGHS,
    )
    with pytest.raises(UnsafeXMLError, match=r"entit|DTD"):
        parse(body)


def test_billion_laughs_fed_in_small_pieces_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page, "FEED_SIZE", 16)
    body = envelope("<ListRecords/>", prolog=BILLION_LAUGHS.replace("OAI-PMH [", "OAI-PMH [\n") + "\n")
    body = body.replace(b"<responseDate>2026-01-01T00:00:00Z", b"<responseDate>&lol9;")
    with pytest.raises(UnsafeXMLError):
        parse(body)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE OAI-PMH [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE OAI-PMH [<!ENTITY small "harmless">]>',
        '<!DOCTYPE OAI-PMH SYSTEM "http://127.0.0.1:9/oai.dtd">',
        '<!DOCTYPE OAI-PMH [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>',
    ],
)
def test_documents_with_a_dtd_are_refused_without_reading_files_or_network(doctype: str) -> None:
    reference = "&secret;" if "secret" in doctype else ("&small;" if "small" in doctype else "x")
    body = envelope(
        "<ListRecords><record><header>"
        f"<identifier>{reference}</identifier><datestamp>2020-01-01</datestamp></header></record></ListRecords>",
        prolog=doctype,
    )
    with pytest.raises(UnsafeXMLError) as caught:
        parse(body)
    assert "root:" not in str(caught.value)  # nothing from /etc/passwd


DELETED_WITH_METADATA = (
    '<record><header status="deleted"><identifier>oai:zenodo.org:1</identifier>'
    "<datestamp>2024-01-01T00:00:00Z</datestamp></header>"
    '<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Still here</dc:title></oai_dc:dc></metadata>'
    "</record>"
)


@pytest.mark.parametrize("verb", ["ListRecords", "GetRecord"])
@pytest.mark.parametrize("prefix", ["oai_dc", "oai_datacite"])
def test_a_deleted_record_never_carries_metadata_whatever_the_server_sent(verb: str, prefix: str) -> None:
    body = envelope(f"<{verb}>{DELETED_WITH_METADATA}</{verb}>")
    [record], _ = parse(body, _page.records(prefix, verb=verb))
    assert isinstance(record, Record)
    assert record.deleted
    assert record.metadata is None and record.dublin_core is None
    assert record.metadata_xml() is None
    assert record.to_json()["metadata"] is None and "dublin_core" not in record.to_json()
    assert record.ignored_metadata is not None  # what Zenodo sent stays reachable, unparsed
    assert etree.QName(record.ignored_metadata).localname == "dc"


def test_a_deleted_record_in_a_large_page_read_in_slices_has_no_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page, "FEED_SIZE", 64)
    [record], _ = parse(envelope(f"<ListRecords>{DELETED_WITH_METADATA}</ListRecords>"))
    assert isinstance(record, Record)
    assert record.deleted and record.metadata is None and record.dublin_core is None


# -- the token read off the end of a page before it is parsed ------------------------------------------------

RECORD = "<record><header><identifier>x</identifier><datestamp>2020-01-01</datestamp></header></record>"


@pytest.mark.corpus
def test_the_token_peeked_at_before_the_parse_is_the_parsed_one_in_every_corpus_list(corpus_dir: Path) -> None:
    peeked = 0
    for document in sorted((corpus_dir / "oai").glob("*__List*.xml")):
        if document.name in MALFORMED_IN_CORPUS:
            continue
        body = document.read_bytes()
        parser: PageParser[object] = PageParser(kind_for(document.name), url=URL)
        guess = parser.peek_token(body)
        list(parser.parse(body))
        assert guess is None or guess == parser.token, document.name
        peeked += guess is not None
    assert peeked  # Figshare's pages end in the plain form


@pytest.mark.parametrize(
    ("token_xml", "expected"),
    [
        ("<resumptionToken>abc</resumptionToken>", ("abc", None, None, None)),
        (
            '<resumptionToken expirationDate="2030-01-01T00:00:00Z" completeListSize="31" cursor=\'10\'>\n '
            "a/b+c=\n</resumptionToken>",
            ("a/b+c=", datetime(2030, 1, 1, tzinfo=UTC), 31, 10),
        ),
        ("<resumptionToken cursor = 'x y'>t</resumptionToken>", ("t", None, None, None)),
    ],
)
def test_a_plain_token_at_the_end_of_a_page_is_peeked_at_as_the_parse_reads_it(
    token_xml: str, expected: tuple[object, ...]
) -> None:
    body = envelope(f"<ListRecords>{RECORD}{token_xml}</ListRecords>") + b"\n"
    parser: PageParser[object] = PageParser(DUBLIN_CORE_RECORDS, url=URL)
    guess = parser.peek_token(body)
    list(parser.parse(body))
    assert guess == parser.token
    assert (
        guess is not None and (guess.value, guess.expiration_date, guess.complete_list_size, guess.cursor) == expected
    )


@pytest.mark.parametrize(
    "tail",
    [
        "<resumptionToken>a&amp;b</resumptionToken></ListRecords>",  # entities: left to the parse
        "<resumptionToken><![CDATA[ab]]></resumptionToken></ListRecords>",
        "<resumptionToken>caf\u00e9</resumptionToken></ListRecords>",  # not ASCII
        "<resumptionToken>a\r\nb</resumptionToken></ListRecords>",  # line ends the parse normalises
        '<resumptionToken xmlns="urn:other">ab</resumptionToken></ListRecords>',  # another namespace
        '<resumptionToken expirationDate="2030-01-01T00:00:00Z"\tcursor="1\t2">ab</resumptionToken></ListRecords>',
        "<oai:resumptionToken xmlns:oai='http://www.openarchives.org/OAI/2.0/'>ab</oai:resumptionToken></ListRecords>",
        "<resumptionToken>ab</resumptionToken><!-- a comment --></ListRecords>",
        "<resumptionToken>ab</resumptionToken></ListRecords><!-- after the list -->",
        "<resumptionToken/></ListRecords>",
        "<resumptionToken>   </resumptionToken></ListRecords>",
        "<resumptionToken>ab</resumptionToken></ListIdentifiers>",  # not this verb's list
    ],
)
def test_anything_but_a_plain_token_at_the_very_end_is_left_to_the_parse(tail: str) -> None:
    body = envelope(f"<ListRecords>{RECORD}{tail}")
    assert PageParser(DUBLIN_CORE_RECORDS, url=URL).peek_token(body) is None


def test_no_token_is_peeked_at_for_identify_or_error_responses() -> None:
    identify = envelope("<Identify><repositoryName>r</repositoryName><resumptionToken>ab</resumptionToken></Identify>")
    assert PageParser(_page.IDENTIFY, url=URL).peek_token(identify) is None
    error = envelope('<error code="badResumptionToken">gone</error>')
    assert PageParser(DUBLIN_CORE_RECORDS, url=URL).peek_token(error) is None
