"""Keep secrets out of the log records of the libraries the SDK sends with (httpx, httpcore, hpack).

httpx logs every request URL at INFO (``HTTP Request: GET https://...?private_link=KEY``); httpcore logs, at
DEBUG, response headers (``Set-Cookie``, a redirect's signed ``Location``) and the text of the exceptions it
meets (h11's ``Illegal header value b'token ...'``); hpack logs the headers of HTTP/2 requests. The SDK cannot
stop them from logging, so it adds a filter to each of their loggers that rewrites a record's message (and
its formatted exception) with `figshare._secrets.redact_text` before any handler sees it: secret query
parameters, credentials after ``Authorization``, sensitive header pairs, private-link keys in paths and the
value of every live `Secret`.

`install()` is idempotent and runs when the HTTP core is imported, so every SDK request is covered.
"""

from __future__ import annotations

import logging

from figshare._secrets import redact_text

__all__ = ["LOGGER_NAMES", "RedactingFilter", "install"]

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
