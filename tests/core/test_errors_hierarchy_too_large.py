"""Every too-large body of the SDK is one kind of error: the API's, OAI-PMH's and ResourceSync's caps."""

from __future__ import annotations

import pickle

from figshare.errors import ResponseParseError, ResponseTooLargeError
from figshare.oai import OAIError, OAIResponseTooLargeError
from figshare.resourcesync import DocumentError, DocumentTooLargeError


def test_oai_and_resourcesync_caps_are_response_too_large_errors() -> None:
    oai = OAIResponseTooLargeError(
        "the page is larger than max_page_bytes", setting="max_page_bytes", limit=10, url="https://x.example/oai"
    )
    rs = DocumentTooLargeError("https://x.example/rl.xml", "too long", setting="max_document_bytes", limit=20)
    for error, package_base in ((oai, OAIError), (rs, DocumentError)):
        assert isinstance(error, ResponseTooLargeError) and isinstance(error, ResponseParseError)
        assert isinstance(error, package_base)
        assert error.method == "GET" and error.url is not None
    assert (oai.limit, oai.setting) == (10, "max_page_bytes") and str(oai).startswith("the page is larger")
    assert (rs.limit, rs.setting, rs.reason) == (20, "max_document_bytes", "too long")
    for error in (oai, rs):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
