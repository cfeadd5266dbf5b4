"""Remove known secrets from an error raised by a token request, everywhere the error shows or holds text.

A token endpoint may echo what it was sent (the client secret, a refresh token, the authorization code, the
PKCE verifier, a password) in `error_description` or anywhere in its body. The generic redaction in
`figshare.errors` only knows secret-looking names (`"client_secret": ...`); this module also knows the values
the request carried, and replaces them, and their URL- and JSON-escaped forms, in the message, every string
attribute (nested ones in `data` too), the headers, and the kept `response` (replaced by a scrubbed copy whose
request carries no credentials).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

from figshare._secrets import REDACTED, Secret, redact_headers, redact_text, redact_url
from figshare.errors import FigshareError

__all__ = ["MIN_SECRET_LENGTH", "scrub_error", "secret_forms"]

MIN_SECRET_LENGTH = 4
"""Secrets shorter than this are not searched for (as in `figshare.errors`)."""

_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def secret_forms(secrets: Iterable[str | Secret]) -> list[str]:
    """Each secret as sent and as a server may echo it (URL-encoded, JSON- or HTML-escaped), longest first.

    Values shorter than `MIN_SECRET_LENGTH` characters are left out: replacing them would garble ordinary words
    (and a secret that short protects nothing).
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
    forms.discard("")
    return sorted(forms, key=len, reverse=True)


def scrub_error(error: FigshareError, secrets: Iterable[str | Secret]) -> FigshareError:
    """Replace every form of each of `secrets` by `REDACTED` in `error` (changed in place, and returned)."""
    forms = secret_forms(secrets)

    def scrub(text: str) -> str:
        text = redact_text(text)
        for form in forms:
            text = text.replace(form, REDACTED)
        return text

    for name, value in list(vars(error).items()):
        setattr(error, name, _scrub_value(value, scrub))
    error.args = tuple(_scrub_value(argument, scrub) for argument in error.args)
    return error


def _scrub_value(value: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {_scrub_value(key, scrub): _scrub_value(item, scrub) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_scrub_value(item, scrub) for item in value)
    if isinstance(value, httpx.Headers):
        return httpx.Headers([(name, scrub(text)) for name, text in redact_headers(value).multi_items()])
    if isinstance(value, httpx.Response):
        return _scrubbed_response(value, scrub)
    return value


def _scrubbed_response(response: httpx.Response, scrub: Callable[[str], str]) -> httpx.Response:
    try:
        body = scrub(response.content.decode("utf-8", errors="replace"))
    except httpx.ResponseNotRead:
        body = ""
    try:
        request: httpx.Request | None = _scrubbed_request(response.request, scrub)
    except RuntimeError:  # a response built without a request
        request = None
    headers = [
        (name, scrub(text))
        for name, text in redact_headers(response.headers).multi_items()
        if name.lower() not in _DROPPED_HEADERS
    ]
    return httpx.Response(response.status_code, headers=headers, content=body.encode("utf-8"), request=request)


def _scrubbed_request(request: httpx.Request, scrub: Callable[[str], str]) -> httpx.Request:
    try:
        body = scrub(request.content.decode("utf-8", errors="replace"))
    except httpx.RequestNotRead:
        body = ""
    headers = [
        (name, scrub(text))
        for name, text in redact_headers(request.headers).multi_items()
        if name.lower() not in _DROPPED_HEADERS
    ]
    return httpx.Request(request.method, scrub(redact_url(request.url)), headers=headers, content=body.encode("utf-8"))
