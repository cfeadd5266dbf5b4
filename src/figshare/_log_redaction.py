"""Keep secrets out of the log records of the libraries the SDK sends with (httpx, httpcore, hpack).

httpx logs request URLs (``?private_link=KEY``), httpcore response headers and h11's ``Illegal header value
b'token ...'``, hpack HTTP/2 headers. The SDK cannot stop them, so `install()` (idempotent, run when the HTTP
core is imported) adds a filter to each of their loggers that rewrites every record with `redact_text`.
"""

from __future__ import annotations

import logging

from figshare._secrets import redact_text

LOGGER_NAMES: tuple[str, ...] = (
    "figshare",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
    "h2",
    "h2.connection",
)
"""The loggers that get the filter (a logger's filters do not apply to its children, so each is named)."""


class RedactingFilter(logging.Filter):
    """Rewrites a record's message and exception text with secrets replaced by ``REDACTED``; drops nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact `record` in place and let it through."""
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: show its template alone rather than its arguments
            message = str(record.msg)
        cleaned = redact_text(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        return True


_FILTER = RedactingFilter()


def install() -> None:
    """Add the redacting filter to every logger of `LOGGER_NAMES` that does not have it yet."""
    for name in LOGGER_NAMES:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactingFilter) for existing in logger.filters):
            logger.addFilter(_FILTER)
