"""String formats as ajv-formats (full mode) checks them, for the formats the Figshare documents use.

``generator.site_check`` asks these when it looks for the real responses that contradict a schema, so that what it
finds is what ajv with ajv-formats (the validator ``make dist-spec`` runs, and other SDKs' authors use) refuses.
The ``uri`` expression is ajv-formats' own (MIT licence, Copyright (c) 2020 Evgeny Poberezkin); ``date`` and
``date-time`` follow its RFC 3339 checks (a date-time needs its time zone). A format not listed here is not checked,
as ajv-formats does not check ``binary`` or ``password``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_URI = re.compile(
    r"^(?:[a-z][a-z0-9+\-.]*:)(?:/?/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9"
    r"a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}"
    r":){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]"
    r"{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a"
    r"-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4"
    r"]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}"
    r"[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\."
    r"){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:/(?:[a-z0"
    r"-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:/(?:[a-z0-"
    r"9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:/(?:[a-z0-9\-"
    r"._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0"
    r"-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$",
    re.IGNORECASE,
)
_NOT_URI_FRAGMENT = re.compile(r"/|:")
_DATE = re.compile(r"^(\d\d\d\d)-(\d\d)-(\d\d)$")
_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$", re.IGNORECASE)
_DATE_TIME_SEPARATOR = re.compile(r"t|\s", re.IGNORECASE)
_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_uri(value: str) -> bool:
    """An absolute URI (RFC 3986): a scheme, then what may follow it."""
    return bool(_NOT_URI_FRAGMENT.search(value)) and bool(_URI.match(value))


def is_date(value: str) -> bool:
    """An RFC 3339 full-date (``2024-02-29``), checked against the calendar."""
    match = _DATE.match(value)
    if not match:
        return False
    year, month, day = (int(part) for part in match.groups())
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 and leap else _DAYS[month])


def _is_time(value: str) -> bool:
    match = _TIME.match(value)
    if not match:
        return False
    hour, minute, second = int(match[1]), int(match[2]), float(match[3])
    zone_hours, zone_minutes = int(match[6] or 0), int(match[7] or 0)
    if zone_hours > 23 or zone_minutes > 59 or not match[4]:
        return False
    if hour <= 23 and minute <= 59 and second < 60:
        return True
    sign = -1 if match[5] == "-" else 1  # a leap second, 23:59:60 UTC
    utc_minute = minute - zone_minutes * sign
    utc_hour = hour - zone_hours * sign - (1 if utc_minute < 0 else 0)
    return utc_hour in (23, -1) and utc_minute in (59, -1) and second < 61


def is_date_time(value: str) -> bool:
    """An RFC 3339 date-time with its time zone (``2024-02-29T12:00:00Z``)."""
    parts = _DATE_TIME_SEPARATOR.split(value)
    return len(parts) == 2 and is_date(parts[0]) and _is_time(parts[1])


CHECKS: dict[str, Callable[[str], bool]] = {"uri": is_uri, "date": is_date, "date-time": is_date_time}
"""Format name -> check, for the formats ajv-formats asserts that the Figshare documents use."""


def conforms(format_name: str, value: str) -> bool:
    """Whether ``value`` is a valid ``format_name`` (formats without a check always are)."""
    check = CHECKS.get(format_name)
    return check is None or check(value)
