"""W3C Datetime (the profile of ISO 8601 that sitemaps and ResourceSync use), parsed and written."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

__all__ = ["format_w3c", "parse_w3c"]

_W3C = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d+))?)?"
    r"(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?"
)


@lru_cache(maxsize=4096)
def parse_w3c(text: str) -> datetime:
    """Parse ``2013-01-03T09:00:00Z`` and its shorter forms into an aware UTC ``datetime``.

    A missing time means midnight; a missing zone (not allowed, but seen) means UTC. Raises ``ValueError``
    for anything else.
    """
    match = _W3C.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a W3C datetime: {text!r}")
    parts = match.groupdict()
    fraction = parts["fraction"] or "0"
    moment = datetime(
        int(parts["year"]),
        int(parts["month"] or 1),
        int(parts["day"] or 1),
        int(parts["hour"] or 0),
        int(parts["minute"] or 0),
        int(parts["second"] or 0),
        int(fraction[:6].ljust(6, "0")),
        tzinfo=timezone.utc,
    )
    zone = parts["zone"]
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        moment -= sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return moment


def format_w3c(moment: datetime) -> str:
    """Write an aware ``datetime`` as UTC W3C datetime (``...Z``), keeping microseconds when present."""
    utc = moment.astimezone(timezone.utc)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond:
        text += f".{utc.microsecond:06d}".rstrip("0")
    return text + "Z"
