"""ResourceSync errors: all subclass ``ResourceSyncError`` and so ``figshare.errors.FigshareError``
(docs/resourcesync.md, "Errors and safety", says when each is raised)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import httpx

from figshare.errors import APIConnectionError, FigshareError, ResponseParseError, ResponseTooLargeError


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


class DocumentTooLargeError(DocumentError, ResponseTooLargeError):
    """A document is longer than ``max_document_bytes``, or one text, attribute or tag in it longer than
    ``max_text_bytes``; refused as soon as the limit is passed. Also a `figshare.errors.ResponseTooLargeError`,
    so one ``except`` catches every too-large body of the SDK.

    Attributes:
        setting: ``"max_document_bytes"`` or ``"max_text_bytes"``.
        limit: the limit, in bytes.
    """

    def __init__(self, url: str, reason: str, *, setting: str, limit: int, body_excerpt: str = "") -> None:
        # DocumentError's constructor, without ResponseTooLargeError's (which words the API's own cap)
        ResponseParseError.__init__(self, reason, method="GET", url=url, body_excerpt=body_excerpt)
        self.reason = reason
        self.setting = setting
        self.limit = limit


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


class PathCollisionError(PathEscapeError):
    """Another URI of the Source is already stored at the path this URI maps to (``.../c/`` and
    ``.../c/_index``, ``.../q%3Fx`` and ``.../q?x``); this one was not written, and the other file is kept.

    Attributes:
        owner: the URI whose file is at that path.
        path: the path, relative to the destination.
    """

    def __init__(self, uri: str, *, owner: str, path: str) -> None:
        super().__init__(uri, f"it would be stored at {path}, which already holds {owner}; not written")
        self.owner = owner
        self.path = path


class OtherHostError(ResourceSyncError):
    """A resource (or document) of the Source lives on another host than the Source's, and following other
    hosts was not asked for (``sync(..., follow_hosts=[...])``).

    Attributes:
        uri: what was not fetched.
        host: its host.
    """

    def __init__(self, uri: str, *, host: str, source_host: str) -> None:
        super().__init__(
            f"{uri}: on host {host!r}, not the Source's host {source_host!r}; not fetched (allow it with "
            f"follow_hosts=[{host!r}])"
        )
        self.uri = uri
        self.host = host


class LocalFileError(ResourceSyncError):
    """A file of the destination could not be written, moved or deleted (the message says why)."""

    def __init__(self, uri: str, error: OSError) -> None:
        super().__init__(f"{uri}: {error.strerror or type(error).__name__}: {error.filename or ''}".rstrip(": "))
        self.uri = uri
        self.errno = error.errno


class DumpError(ResourceSyncError):
    """A Resource Dump or Change Dump package is broken or disagrees with its manifest."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


def interrupted(url: str, error: httpx.TransportError) -> APIConnectionError:
    """The error for a body that broke off while it streamed (the one wording of it)."""
    return APIConnectionError(f"the transfer was interrupted: {type(error).__name__}: {error}", method="GET", url=url)


@contextmanager
def transfer_errors(url: str) -> Iterator[None]:
    """Turn ``httpx.TransportError`` raised while a body streams into ``APIConnectionError``."""
    try:
        yield
    except httpx.TransportError as error:
        raise interrupted(url, error) from error
