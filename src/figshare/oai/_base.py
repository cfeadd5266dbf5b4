"""What the sync and async OAI-PMH clients share: arguments, request building and response checking."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import httpx

from figshare._oauth_scrub import DROPPED_HEADERS
from figshare._secrets import redact_url
from figshare._validate import instance_of, path_id, show, text, url_text
from figshare.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidArgumentError,
)
from figshare.oai._errors import OAIResponseError
from figshare.oai._figshare import article_identifier
from figshare.oai._page import ItemKind, PageParser

ACCEPT_XML = {"Accept": "text/xml, application/xml;q=0.9, */*;q=0.1"}

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def checked_base_url(base_url: str | httpx.URL) -> httpx.URL:
    """The base URL as an ``httpx.URL``; refuses anything but absolute http(s) URLs without a query
    (`InvalidArgumentError`, `InvalidArgumentTypeError` for another type)."""
    address = url_text(base_url, "base_url")
    try:
        url = httpx.URL(address)
    except httpx.InvalidURL:  # a control character, for one
        raise InvalidArgumentError(
            f"base_url is not a valid URL, got {show(redact_url(address))}", argument="base_url"
        ) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgumentError(
            f"base_url must be an absolute http(s) URL, got {redact_url(address)!r}", argument="base_url"
        )
    if url.query:
        raise InvalidArgumentError(
            f"base_url must not have a query string (the verb goes there), got {redact_url(address)!r}",
            argument="base_url",
        )
    return url


def identifier_argument(identifier: str | int) -> str:
    """An item identifier; an int is taken as a Figshare article id."""
    if isinstance(identifier, int) and not isinstance(identifier, bool):
        return article_identifier(path_id(identifier, "identifier"))
    return text_argument(instance_of(identifier, str, "identifier", "a str or a Figshare article id"), "identifier")


def text_argument(value: object, name: str) -> str:
    """A text argument sent in the query (``metadataPrefix``, ``set``, ``identifier``): a non-empty `str`."""
    if not (value := text(value, name)).strip():
        raise InvalidArgumentError(f"{name} must be a non-empty string, not {value!r}", argument=name)
    return value


def page_body(response: httpx.Response, body: bytes, kind: ItemKind[Any]) -> bytes:
    """The body of a page response (read as ``body``); raises for error statuses.

    OAI-PMH sends its error conditions with HTTP 200, but some repositories use 4xx: when an error status
    carries an OAI-PMH ``<error>``, the typed ``OAIRequestError`` is raised rather than the HTTP error. A
    redirect that was not followed (an ``http_client`` that does not follow them) is an error status too.
    """
    if response.status_code < 300:
        return body
    if body.lstrip()[:1] == b"<":
        with contextlib.suppress(OAIResponseError):  # not OAI-PMH: the HTTP error below
            deque(PageParser(kind, url=str(response.request.url)).parse(body), maxlen=0)
    headers = [(name, value) for name, value in response.headers.multi_items() if name.lower() not in DROPPED_HEADERS]
    raise APIStatusError.from_response(
        httpx.Response(response.status_code, headers=headers, content=body, request=response.request)
    )


def body_failure(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    """The typed error for a page body that broke off, after retries."""
    error_class = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return error_class(
        f"the OAI-PMH page was interrupted: {type(error).__name__}: {error}", method="GET", url=request.url
    )
