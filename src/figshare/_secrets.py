"""Keep secrets out of reprs, logs and messages.

`Secret` wraps a string (an API token, an OAuth client secret, a refresh token, a password) so that printing
it, logging it or showing it in a traceback never reveals the value. The redaction helpers scrub URLs, headers
and free text (such as an error body excerpt) before they are logged or put into an exception message.
"""

from __future__ import annotations

import functools
import hmac
import os
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import unquote_plus

import httpx

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

SENSITIVE_PATH_SEGMENTS = frozenset({"private_links", "submissions"})
"""Path segments whose *next* segment is a secret: a private link's key (``.../private_links/{link_id}``) and
a group submission token (v3 ``.../submissions/{token}``)."""

MIN_KNOWN_SECRET_LENGTH = 8
"""Live `Secret` values shorter than this are not scrubbed from free text (they would mangle ordinary words)."""
MIN_SECRET_LENGTH = 4
"""Credentials a request carried that are shorter than this are not scrubbed from text (nor protect anything)."""

_MASK = "**********"

# Every live Secret by identity (equal values may live and die independently); entries vanish with the Secret.
_registry: weakref.WeakValueDictionary[int, Secret] = weakref.WeakValueDictionary()
_registry_lock = threading.Lock()


def _after_fork_in_child() -> None:
    global _registry_lock
    _registry_lock = threading.Lock()  # another thread may have held it at the fork


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class Secret:
    """A string whose `repr` and `str` never show the value.

    >>> token = Secret("abc123")
    >>> token
    Secret('**********')
    >>> token.get_secret_value()
    'abc123'

    Raises:
        figshare.InvalidArgumentTypeError: `value` is neither a `str` nor a `Secret` (a `TypeError`).
    """

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.get_secret_value()
        if not isinstance(value, str):
            from figshare.errors import InvalidArgumentTypeError  # errors imports this module

            raise InvalidArgumentTypeError(f"a secret must be a str, not {type(value).__name__}", argument="value")
        self._value = value
        if len(value) >= MIN_KNOWN_SECRET_LENGTH:
            with _registry_lock:
                _registry[id(self)] = self

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


def known_secrets() -> list[str]:
    """The values of every live `Secret` (at least `MIN_KNOWN_SECRET_LENGTH` long), longest first: what must
    never appear in a message built from a lower layer's text (an httpx exception, a log record)."""
    with _registry_lock:
        return _longest_first(secret._value for secret in list(_registry.values()))


_TOKEN_SHAPE = re.compile(r"[\x21-\x7e]+")


def clean_token(value: str | Secret, name: str = "token") -> Secret:
    """A credential given by a person (argument, environment, file, keyring) made safe to send in a header.

    Surrounding whitespace (what ``$(cat file)`` leaves) is removed. An empty credential, or one with
    whitespace, a control or a non-ASCII character inside, is an `InvalidArgumentError` naming `name` and the
    position, never the value; a non-string is an `InvalidArgumentTypeError`.
    """
    from figshare._validate import text  # _validate imports errors, which imports this module
    from figshare.errors import InvalidArgumentError

    raw = text(value.get_secret_value() if isinstance(value, Secret) else value, name)
    cleaned = raw.strip()
    if not cleaned:
        raise InvalidArgumentError(f"{name} is empty", argument=name)
    if not _TOKEN_SHAPE.fullmatch(cleaned):
        position = next(index for index, char in enumerate(cleaned) if not _TOKEN_SHAPE.fullmatch(char))
        raise InvalidArgumentError(
            f"{name} has whitespace, a control character or a non-ASCII character inside it (character "
            f"{position + 1} of {len(cleaned)}); a token is one word of printable ASCII characters",
            argument=name,
        )
    return value if isinstance(value, Secret) and cleaned == raw else Secret(cleaned)


def redact_url(url: str | httpx.URL) -> str:
    """`url` with secret query values, secret path segments and any password replaced by `REDACTED`; the rest
    (parameter order, encoding) kept as it was."""
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
    pattern, replacement = _SECRET_PATH
    return redact_known_secrets(pattern.sub(replacement, str(parsed)))


def _redact_query(query: str) -> str:
    parts = []
    for part in query.split("&"):
        name, equals, _value = part.partition("=")
        if equals and unquote_plus(name).lower() in SENSITIVE_QUERY_PARAMS:
            part = f"{name}={REDACTED}"
        parts.append(part)
    return "&".join(parts)


