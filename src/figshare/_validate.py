"""Checks of the caller's arguments, made before anything is sent.

Every failure is an `InvalidArgumentError` (a `ValueError`) or an `InvalidArgumentTypeError` (a `TypeError`),
both `FigshareError`s, whose message starts with the argument's name and never shows a secret value.
"""

from __future__ import annotations

import math
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

import httpx

from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError

T = TypeVar("T")

MAX_PAGE_SIZE = 1000
"""The largest page (``page_size`` or ``limit``) Figshare serves."""
INT64_MAX = 2**63 - 1
"""The largest id Figshare can store (ids are 64-bit integers)."""
MAX_SECONDS = 1_000_000.0
"""The longest time any setting may name (about 11.5 days): longer ones overflow the sleeps and waits they
feed; pass None where "no limit" is meant."""

_PAGE_BOUNDS: dict[str, tuple[int, int]] = {
    "page_size": (1, MAX_PAGE_SIZE),
    "limit": (1, MAX_PAGE_SIZE),
    "page": (1, INT64_MAX),
    "offset": (0, INT64_MAX),
}


def whole_number(value: object, name: str, *, minimum: int | None = None, maximum: int = INT64_MAX) -> int:
    """`value` if it is an `int` (not a `bool`) within ``minimum..maximum``.

    Raises:
        InvalidArgumentTypeError: not an int (a bool is refused: ``True`` is not an id).
        InvalidArgumentError: out of range.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentTypeError(f"{name} must be an int, not {type(value).__name__}", argument=name)
    low = -INT64_MAX - 1 if minimum is None else minimum
    if value > maximum:
        raise InvalidArgumentError(f"{name} must be at most {maximum}, got {show(value)}", argument=name)
    if value < low:
        raise InvalidArgumentError(f"{name} must be at least {low}, got {show(value)}", argument=name)
    return value


def known_keywords(function: str, given: Mapping[str, object], allowed: Collection[str]) -> None:
    """Refuse a keyword that ``function`` does not take (``**options`` signatures would name an internal one).

    Raises:
        InvalidArgumentTypeError: a keyword not in ``allowed``, named as Python names it.
    """
    for name in given:
        if name not in allowed:
            raise InvalidArgumentTypeError(f"{function}() got an unexpected keyword argument {name!r}", argument=name)


def path_id(value: object, name: str) -> int:
    """A numeric id placed in a URL path: a positive `int` that fits in 64 bits."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentTypeError(
            f"{name} must be a positive int id, not {type(value).__name__} {show(value)}", argument=name
        )
    if value < 1:
        raise InvalidArgumentError(f"{name} must be a positive id (1 or more), got {show(value)}", argument=name)
    if value > INT64_MAX:
        raise InvalidArgumentError(
            f"{name} must be an id of at most {INT64_MAX} (64 bits), got {show(value)}", argument=name
        )
    return value


def page_argument(name: str, value: object, *, where: str | None = None) -> int:
    """A pagination argument: ``page_size``/``limit`` 1..1000, ``page`` 1 or more, ``offset`` 0 or more."""
    low, high = _PAGE_BOUNDS[name]
    label = where or name
    number = whole_number(value, label)
    if not low <= number <= high:
        if name in ("page_size", "limit"):
            raise InvalidArgumentError(
                f"{label} must be between 1 and {MAX_PAGE_SIZE} (Figshare's largest page), got {show(number)}",
                argument=label,
            )
        raise InvalidArgumentError(f"{label} must be {low} or more, got {show(number)}", argument=label)
    return number


