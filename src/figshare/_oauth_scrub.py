"""Remove known secrets from an error raised by a token request, everywhere the error shows or holds text.

A token endpoint may echo what it was sent (client secret, refresh token, code, PKCE verifier, password)
anywhere in its body. This replaces those values, and their escaped forms, in the message, every string
attribute, the headers and the kept `response` (a scrubbed copy whose request carries no credentials).
"""

from __future__ import annotations

import functools
import html
import json
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

from figshare._secrets import MIN_SECRET_LENGTH, Secret, map_strings, redact_headers, redact_text, redact_url
from figshare.errors import FigshareError, _request_of

DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
"""Headers that describe the body as it was sent, not as it is kept (decoded) in a rebuilt response."""


def secret_forms(secrets: Iterable[str | Secret]) -> list[str]:
    """Each secret as sent and as a server may echo it (URL-encoded, JSON- or HTML-escaped), longest first.

    Values shorter than `MIN_SECRET_LENGTH` are left out: replacing them would garble ordinary words.
    """
    forms: set[str] = set()
    for secret in secrets:
        value = secret.get_secret_value() if isinstance(secret, Secret) else secret
        if len(value) < MIN_SECRET_LENGTH:
            continue
        forms.update(
            {
                value,
                quote_plus(value),
                quote(value, safe=""),
                json.dumps(value)[1:-1],
                json.dumps(value, ensure_ascii=False)[1:-1],
                html.escape(value),
            }
        )
    return sorted(forms, key=len, reverse=True)


def scrub_error(error: FigshareError, secrets: Iterable[str | Secret]) -> FigshareError:
    """Replace every form of each of `secrets` by `REDACTED` in `error` (changed in place, and returned)."""
    scrub = functools.partial(redact_text, secrets=secret_forms(secrets))
    for name, value in list(vars(error).items()):
        setattr(error, name, _scrub_value(value, scrub))
    error.args = tuple(_scrub_value(argument, scrub) for argument in error.args)
    return error


def _scrub_value(value: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(value, httpx.Headers):
        return httpx.Headers([(name, scrub(text)) for name, text in redact_headers(value).multi_items()])
    if isinstance(value, httpx.Response):
        return _scrubbed_response(value, scrub)
    return map_strings(value, scrub)


def _scrubbed_response(response: httpx.Response, scrub: Callable[[str], str]) -> httpx.Response:
    request = _request_of(response)
    if request is not None:
        request = httpx.Request(request.method, scrub(redact_url(request.url)), **_scrubbed_message(request, scrub))
    return httpx.Response(response.status_code, request=request, **_scrubbed_message(response, scrub))


def _scrubbed_message(message: httpx.Request | httpx.Response, scrub: Callable[[str], str]) -> dict[str, Any]:
    """The headers and content of a scrubbed copy of `message` (the body as read: none when it was not)."""
    try:
        body = scrub(message.content.decode("utf-8", errors="replace"))
    except (httpx.RequestNotRead, httpx.ResponseNotRead):
        body = ""
    headers = redact_headers(message.headers).multi_items()
    kept = [(name, scrub(text)) for name, text in headers if name.lower() not in DROPPED_HEADERS]
    return {"headers": kept, "content": body.encode("utf-8")}
