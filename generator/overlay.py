"""A strict applier for OpenAPI Overlay 1.0 documents.

Targets are RFC 9535 JSONPath expressions, evaluated with the maintained ``jsonpath-rfc9535`` library.
Strictness, beyond the Overlay specification:

- every action must carry a ``description`` (why the upstream document is changed, and the evidence);
- an action whose target selects nothing is an error, never a silent no-op;
- an action must do exactly one thing: ``update`` or ``remove: true`` (``remove: false`` without an
  ``update`` is an error, and ``remove: false`` never deletes anything).

Merge rules for ``update`` (Overlay 1.0, section "Action Object"): when the target is an object, the update
object is merged into it recursively (objects merge, arrays are concatenated, other values replace); when the
target is an array, the update value is appended (an array update is concatenated).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml

SUPPORTED_VERSION_PREFIX = "1.0."


class OverlayError(ValueError):
    """An overlay document is malformed or one of its actions cannot be applied."""


@dataclass(frozen=True)
class Action:
    """One overlay action, with where it came from for error messages."""

    source: str
    index: int
    target: str
    description: str
    update: Any = None
    has_update: bool = False
    remove: bool = False

    @property
    def label(self) -> str:
        return f"{self.source} action #{self.index + 1} (target {self.target!r})"


@dataclass
class OverlayReport:
    """What applying overlays did: how many nodes each action touched."""

    applied: list[tuple[Action, int]] = field(default_factory=list)


def load_overlay(path: Path) -> list[Action]:
    """Read one overlay document and check its shape."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return parse_overlay(document, source=path.name)


def parse_overlay(document: Any, source: str) -> list[Action]:
    if not isinstance(document, Mapping):
        raise OverlayError(f"{source}: an overlay document must be a mapping")
    version = str(document.get("overlay", ""))
    if not version.startswith(SUPPORTED_VERSION_PREFIX):
        raise OverlayError(f"{source}: unsupported overlay version {version!r} (expected 1.0.x)")
    info = document.get("info")
    if not isinstance(info, Mapping) or not info.get("title") or not info.get("version"):
        raise OverlayError(f"{source}: `info` with `title` and `version` is required")
    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise OverlayError(f"{source}: `actions` must be a non-empty list")
    return [_parse_action(raw, source, index) for index, raw in enumerate(raw_actions)]


def _parse_action(raw: Any, source: str, index: int) -> Action:
    where = f"{source} action #{index + 1}"
    if not isinstance(raw, Mapping):
        raise OverlayError(f"{where}: must be a mapping")
    target = raw.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayError(f"{where}: `target` must be a JSONPath expression starting with `$`")
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        raise OverlayError(f"{where}: every action needs a `description` saying why (and the evidence)")
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayError(f"{where}: `remove` must be true or false")
    has_update = "update" in raw
    if remove and has_update:
        raise OverlayError(f"{where}: an action either updates or removes, not both")
    if not remove and not has_update:
        raise OverlayError(f"{where}: the action does nothing (no `update`, and `remove` is not true)")
    try:
        jsonpath_rfc9535.compile(target)
    except jsonpath_rfc9535.JSONPathError as error:
        raise OverlayError(f"{where}: invalid JSONPath {target!r}: {error}") from error
    return Action(
        source=source,
        index=index,
        target=target,
        description=description.strip(),
        update=raw.get("update"),
        has_update=has_update,
        remove=remove,
    )


def apply_actions(document: dict[str, Any], actions: Iterable[Action]) -> OverlayReport:
    """Apply actions in order, in place. Raises OverlayError on the first action that matches nothing."""
    report = OverlayReport()
    for action in actions:
        nodes = jsonpath_rfc9535.find(action.target, document)
        if not nodes:
            raise OverlayError(f"{action.label} matches nothing in the document: {action.description}")
        locations = [node.location for node in nodes]
        if action.remove:
            _remove_all(document, locations, action)
        else:
            for location in locations:
                _update_at(document, location, action)
        report.applied.append((action, len(locations)))
    return report


def _parent_and_key(document: Any, location: tuple[str | int, ...]) -> tuple[Any, str | int]:
    parent = document
    for step in location[:-1]:
        parent = parent[step]
    return parent, location[-1]


def _remove_all(document: Any, locations: list[tuple[str | int, ...]], action: Action) -> None:
    if any(not location for location in locations):
        raise OverlayError(f"{action.label}: the document root cannot be removed")
    # Delete from the end so that array indexes of later matches stay valid.
    for location in sorted(locations, key=_removal_order, reverse=True):
        parent, key = _parent_and_key(document, location)
        del parent[key]


def _removal_order(location: tuple[str | int, ...]) -> tuple[tuple[int, str | int], ...]:
    return tuple((0, step) if isinstance(step, int) else (1, step) for step in location)


def _update_at(document: Any, location: tuple[str | int, ...], action: Action) -> None:
    value = copy.deepcopy(action.update)
    if not location:
        if not isinstance(value, Mapping):
            raise OverlayError(f"{action.label}: the root can only be updated with a mapping")
        merge_into(document, value)
        return
    parent, key = _parent_and_key(document, location)
    current = parent[key]
    if isinstance(current, dict):
        if not isinstance(value, Mapping):
            raise OverlayError(f"{action.label}: an object can only be updated with a mapping")
        merge_into(current, value)
    elif isinstance(current, list):
        current.extend(value if isinstance(value, list) else [value])
    else:
        parent[key] = value


def merge_into(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    """Merge ``update`` into ``target`` recursively (objects merge, arrays concatenate, the rest replaces)."""
    for key, value in update.items():
        existing = target.get(key)
        if isinstance(existing, dict) and isinstance(value, Mapping):
            merge_into(existing, value)
        elif isinstance(existing, list) and isinstance(value, list):
            existing.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)


def load_overlays(folder: Path) -> list[Action]:
    """All actions of every ``*.yaml`` overlay in ``folder``, in file-name order."""
    actions: list[Action] = []
    for path in sorted(folder.glob("*.yaml")):
        actions.extend(load_overlay(path))
    return actions