def encodable_text(value: str, name: str) -> str:
    """`value` if it can be sent as UTF-8 (no lone surrogates such as ``'\\ud800'``)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidArgumentError(
            f"{name} cannot be sent: it contains {value[error.start]!r} at position {error.start}, a lone "
            "surrogate that has no UTF-8 encoding",
            argument=name,
        ) from None
    return value


def text(value: object, name: str) -> str:
    """`value` if it is a `str` (`InvalidArgumentTypeError` naming ``name`` otherwise)."""
    return instance_of(value, str, name, "a str")


def instance_of(value: object, kind: type[T] | tuple[type[T], ...], name: str, what: str) -> T:
    """`value` if it is an instance of ``kind`` (`InvalidArgumentTypeError`: "``name`` must be ``what``, not ...")."""
    if not isinstance(value, kind):
        raise InvalidArgumentTypeError(f"{name} must be {what}, not {type(value).__name__}", argument=name)
    return value


def path_text(value: object, name: str) -> str:
    """A text argument placed in a URL path: a non-empty `str` that is not ``.`` or ``..`` and has no controls."""
    value = encodable_text(text(value, name), name)
    if value.strip() in ("", ".", ".."):
        raise InvalidArgumentError(f"{name} must not be empty, '.' or '..'", argument=name)
    if any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in value):
        raise InvalidArgumentError(f"{name} must not contain control characters", argument=name)
    return value


def local_path(value: object, name: str) -> Path:
    """A local file or folder given as a `str` or an ``os.PathLike`` of `str`, with ``~`` expanded; bytes paths,
    other types, NUL characters and an empty path are refused (`InvalidArgumentTypeError`, `InvalidArgumentError`)."""
    text = os.fspath(value) if isinstance(value, str | os.PathLike) else None
    if not isinstance(text, str):
        raise InvalidArgumentTypeError(
            f"{name} must be a str or an os.PathLike of str, not {type(value).__name__}", argument=name
        )
    if not text or "\0" in text:
        raise InvalidArgumentError(f"{name} must be a path (not empty, no NUL), got {show(text)}", argument=name)
    return Path(text).expanduser()


def flag(value: object, name: str) -> bool:
    """A `bool` option (``"no"`` or ``0`` is refused: a truthy string must not mean yes)."""
    return instance_of(value, bool, name, "True or False")


def optional_callable(value: T, name: str) -> T:
    """None or a callable (a callback, a sleep, a clock), refused when it is anything else."""
    if value is not None and not callable(value):
        raise InvalidArgumentTypeError(f"{name} must be a callable or None, not {type(value).__name__}", argument=name)
    return value


def url_text(value: object, name: str) -> str:
    """A URL argument given as a `str` or an `httpx.URL`, as text (what it points at is checked where it is used)."""
    return str(instance_of(value, (str, httpx.URL), name, "a str or httpx.URL"))


def seconds(value: object, name: str, *, allow_zero: bool = False) -> float:
    """A number of seconds above zero (or zero when ``allow_zero``), at most `MAX_SECONDS`."""
    return _seconds(value, name, allow_zero, "a number of seconds")


def optional_seconds(value: object, name: str, *, allow_zero: bool = False) -> float | None:
    """None, or a number of seconds above zero (or zero when ``allow_zero``), at most `MAX_SECONDS`."""
    if value is None:
        return None
    return _seconds(value, name, allow_zero, "a number of seconds or None")


def _seconds(value: object, name: str, allow_zero: bool, expected: str) -> float:
    number = _number(value, name, expected)
    if math.isnan(number) or number < 0 or (number == 0 and not allow_zero) or number > MAX_SECONDS:
        bound = "0 or more" if allow_zero else "more than 0"
        raise InvalidArgumentError(
            f"{name} must be a number of seconds, {bound} and at most {MAX_SECONDS:g}, got {show(value)}", argument=name
        )
    return number


def bytes_per_second(value: object, name: str) -> float:
    """A speed: a finite number of bytes per second, 0 or more."""
    speed = _number(value, name, "a number of bytes per second")
    if not math.isfinite(speed) or speed < 0:
        raise InvalidArgumentError(
            f"{name} must be a finite number of bytes per second, 0 or more, got {show(value)}", argument=name
        )
    return speed


def _number(value: object, name: str, expected: str) -> float:
    """``value`` as a float (an int too large for one is infinite); a `bool` or a non-number is refused."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentTypeError(f"{name} must be {expected}, not {type(value).__name__}", argument=name)
    try:
        return float(value)
    except OverflowError:  # an int too large for a float
        return math.inf


def optional_byte_count(value: object, name: str) -> int | None:
    """None, or a positive `int` number of bytes."""
    if value is None:
        return None
    return whole_number(value, name, minimum=1)


def api_root(value: object, name: str) -> str:
    """An API root such as ``https://api.figshare.com/v2``: a `web_url` without a ?query.

    Returns the URL without a trailing slash.
    """
    if not instance_of(value, str, name, "a str URL").strip():
        raise InvalidArgumentError(
            f"{name} is empty: give the API root, such as https://api.figshare.com/v2", argument=name
        )
    return web_url(value, name).rstrip("/")


def web_url(value: object, name: str, *, query: bool = False) -> str:
    """An absolute http:// or https:// URL given as a `str`: a host, a port in 1..65535, no #fragment or
    user:password@, and no ?query unless ``query``; returned without surrounding whitespace."""
    address = encodable_text(text(value, name).strip(), name)
    try:
        url = httpx.URL(address)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise InvalidArgumentError(f"{name} is not a valid URL", argument=name) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgumentError(
            f"{name} must be an http:// or https:// URL with a host, such as https://api.figshare.com/v2",
            argument=name,
        )
    if url.port is not None and not 0 < url.port < 65536:
        raise InvalidArgumentError(f"{name} has a port outside 1..65535", argument=name)
    if url.fragment or "#" in address or (not query and (url.query or "?" in address)):
        raise InvalidArgumentError(f"{name} must not have a {'' if query else '?query or '}#fragment", argument=name)
    if url.userinfo:
        raise InvalidArgumentError(
            f"{name} must not contain user:password@ (pass credentials as arguments of their own: token, auth, "
            "client_secret)",
            argument=name,
        )
    return address


def show(value: Any, limit: int = 40) -> str:
    """A short, safe `repr` of a caller's value for a message (huge ints and long text are cut)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"<an int of {value.bit_length()} bits>"
    try:
        text = repr(value)
    except Exception:  # a repr that fails (or an int past Python's digit limit)
        return f"<a {type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"
