"""ResourceSync errors: all subclass ``figshare.errors.FigshareError``."""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import FigshareError, ResponseParseError

__all__ = [
    "DiscoveryError",
    "DocumentError",
    "DumpError",
    "PathEscapeError",
    "ResourceSyncError",
    "UnexpectedCapabilityError",
    "VerificationError",
]


class ResourceSyncError(FigshareError):
    """Base class of every ResourceSync error."""


class DocumentError(ResourceSyncError, ResponseParseError):
    """A ResourceSync document could not be read: malformed XML, not a sitemap, a DTD, a bad attribute.

    It is also a ``ResponseParseError``: a success response whose body is not what it must be.
    """

    def __init__(self, url: str, reason: str, *, status_code: int | None = None, body_excerpt: str = "") -> None:
        super().__init__(reason, method="GET", url=url, status_code=status_code, body_excerpt=body_excerpt)
        self.reason = reason


class UnexpectedCapabilityError(DocumentError):
    """A document is of another kind than the one asked for (a change list where a resource list was due)."""

    def __init__(self, url: str, expected: str, found: str | None) -> None:
        super().__init__(url, f"expected a {expected} document, found {found or 'a plain sitemap'}")
        self.expected = expected
        self.found = found


class DiscoveryError(ResourceSyncError):
    """No ResourceSync Source Description or Capability List could be found from the given URL."""

    def __init__(self, url: str, tried: list[str]) -> None:
        shown = "; ".join(tried) if tried else "nothing"
        super().__init__(f"no ResourceSync documents found for {url} (tried: {shown})")
        self.url = url
        self.tried = tried


class VerificationError(ResourceSyncError):
    """Downloaded content does not match the length or digest its document declared; nothing was kept."""

    def __init__(
        self, uri: str, reason: str, *, expected: Mapping[str, str | int], actual: Mapping[str, str | int]
    ) -> None:
        super().__init__(f"{uri}: {reason}")
        self.uri = uri
        self.reason = reason
        self.expected = dict(expected)
        self.actual = dict(actual)


class PathEscapeError(ResourceSyncError):
    """A resource URI cannot be mapped to a path inside the destination folder, so it was not written."""

    def __init__(self, uri: str, reason: str) -> None:
        super().__init__(f"{uri}: {reason}")
        self.uri = uri
        self.reason = reason


class DumpError(ResourceSyncError):
    """A Resource Dump or Change Dump package is broken or disagrees with its manifest."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
