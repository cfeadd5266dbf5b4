"""Keep secrets out of reprs, logs and messages.

`Secret` wraps a string (an API token, an OAuth client secret, a refresh token, a password) so that printing
it, logging it or showing it in a traceback never reveals the value. The redaction helpers scrub URLs, headers
and free text (such as an error body excerpt) before they are logged or put into an exception message.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterable, Mapping
from urllib.parse import unquote_plus

import httpx

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "SENSITIVE_QUERY_PARAMS",
    "Secret",
    "as_secret",
    "redact_headers",
    "redact_text",
    "redact_url",
]

REDACTED = "REDACTED"
"""What a secret value is replaced with."""

SENSITIVE_QUERY_PARAMS = frozenset(
    {
        "access_token",
        "token",
        "refresh_token",
        "client_secret",
        "password",
        "code",
        "private_link",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
    }
)
"""Query and form parameters whose values are replaced by `REDACTED` (names compared case-insensitively).

`code` is the one-time OAuth authorization code; no Figshare endpoint has a query parameter of that name.
`private_link` keys grant access to private items; the `X-Amz-*` ones sign the storage URLs downloads are
redirected to.
"""

_SENSITIVE_JSON_KEYS = SENSITIVE_QUERY_PARAMS - {"code"}  # Figshare error bodies use "code" for error codes

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
"""Headers whose values are replaced by `REDACTED` (names compared case-insensitively)."""

_MASK = "**********"


class Secret:
    """A string whose `repr` and `str` never show the value.

    >>> token = Secret("abc123")
    >>> token
    Secret('**********')
    >>> token.get_secret_value()
    'abc123'
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.get_secret_value()
        if not isinstance(value, str):
            raise TypeError(f"a secret must be a str, not {type(value).__name__}")
        self._value = value

    def get_secret_value(self) -> str:
        """Return the wrapped value (the only way to read it)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{_MASK}')"

    def __str__(self) -> str:
        return _MASK

    def __bool__(self) -> bool:
        return bool(self._value)

    def __len__(self) -> int:
        return len(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)


def as_secret(value: str | Secret) -> Secret:
    """Wrap `value` in a `Secret` unless it is one already."""
    return value if isinstance(value, Secret) else Secret(value)


def redact_url(url: str | httpx.URL) -> str:
    """Return `url` with secret query values and any userinfo password replaced by `REDACTED`.

    Everything else (order of parameters, their encoding, the path) is kept as it was.
    """
    text = str(url)
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        return redact_text(text)
    if parsed.password:
        parsed = parsed.copy_with(username=parsed.username, password=REDACTED)
    query = parsed.query.decode("ascii", errors="replace")
    if query:
        parsed = parsed.copy_with(query=_redact_query(query).encode("ascii"))
    return str(parsed)


def _redact_query(query: str) -> str:
    parts = []
    for part in query.split("&"):
        name, equals, _value = part.partition("=")
        if equals and unquote_plus(name).lower() in SENSITIVE_QUERY_PARAMS:
            part = f"{name}={REDACTED}"
        parts.append(part)
    return "&".join(parts)


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> httpx.Headers:
    """Return a copy of `headers` with the values of `SENSITIVE_HEADERS` replaced by `REDACTED`."""
    source = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
    return httpx.Headers([(name, REDACTED if name.lower() in SENSITIVE_HEADERS else value) for name, value in source])


_PARAM_NAMES = "|".join(sorted(SENSITIVE_QUERY_PARAMS))
_JSON_KEYS = "|".join(sorted(_SENSITIVE_JSON_KEYS))
_TEXT_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # access_token=abc in a query string or form body
    (re.compile(rf"(?i)\b({_PARAM_NAMES})=[^&\s\"'<>]+"), rf"\1={REDACTED}"),
    # "access_token": "abc" in a JSON document
    (re.compile(rf"(?i)(\"(?:{_JSON_KEYS})\"\s*:\s*)\"(?:[^\"\\]|\\.)*\""), rf'\1"{REDACTED}"'),
    # Authorization: token abc / Bearer abc / Basic abc
    (
        re.compile(r"(?i)\b((?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?(?:token|bearer|basic)\s+)[^\s\"',;]+"),
        rf"\1{REDACTED}",
    ),
)


def redact_text(text: str, secrets: Iterable[str | Secret] = ()) -> str:
    """Scrub secret-looking values from free text (an error body, an exception message).

    Replaces `name=value` for the secret query parameter names, the same names as JSON keys, the credential
    after an `Authorization` header name, and every occurrence of each of `secrets`.
    """
    for pattern, replacement in _TEXT_PATTERNS:
        text = pattern.sub(replacement, text)
    for secret in secrets:
        value = secret.get_secret_value() if isinstance(secret, Secret) else secret
        if value:
            text = text.replace(value, REDACTED)
    return text
