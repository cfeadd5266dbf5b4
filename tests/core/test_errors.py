"""The error hierarchy: subclasses by status, bodies of every shape, messages, reprs, pickling."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import httpx
import pytest

from figshare import _error_bodies, errors
from figshare.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BotChallengeError,
    ConflictError,
    FigshareError,
    InternalServerError,
    NotFoundError,
    OAuthAuthorizationError,
    OAuthError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    TokenStoreError,
    UnprocessableEntityError,
)

URL = "https://api.figshare.com/v2/articles/31448899"


def response(
    status: int,
    body: bytes = b"",
    *,
    content_type: str | None = None,
    method: str = "GET",
    url: str = URL,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    all_headers = dict(headers or {})
    if content_type:
        all_headers["content-type"] = content_type
    return httpx.Response(status, content=body, headers=all_headers, request=httpx.Request(method, url))


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (405, APIStatusError),
        (410, APIStatusError),
    ],
)
def test_subclass_by_status(status: int, error_class: type[APIStatusError]) -> None:
    body = b'{"message": "Something went wrong", "code": "SomeCode"}'
    error = APIStatusError.from_response(response(status, body, content_type="application/json"))
    assert type(error) is error_class
    assert isinstance(error, FigshareError)
    assert error.status_code == status
    assert error.message == "Something went wrong"
    assert error.code == "SomeCode"
    assert error.method == "GET"
    assert error.url == URL
    assert "Something went wrong" in str(error)
    assert str(status) in str(error)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500])
@pytest.mark.parametrize(
    ("body", "content_type", "expected_message"),
    [
        (b"", None, "empty body"),
        (b"   \n", "application/json", "empty body"),
        (b"OK", "text/plain", "OK"),
        (b"{not json", "application/json", "invalid JSON body: {not json"),
        (
            b"<html><body><h1>Oops</h1>  broken\n page</body></html>",
            "text/html",
            "HTML page: Oops broken page",
        ),
        (b'["a", "b"]', "application/json", '["a", "b"]'),
        (b'{"code": "NoMessage"}', "application/json", '{"code": "NoMessage"}'),
    ],
)
def test_every_subclass_from_every_body_shape(
    status: int, body: bytes, content_type: str | None, expected_message: str
) -> None:
    error = APIStatusError.from_response(response(status, body, content_type=content_type))
    assert error.status_code == status
    assert error.message == expected_message
    assert expected_message in str(error)
    assert repr(error).startswith(type(error).__name__ + "(")


def test_real_json_404_from_the_corpus(corpus_dir: Path) -> None:
    body = (corpus_dir / "rest" / "vtdr-log__GET_articles_31448899_404.json").read_bytes()
    error = APIStatusError.from_response(response(404, body, content_type="application/json"))
    assert isinstance(error, NotFoundError)
    assert error.message == "Entity not found: ArticleVersion"
    assert error.code == "EntityNotFound"
    assert error.data is None
    text = str(error)
    assert text.startswith("404 Not Found: Entity not found: ArticleVersion (code: EntityNotFound)")
    assert f"[GET {URL}]" in text
    assert "exists but your credentials may not see it" in text


def test_real_html_404_from_a_wrong_method(corpus_dir: Path) -> None:
    body = (corpus_dir / "rest" / "figshare-api-scripts__POST_account_institution_articles_404.html").read_bytes()
    url = "https://api.figshare.com/v2/account/institution/articles"
    error = APIStatusError.from_response(response(404, body, content_type="text/html", method="POST", url=url))
    assert isinstance(error, NotFoundError)
    assert error.code is None
    assert error.message.startswith("HTML page: 404 Not Found The resource could not be found.")
    assert "predicate mismatch for view InstitutionView (request_method = GET,HEAD)" in error.message
    assert "no endpoint matches this method and path" in str(error)
    assert "<html>" in error.body_excerpt
    assert "\n" not in error.body_excerpt


def test_real_html_body_of_a_202_as_an_error_body(corpus_dir: Path) -> None:
    # The upload-complete endpoint answers with this HTML page; as an error body it must still read well.
    body = (corpus_dir / "rest" / "deposits__POST_account_articles_id_files_id_complete.html").read_bytes()
    error = APIStatusError.from_response(response(503, body))  # no content type: sniffed as HTML
    assert isinstance(error, InternalServerError)
    assert error.message == "HTML page: 202 Accepted The request is accepted for processing."


def test_code_may_be_an_integer_and_data_is_kept() -> None:
    body = b'{"message": "Invalid field", "code": 1234, "data": {"field": "title"}}'
    error = APIStatusError.from_response(response(422, body, content_type="application/json"))
    assert error.code == 1234
    assert error.data == {"field": "title"}
    assert "(code: 1234)" in str(error)


def test_boolean_or_object_code_is_ignored() -> None:
    error = APIStatusError.from_response(response(400, b'{"message": "m", "code": true}'))
    assert error.code is None
    error = APIStatusError.from_response(response(400, b'{"message": "m", "code": {"a": 1}}'))
    assert error.code is None


def test_long_bodies_are_cut_and_whitespace_collapsed() -> None:
    error = APIStatusError.from_response(response(500, b"word   \n\t" * 1000, content_type="text/plain"))
    assert len(error.body_excerpt) <= _error_bodies.EXCERPT_LENGTH
    assert error.body_excerpt.endswith("…")
    assert "  " not in error.body_excerpt


@pytest.mark.parametrize(
    ("error_class", "body"),
    [
        (APIStatusError, {"message": "Invalid   value " * 50_000, "code": "InvalidParams"}),
        (OAuthError, {"error": "invalid_grant", "error_description": "expired " * 50_000}),
        (OAuthError, {"message": "m" * 300_000}),
    ],
)
def test_a_huge_message_in_a_json_error_body_is_cut(error_class: type[APIStatusError], body: object) -> None:
    content = json.dumps(body).encode()
    error = error_class.from_response(response(400, content, content_type="application/json"))
    assert len(error.message) <= errors._MESSAGE_LENGTH and error.message.endswith("…")
    assert len(str(error)) < 2 * errors._MESSAGE_LENGTH and len(repr(error)) < 2 * errors._MESSAGE_LENGTH
    assert error.response is not None and error.response.content == content  # the whole body is still there


def test_non_utf8_body_does_not_break_parsing() -> None:
    error = APIStatusError.from_response(response(500, b"\xff\xfe broken \x80", content_type="text/plain"))
    assert "broken" in error.message


def test_xml_body_is_read_as_text() -> None:
    body = b"<?xml version='1.0'?><Error><Code>AccessDenied</Code><Message>Denied</Message></Error>"
    error = APIStatusError.from_response(response(403, body, content_type="application/xml"))
    assert error.message == "XML document: AccessDenied Denied"
    for content_type in (None, "binary/octet-stream"):  # an XML declaration says what the body is
        error = APIStatusError.from_response(response(403, body, content_type=content_type))
        assert error.message == "XML document: AccessDenied Denied"


def test_unread_streamed_body_is_reported_not_raised() -> None:
    unread = httpx.Response(500, stream=httpx.ByteStream(b"x"), request=httpx.Request("GET", URL))
    error = APIStatusError.from_response(unread)
    assert error.message == "the response body was not read"


def test_response_without_request_and_explicit_method_url() -> None:
    bare = httpx.Response(404, content=b"")
    error = APIStatusError.from_response(bare)
    assert error.method is None
    assert error.url is None
    assert str(error) == "404 Not Found: empty body. " + NotFoundError.hint
    error = APIStatusError.from_response(bare, method="DELETE", url=URL + "?access_token=abc")
    assert error.url == URL + "?access_token=REDACTED"


def test_calling_from_response_on_a_subclass_builds_that_subclass() -> None:
    error = PermissionDeniedError.from_response(response(400, b"{}"))
    assert type(error) is PermissionDeniedError


def test_url_is_redacted_and_headers_scrubbed() -> None:
    error = APIStatusError.from_response(
        response(
            401,
            b'{"message": "Invalid token abc: access_token=abc"}',
            url="https://api.figshare.com/v2/account?access_token=abc",
            headers={"Set-Cookie": "session=abc", "X-Request-Id": "r1"},
        )
    )
    assert error.url == "https://api.figshare.com/v2/account?access_token=REDACTED"
    assert error.headers["set-cookie"] == "REDACTED"
    assert error.headers["x-request-id"] == "r1"
    assert "access_token=abc" not in str(error)
    assert "access_token=abc" not in repr(error)


@pytest.mark.parametrize(
    ("header", "expected"),
    [("7", 7.0), ("0", 0.0), ("soon", None), (None, None)],
)
def test_rate_limit_error_retry_after(header: str | None, expected: float | None) -> None:
    headers = {"Retry-After": header} if header is not None else {}
    error = APIStatusError.from_response(response(429, b"", headers=headers))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == expected
    if expected is not None:
        assert f"wait {expected:g} s" in str(error)
    else:
        assert "one request per second" in str(error)


def test_rate_limit_error_retry_after_http_date() -> None:
    error = APIStatusError.from_response(response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 0.0  # a date in the past means "now"


@pytest.mark.parametrize(
    ("error_code", "explanation"),
    [
        ("invalid_request", "missing a parameter"),
        ("invalid_client", "did not accept the client id and secret"),
        ("invalid_grant", "invalid, expired, revoked, already used"),
        ("unauthorized_client", "may not use this grant type"),
        ("unsupported_grant_type", "does not support this grant type"),
        ("invalid_scope", "scope is invalid"),
        ("something_new", "unknown error"),
    ],
)
def test_oauth_error_per_standard_code(error_code: str, explanation: str) -> None:
    body = f'{{"error": "{error_code}", "error_description": "Details here"}}'.encode()
    error = OAuthError.from_response(
        response(400, body, content_type="application/json", method="POST", url="https://api.figshare.com/v2/token")
    )
    assert isinstance(error, OAuthError)
    assert isinstance(error, BadRequestError)
    assert error.error == error_code
    assert error.error_description == "Details here"
    assert explanation in str(error)
    assert "Figshare says: Details here" in str(error)
    assert f"error={error_code!r}" in repr(error)


def test_oauth_error_with_a_figshare_style_body() -> None:
    error = OAuthError.from_response(response(400, b'{"message": "Bad client", "code": "Forbidden"}'))
    assert error.error is None
    assert error.message == "Token request failed: Bad client"
    assert error.code == "Forbidden"


def test_generic_400_with_oauth_body_reads_the_description() -> None:
    error = APIStatusError.from_response(response(400, b'{"error": "invalid_grant"}'))
    assert type(error) is BadRequestError
    assert error.message == "invalid_grant"


def test_connection_and_timeout_errors() -> None:
    error = APIConnectionError("Could not connect: refused", method="GET", url=URL + "?token=abc")
    assert error.url == URL + "?token=REDACTED"
    assert str(error) == f"Could not connect: refused (GET {URL}?token=REDACTED)"
    assert isinstance(APITimeoutError(method="GET", url=URL), APIConnectionError)
    assert str(APITimeoutError()) == "Request to Figshare timed out"
    assert "APITimeoutError(message=" in repr(APITimeoutError())


def test_bot_challenge_error() -> None:
    challenge = response(
        202, headers={"x-amzn-waf-action": "challenge"}, url="https://figshare.com/ndownloader/files/1"
    )
    assert errors.is_bot_challenge(challenge)
    error = BotChallengeError.from_response(challenge)
    assert error.status_code == 202
    assert error.action == "challenge"
    assert "api.figshare.com/v2/file/download/{file_id}" in str(error)
    assert "BotChallengeError(status_code=202, action='challenge'" in repr(error)
    captcha = response(405, headers={"x-amzn-waf-action": "captcha"})
    assert errors.is_bot_challenge(captcha)
    assert not errors.is_bot_challenge(response(202))
    assert not errors.is_bot_challenge(response(403, headers={"x-amzn-waf-action": "block"}))


def test_response_parse_error() -> None:
    error = ResponseParseError.from_response(response(200, b"<html>hi</html>"), "expected JSON, got HTML")
    assert error.status_code == 200
    assert error.body_excerpt == "<html>hi</html>"
    assert str(error) == f"expected JSON, got HTML (GET {URL}; HTTP 200; body starts: '<html>hi</html>')"
    assert repr(error).startswith("ResponseParseError(message='expected JSON, got HTML'")


def test_response_parse_error_without_request_details_is_its_message_alone() -> None:
    assert str(ResponseParseError("Figshare sent a file record without an id (keys: name)")) == (
        "Figshare sent a file record without an id (keys: name)"
    )


def test_oauth_authorization_error_from_redirect() -> None:
    error = OAuthAuthorizationError.from_redirect("access_denied", "The user said no")
    assert error.error == "access_denied"
    assert "denied the request" in str(error)
    assert "The user said no" in str(error)
    assert "error='access_denied'" in repr(error)


def test_token_store_error() -> None:
    error = TokenStoreError("cannot read", location="/tmp/x")
    assert str(error) == "cannot read"
    assert "location='/tmp/x'" in repr(error)


@pytest.mark.parametrize(
    "error",
    [
        APIStatusError.from_response(response(404, b'{"message": "m", "code": "C"}')),
        OAuthError.from_response(response(400, b'{"error": "invalid_grant"}')),
        RateLimitError.from_response(response(429, headers={"Retry-After": "3"})),
        APITimeoutError(method="GET", url=URL),
        BotChallengeError(status_code=202, action="challenge"),
        ResponseParseError("bad", status_code=200),
        OAuthAuthorizationError("no", error="timeout"),
        TokenStoreError("bad file", location="/x"),
    ],
)
def test_errors_survive_pickling(error: FigshareError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert repr(copy) == repr(error)
    assert getattr(copy, "response", None) is None
