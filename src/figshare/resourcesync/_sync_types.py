"""What a sync reports: one event per resource as it happens, and a result at the end."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SyncAction", "SyncEvent", "SyncResult"]


class SyncAction(str, enum.Enum):
    """What a sync did with one resource."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DELETED = "deleted"
    DELETE_SKIPPED = "delete-skipped"
    """The Source deleted the resource; the file was kept because deletions were not asked for."""
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class SyncEvent:
    """One resource handled: passed to the progress callback, and kept in ``SyncResult.failures``."""

    action: SyncAction
    uri: str
    path: Path | None = None
    size: int = 0
    error: Exception | None = None


@dataclass(slots=True)
class SyncResult:
    """The outcome of one sync run.

    Attributes:
        destination: the folder synced into.
        modes: Capability List URL -> ``"baseline"``, ``"baseline-dump"`` or ``"incremental"``.
        counts: how many resources had each ``SyncAction``.
        bytes_written: bytes of verified content written.
        failures: the failed resources with their errors; a run with failures does not advance the saved
            state, so the next run tries them again.
    """

    destination: Path
    modes: dict[str, str] = field(default_factory=dict)
    counts: dict[SyncAction, int] = field(default_factory=lambda: dict.fromkeys(SyncAction, 0))
    bytes_written: int = 0
    failures: list[SyncEvent] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every resource was handled without error."""
        return not self.failures

    def add(self, event: SyncEvent) -> None:
        """Count one event."""
        self.counts[event.action] += 1
        if event.action in (SyncAction.CREATED, SyncAction.UPDATED):
            self.bytes_written += event.size
        if event.action is SyncAction.FAILED:
            self.failures.append(event)
