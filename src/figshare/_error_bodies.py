"""What an error response's body says: its text with the sent credentials scrubbed, an excerpt, the message
and code of a JSON body, and the visible text of an HTML or XML page.

`figshare.errors` imports this only when it builds an error from a response.
"""

from __future__ import annotations

import html.parser
import json
from dataclasses import dataclass
from typing import Any

import httpx

from figshare._secrets import redact_text, request_credentials
from figshare.errors import _request_of

EXCERPT_LENGTH = 500
"""The longest body excerpt kept in an error, in characters."""
EXCERPT_SOURCE_BYTES = 64 * 1024
"""How much of a success body is looked at for a `ResponseParseError`'s excerpt."""


@dataclass(slots=True)
class ErrorBody:
    """What could be read from an error response body."""

    message: str
    excerpt: str = ""
    code: str | int | None = None
    data: Any = None
    document: Any = None

    @classmethod
    def parse(cls, response: httpx.Response) -> ErrorBody:
        """Read `response`'s body: a JSON document's message and code, a page's visible text, or the text."""
        try:
            raw = response.content
        except httpx.ResponseNotRead:
            return cls("the response body was not read")
        if not raw.strip():
            return cls("empty body")
        text = body_text(response)
        shown = excerpt(text)
        content_type = response.headers.get("content-type", "").lower()
        start = text.lstrip()[:1]
        if "json" in content_type or start in ("{", "["):
            try:
                document = json.loads(text)
            except (ValueError, RecursionError):  # malformed, or nested deeper than Python can follow
                if "json" in content_type:
                    return cls(f"invalid JSON body: {shown}", excerpt=shown)
            else:
                return cls._from_json(document, shown)
        if "html" in content_type or "xml" in content_type or start == "<":
            kind = "XML document" if "xml" in content_type or text.lstrip().startswith("<?xml") else "HTML page"
            return cls(f"{kind}: {excerpt(markup_text(text))}", excerpt=shown)
        return cls(shown, excerpt=shown)

    @classmethod
    def _from_json(cls, document: Any, excerpt: str) -> ErrorBody:
        if not isinstance(document, dict):
            return cls(excerpt, excerpt=excerpt, document=document)
        # Figshare's message, else an OAuth error's description or code, else the body itself
        found = (document.get(key) for key in ("message", "error_description", "error"))
        message = next((text for text in found if isinstance(text, str) and text.strip()), excerpt)
        code = document.get("code")
        if isinstance(code, bool) or not isinstance(code, str | int):
            code = None
        return cls(message, excerpt=excerpt, code=code, data=document.get("data"), document=document)


def body_text(response: httpx.Response, limit: int | None = None) -> str:
    """The body (its first `limit` bytes) as text, with the credentials the request carried scrubbed (a server
    may echo them back)."""
    try:
        content = response.content[:limit]
    except httpx.ResponseNotRead:
        return ""
    try:
        text = content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        text = content.decode("utf-8", errors="replace")
    return redact_text(text, sent_credentials(response))


def sent_credentials(response: httpx.Response) -> list[str]:
    """The credentials the request of `response` carried (see `figshare._secrets.request_credentials`)."""
    request = _request_of(response)
    return [] if request is None else request_credentials(request)


def excerpt(text: str) -> str:
    collapsed = " ".join(text.split())
    return collapsed if len(collapsed) <= EXCERPT_LENGTH else collapsed[: EXCERPT_LENGTH - 1] + "…"


class _TextExtractor(html.parser.HTMLParser):
    """Collects the visible text of an HTML or XML document."""

    _INVISIBLE = frozenset({"script", "style", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skipping = 0
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._INVISIBLE:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._INVISIBLE and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._skipping:
            self.chunks.append(data)

    def text(self) -> str:
        body = " ".join(" ".join(self.chunks).split())
        title = " ".join(" ".join(self._title).split())
        if title and not body.startswith(title):
            return f"{title}: {body}" if body else title
        return body


def markup_text(document: str) -> str:
    extractor = _TextExtractor()
    try:
        extractor.feed(document)
        extractor.close()
    except (AssertionError, ValueError):  # very broken markup: fall back to the raw text
        return document
    return extractor.text() or document
