"""What users catch: every error status, odd bodies, the bot challenge; never a bare None."""

from __future__ import annotations

import httpx
import pytest

import figshare
from figshare import Figshare
from tests.client.client_fakes import RecordingAPI, answer


def client_for(handler: RecordingAPI, **options: object) -> Figshare:
    return Figshare(
        token="t", rate_limit=None, max_retries=0, http_client=httpx.Client(transport=handler.transport()), **options
    )


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, figshare.BadRequestError),
        (401, figshare.AuthenticationError),
        (403, figshare.PermissionDeniedError),
        (404, figshare.NotFoundError),
        (409, figshare.ConflictError),
        (422, figshare.UnprocessableEntityError),
        (429, figshare.RateLimitError),
        (500, figshare.InternalServerError),
        (502, figshare.InternalServerError),
    ],
)
def test_error_statuses_raise_typed_errors_with_figshare_fields(status: int, error: type[Exception]) -> None:
    body = {"message": "Something", "code": "SomeCode", "data": {"field": "title"}}
    with client_for(RecordingAPI(answer(status, body))) as client, pytest.raises(error) as raised:
        client.articles.details(1)
    caught = raised.value
    assert isinstance(caught, figshare.APIStatusError)
    assert (caught.status_code, caught.message, caught.code, caught.data) == (
        status,
        "Something",
        "SomeCode",
        {"field": "title"},
    )
    assert caught.method == "GET" and str(caught.url) == "https://api.figshare.com/v2/articles/1"


def test_documented_error_statuses_never_come_back_as_none() -> None:
    """The generated sync() returns None for a documented 403; the client raises instead."""
    api = RecordingAPI(answer(403, {"message": "Forbidden", "code": "Forbidden"}))
    with client_for(api) as client, pytest.raises(figshare.PermissionDeniedError):
        client.account.articles.details(1)


def test_html_404_from_a_wrong_method_is_a_clear_not_found() -> None:
    page = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    api = RecordingAPI(answer(404, page, **{"content-type": "text/html"}))
    with client_for(api) as client, pytest.raises(figshare.NotFoundError, match="Not Found") as raised:
        client.articles.details(1)
    assert "check the HTTP method" in str(raised.value)


@pytest.mark.parametrize(
    ("body", "problem"),
    [(b"", "empty body"), (b"<html><body>maintenance</body></html>", "HTML"), (b'{"id": 1,', "malformed JSON")],
)
def test_unusable_success_bodies_raise_response_parse_error(body: bytes, problem: str) -> None:
    with (
        client_for(RecordingAPI(answer(200, body))) as client,
        pytest.raises(figshare.ResponseParseError, match=problem),
    ):
        client.articles.details(1)


def test_waf_challenge_is_not_success() -> None:
    handler = answer(202, b"", **{"x-amzn-waf-action": "challenge"})
    with client_for(RecordingAPI(handler)) as client, pytest.raises(figshare.BotChallengeError):
        client.articles.list()


def test_undocumented_success_status_is_parsed_not_dropped() -> None:
    """A 200 where the spec documents 201 still gives the typed model."""
    body = {"entity_id": 9, "location": "https://api.figshare.com/v2/account/articles/9", "warnings": []}
    from figshare_api.models import ArticleCreate

    with client_for(RecordingAPI(answer(200, body))) as client:
        created = client.account.articles.create(body=ArticleCreate(title="x"))
    assert created.entity_id == 9


def test_connection_failure_is_an_api_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with client_for(RecordingAPI(refuse)) as client, pytest.raises(figshare.APIConnectionError):
        client.articles.details(1)
