"""Which hosts may receive credentials.

A token must only go to Figshare: never to the storage host that a download redirects to, nor to any other
site a URL happens to point at. Patterns are exact host names (`api.figshare.com`) or `*.` wildcards
(`*.figshare.com` matches `fup-eu-west-1.figshare.com` but not `figshare.com` itself).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

import httpx

from figshare._validate import instance_of
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError

DEFAULT_TRUSTED_HOSTS: tuple[str, ...] = ("api.figshare.com", "api.figsh.com", "*.figshare.com", "*.figsh.com")
"""The REST API (production and staging) and the upload service hosts."""


class HostPatterns(tuple[str, ...]):
    """Host patterns `normalise_host_patterns` made: taken as they are when given again (a client's patterns
    pass through its `TokenAuth` and its core without being checked twice)."""

    __slots__ = ()


def normalise_host_patterns(patterns: Iterable[str], name: str = "trusted_hosts") -> HostPatterns:
    """Lower-case and check the host patterns of the argument ``name``: `InvalidArgumentError` for an empty or
    malformed one, `InvalidArgumentTypeError` for what is not a list of str (a single string would otherwise be
    read as one pattern per character)."""
    if isinstance(patterns, HostPatterns):
        return patterns
    if isinstance(patterns, str | bytes) or not isinstance(patterns, Iterable):
        shown = "a single string" if isinstance(patterns, str | bytes) else type(patterns).__name__
        raise InvalidArgumentTypeError(
            f"{name} must be a list of host names or '*.domain' patterns, not {shown}", argument=name
        )
    result = []
    for pattern in patterns:
        cleaned = instance_of(pattern, str, name, "host names given as str").strip().lower().rstrip(".")
        if _ipv6(cleaned.strip("[]")):
            result.append(cleaned.strip("[]"))  # as httpx gives a URL's host: ``::1``, without brackets
            continue
        bare = cleaned[2:] if cleaned.startswith("*.") else cleaned
        if not bare or "*" in bare or "/" in bare or ":" in bare:
            raise InvalidArgumentError(f"{name}: not a host name or '*.domain' pattern: {pattern!r}", argument=name)
        result.append(cleaned)
    return HostPatterns(result)


def _ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def host_is_trusted(url: httpx.URL | str, patterns: Iterable[str]) -> bool:
    """Whether the host of `url` matches one of `patterns` (already normalised)."""
    host = httpx.URL(url).host.lower().rstrip(".") if isinstance(url, str) else url.host.lower().rstrip(".")
    return bool(host) and any(
        host.endswith(pattern[1:]) if pattern.startswith("*.") else host == pattern for pattern in patterns
    )
