"""The records of an API change report (`generator.diff` builds them, `generator.diff_markdown` renders them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.api_surface import Property

OBJECT_KINDS = frozenset({"object", "ref"})


@dataclass(frozen=True)
class PropertyChange:
    """A property present on both sides whose type or required-ness changed."""

    old: Property
    new: Property
    narrowed: bool

    def to_json(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if self.old.type != self.new.type:
            changes["type"] = [str(self.old.type), str(self.new.type)]
        if self.old.required != self.new.required:
            changes["required"] = [self.old.required, self.new.required]
        return changes


@dataclass
class PropertiesDelta:
    """How the effective properties of two schemas differ."""

    added: dict[str, Property] = field(default_factory=dict)
    removed: dict[str, Property] = field(default_factory=dict)
    changed: dict[str, PropertyChange] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "properties_added": sorted(self.added),
            "properties_removed": sorted(self.removed),
            "properties_changed": {name: change.to_json() for name, change in sorted(self.changed.items())},
        }

    def breaking_reasons(self, *, sent_by_callers: bool) -> list[str]:
        """Why these differences can break callers, one line per kind of change (empty when they cannot).

        ``sent_by_callers``: the schema is part of what callers send, so newly required properties matter.
        """
        reasons = []
        if self.removed:
            reasons.append(listing("property removed", "properties removed", sorted(self.removed)))
        if sent_by_callers:
            new_required = [name for name, p in sorted(self.added.items()) if p.required]
            now_required = [name for name, c in sorted(self.changed.items()) if c.new.required and not c.old.required]
            if new_required:
                reasons.append(listing("new required property", "new required properties", new_required))
            if now_required:
                reasons.append(listing("property now required", "properties now required", now_required))
        reasons += [
            f"property {name} narrowed from {change.old.type} to {change.new.type}"
            for name, change in sorted(self.changed.items())
            if change.narrowed
        ]
        return reasons


def listing(singular: str, plural: str, names: list[str]) -> str:
    return f"{singular if len(names) == 1 else plural}: {', '.join(names)}"


@dataclass
class SchemaChange:
    """A component schema present on both sides that changed."""

    properties: PropertiesDelta
    type: tuple[str, str] | None = None
    breaking: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        document = self.properties.to_json()
        if self.type:
            document["type"] = list(self.type)
        document["breaking"] = self.breaking
        return document


@dataclass
class OperationChange:
    """An operation present on both sides that changed; ``details`` holds one entry per aspect."""

    old_name: str
    details: dict[str, Any] = field(default_factory=dict)
    breaking: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {**self.details, "breaking": self.breaking}


@dataclass
class SpecSummary:
    """Which document one side of the comparison is."""

    label: str
    format: str
    title: str
    version: str
    operations: int
    schemas: int

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass
class ApiDiff:
    """The change report: what was added, removed and changed, and whether callers can break."""

    old: SpecSummary
    new: SpecSummary
    operations_added: list[str] = field(default_factory=list)
    operations_removed: list[str] = field(default_factory=list)
    operations_changed: dict[str, OperationChange] = field(default_factory=dict)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    schemas_changed: dict[str, SchemaChange] = field(default_factory=dict)
    schemas_renamed: dict[str, str] = field(default_factory=dict)

    @property
    def breaking_changes(self) -> list[str]:
        """Every reason a caller can break, one line each."""
        reasons = [f"{name} removed" for name in self.operations_removed]
        for name, operation in self.operations_changed.items():
            reasons += [f"{name}: {reason}" for reason in operation.breaking]
        for name, schema in self.schemas_changed.items():
            reasons += [f"schema {name}: {reason}" for reason in schema.breaking]
        return reasons

    @property
    def breaking(self) -> bool:
        return bool(self.breaking_changes)

    @property
    def changed(self) -> bool:
        """Whether anything at all differs."""
        return any(
            (
                self.operations_added,
                self.operations_removed,
                self.operations_changed,
                self.schemas_added,
                self.schemas_removed,
                self.schemas_changed,
            )
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON report (keys as in the issue, plus ``old``/``new`` summaries and ``breaking_changes``)."""
        return {
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "breaking": self.breaking,
            "breaking_changes": self.breaking_changes,
            "operations_added": self.operations_added,
            "operations_removed": self.operations_removed,
            "operations_changed": {name: change.to_json() for name, change in self.operations_changed.items()},
            "schemas_added": self.schemas_added,
            "schemas_removed": self.schemas_removed,
            "schemas_changed": {name: change.to_json() for name, change in self.schemas_changed.items()},
            "schemas_renamed": self.schemas_renamed,
        }
