"""Choosing what to read: capability checks, time windows over change lists, latest change per resource."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from figshare.resourcesync._errors import UnexpectedCapabilityError
from figshare.resourcesync._model import Capability, DocumentInfo, Entry


def check_capability(info: DocumentInfo, expected: Iterable[Capability]) -> None:
    """Raise ``UnexpectedCapabilityError`` unless ``info`` is one of ``expected``.

    A plain sitemap (no ``rs:md capability``) is accepted where a Resource List is expected, as sitemaps
    without ResourceSync markup are Resource Lists in all but name.
    """
    allowed = tuple(expected)
    if info.capability in allowed or (info.capability is None and Capability.RESOURCE_LIST in allowed):
        return
    names = " or ".join(capability.value for capability in allowed)
    raise UnexpectedCapabilityError(info.url, names, info.capability.value if info.capability else None)


def part_in_window(part: Entry, since: datetime | None, until: datetime | None) -> bool:
    """Whether an index part (``<sitemap>`` with ``rs:md from/until``) may hold changes in the window.

    A part with no time range must be read. A part is skipped only when it provably ends before ``since``
    or starts after ``until``.
    """
    ends, starts = part.metadata.until, part.metadata.from_
    return not ((since and ends and ends < since) or (until and starts and starts > until))


def change_in_window(entry: Entry, since: datetime | None, until: datetime | None) -> bool:
    """Whether a change falls in ``[since, until]``; a change with no time is always kept."""
    moment = entry.changed_at
    return moment is None or ((since is None or moment >= since) and (until is None or moment <= until))


class ChangeCollapser:
    """Keeps only the latest change of each resource.

    "Latest" is by change time; when either of two changes has no time, the later one in reading order
    wins (change lists are written in chronological order).
    """

    def __init__(self) -> None:
        self._latest: dict[str, Entry] = {}  # in the order the kept changes were read

    def add(self, entry: Entry) -> None:
        kept = self._latest.get(entry.uri)
        moment = entry.changed_at
        if kept is not None and kept.changed_at is not None and moment is not None and moment < kept.changed_at:
            return
        self._latest.pop(entry.uri, None)
        self._latest[entry.uri] = entry

    def result(self) -> list[Entry]:
        """The latest change of each resource, oldest first (ties in reading order)."""
        return list(self._latest.values())
