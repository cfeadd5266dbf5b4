"""A whole client session with a canary token: the canary never shows up in logs, reprs, errors or output."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

import figshare
from figshare import Figshare
from figshare_api.models import ArticleCreate
from tests.client.client_fakes import RecordingAPI

CANARY = "CANARY-3b1f0e-do-not-leak"


def echoing_api(request: httpx.Request) -> httpx.Response:
    """A hostile server that echoes the Authorization header back in its error bodies."""
    echoed = request.headers.get("authorization", "")
    if request.url.path.endswith("/articles/404"):
        return httpx.Response(404, json={"message": f"nothing for {echoed}", "code": "EntityNotFound"})
    if request.url.path.endswith("/articles/500"):
        return httpx.Response(500, text=f"<html>boom {echoed}</html>")
    if request.method == "POST":
        return httpx.Response(201, json={"entity_id": 1, "location": "x", "warnings": []})
    return httpx.Response(200, json={"id": 1, "title": "T"})


def test_canary_token_never_leaks(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    api = RecordingAPI(echoing_api)
    outputs: list[str] = []
    with Figshare(
        token=CANARY, rate_limit=None, max_retries=0, http_client=httpx.Client(transport=api.transport())
    ) as client:
        outputs += [repr(client), str(client), repr(client.articles), repr(client.impersonate(5))]
        client.articles.details(1)
        client.account.articles.create(body=ArticleCreate(title="x"))
        for article_id in (404, 500):
            with pytest.raises(figshare.APIStatusError) as raised:
                client.articles.details(article_id)
            error = raised.value
            outputs += [str(error), repr(error), "".join(traceback.format_exception(error))]
            outputs += [str(error.message), repr(error.data), error.body_excerpt]
    assert all(request.headers["authorization"] == f"token {CANARY}" for request in api.requests), "it was sent"
    captured = capsys.readouterr()
    outputs += [caplog.text, captured.out, captured.err]
    leaks = [text for text in outputs if CANARY in text]
    assert not leaks, leaks[0][:500]
    assert "GET https://api.figshare.com/v2/articles/1 -> 200" in caplog.text