def redact_headers(headers: Mapping[str, str] | httpx.Headers, secrets: Iterable[str | Secret] = ()) -> httpx.Headers:
    """Return a copy of `headers` with the values of `SENSITIVE_HEADERS` replaced by `REDACTED`, and every other
    value scrubbed of `secrets` and of live `Secret`s (a server may echo a credential in any header)."""
    source = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
    known = _longest_first([*_values(secrets), *known_secrets()])
    return httpx.Headers(
        [(name, REDACTED if name.lower() in SENSITIVE_HEADERS else _replace(value, known)) for name, value in source]
    )


def _values(secrets: Iterable[str | Secret]) -> list[str]:
    return [secret.get_secret_value() if isinstance(secret, Secret) else secret for secret in secrets]


def _longest_first(values: Iterable[str]) -> list[str]:
    return sorted({value for value in values if value}, key=len, reverse=True)


def _replace(text: str, values: list[str]) -> str:
    for value in values:
        text = text.replace(value, REDACTED)  # the same object back when it is not there
    return text


def redact_value(value: Any, secrets: Iterable[str | Secret] = ()) -> Any:
    """A JSON-like value (dicts, lists, strings) with every string scrubbed as by `redact_text`."""
    return map_strings(value, functools.partial(redact_text, secrets=list(secrets)))


def map_strings(value: Any, change: Callable[[str], str]) -> Any:
    """`value` with `change` applied to every string in it, keys of dicts and items of lists and tuples too."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {map_strings(key, change): map_strings(item, change) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(map_strings(item, change) for item in value)
    return value


def request_credentials(request: httpx.Request) -> list[str]:
    """The credentials `request` carries (what follows an auth header's scheme, cookies, secret query
    values), to scrub from any text built from it."""
    found = [value for name, value in request.url.params.multi_items() if name.lower() in SENSITIVE_QUERY_PARAMS]
    for name, value in request.headers.items():
        if name.lower() in SENSITIVE_HEADERS:  # an auth scheme stays readable; a cookie goes whole
            credential = value.split(" ", 1)[-1]
            found += [credential] if name.lower().endswith("authorization") else [value, credential]
    return [value for value in found if len(value) >= MIN_SECRET_LENGTH]


_PARAM_NAMES = "|".join(sorted(SENSITIVE_QUERY_PARAMS))
_JSON_KEYS = "|".join(sorted(_SENSITIVE_JSON_KEYS))
_HEADER_NAMES = "|".join(sorted(SENSITIVE_HEADERS))
_PATH_NAMES = "|".join(sorted(SENSITIVE_PATH_SEGMENTS))
# .../private_links/KEY and .../submissions/TOKEN in URLs
_SECRET_PATH = (re.compile(rf"(?i)(/(?:{_PATH_NAMES})/)(?![\s\"'<>?#/])[^/?#\s\"'<>]+"), rf"\1{REDACTED}")
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
    # (b'Authorization', b'token abc') / ('set-cookie', 'a=b'): header pairs as httpcore and hpack log them
    (
        re.compile(rf"(?i)(\(\s*b?(['\"])(?:{_HEADER_NAMES})\2\s*,\s*b?)(['\"])(?:(?!\3).)*\3"),
        rf"\1\3{REDACTED}\3",
    ),
    # https://user:password@host: the password of a URL's user information (also in text httpx cannot parse)
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s/?#@:]*:)[^\s/?#@]+@"), rf"\1{REDACTED}@"),
    # h11's "Illegal header value b'token abc\n'" (a header that cannot be sent shows its whole value)
    (re.compile(r"(?i)(illegal header (?:value|name) b?)(['\"])(?:\\.|(?!\2).)*\2"), rf"\1\2{REDACTED}\2"),
    _SECRET_PATH,
)


def redact_known_secrets(text: str) -> str:
    """`text` with every occurrence of a live `Secret`'s value replaced by `REDACTED` (see `known_secrets`)."""
    return _replace(text, known_secrets())


def redact_text(text: str, secrets: Iterable[str | Secret] = ()) -> str:
    """Scrub free text (an error body, an exception message, a log line): the shapes of `_TEXT_PATTERNS`, every
    occurrence of each of `secrets` and of every live `Secret` the program holds."""
    for pattern, replacement in _TEXT_PATTERNS:
        text = pattern.sub(replacement, text)
    return redact_known_secrets(_replace(text, _longest_first(_values(secrets))))
