"""OAI-PMH datestamps: parse them into aware UTC datetimes and format request arguments.

OAI-PMH (section 3.3) writes datestamps in UTC as ``YYYY-MM-DD`` or ``YYYY-MM-DDThh:mm:ssZ``; a repository
declares which of the two it supports in Identify's ``<granularity>``. Some servers add fractional seconds;
those are accepted when reading.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Literal, TypeAlias

from figshare.errors import InvalidArgumentTypeError

Granularity = Literal["YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ"]
DAY_GRANULARITY: Granularity = "YYYY-MM-DD"
SECOND_GRANULARITY: Granularity = "YYYY-MM-DDThh:mm:ssZ"

DateArgument: TypeAlias = "datetime | date | str"
"""What ``from_`` and ``until`` accept: a datetime (naive ones are taken as UTC), a date, or a datestamp string
sent as it is."""


def parse_datestamp(text: str) -> datetime:
    """Return the aware UTC datetime for an OAI-PMH datestamp (day or second granularity).

    Raises ``ValueError`` (with the offending text) when the text is not a UTC datestamp.
    """
    if len(text) == 20 and text[19] == "Z" and text[10] == "T" and text[13] == text[16] == ":":  # the usual form
        try:
            return datetime.fromisoformat(text[:19] + "+00:00")
        except ValueError:
            pass
    value = text.strip()
    parsed: datetime | None = None
    try:
        if value.endswith("Z") and value[10:11] == "T" and value.count(":") == 2:
            seconds, dot, fraction = value[:-1].partition(".")
            parsed = datetime.fromisoformat(seconds + "+00:00")
            if dot:  # some servers add fractional seconds; Python 3.10 reads only 3 or 6 digits itself
                if not (fraction.isascii() and fraction.isdigit()):
                    raise ValueError(fraction)
                parsed = parsed.replace(microsecond=int(fraction[:6].ljust(6, "0")))
        elif len(value) == 10:
            parsed = datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    except ValueError:
        parsed = None
    if parsed is None:
        raise ValueError(f"not an OAI-PMH UTC datestamp: {value!r}")
    return parsed


def format_datestamp(moment: datetime, granularity: Granularity) -> str:
    """Write ``moment`` (naive means UTC) as a datestamp of the given granularity, dropping microseconds."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%d" if granularity == DAY_GRANULARITY else "%Y-%m-%dT%H:%M:%SZ")


def format_date_argument(value: DateArgument, granularity: Granularity, name: str) -> str:
    """Write the ``from``/``until`` argument ``name``: datetimes at ``granularity``, dates as days, strings
    unchanged; anything else is an `InvalidArgumentTypeError` naming it."""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return format_datestamp(value, granularity)
    if isinstance(value, date):
        return value.isoformat()
    raise InvalidArgumentTypeError(
        f"{name} must be a datetime, a date or a datestamp str, not {type(value).__name__}", argument=name
    )


def needs_granularity(*values: DateArgument | None) -> bool:
    """Whether formatting these arguments depends on the repository's granularity (only datetimes do)."""
    return any(isinstance(value, datetime) for value in values)
