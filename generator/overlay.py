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

Requirements (the extension ``x-requires``, a list): an action that only makes sense together with something else
says so. Each entry is either a JSON Pointer into the document (``"#/components/schemas/ErrorMessage"``: it must
exist when the action's turn comes) or another action (``"03-errors.yaml#1"``, or ``"#1"`` in the same file: it
must have been applied). Every local ``$ref`` inside an ``update`` is an implicit requirement: it must point at
something that exists once the action is applied. In the build (strict) an unmet requirement is an error; when
other upstream versions are put through the overlays (``--skip-unmatched``), an action whose target matches
nothing is skipped, and so is every action whose requirements are not met, among them those that require a
skipped action, so that no skipped action leaves a dangling reference behind.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml

SUPPORTED_VERSION_PREFIX = "1.0."
REQUIRES = "x-requires"
ACTION_REFERENCE = re.compile(r"^(?P<source>[\w.-]+\.ya?ml)?#(?P<number>[1-9]\d*)$")
LOCAL_REF_PREFIX = "#/"


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
    requires: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.source} action #{self.index + 1} (target {self.target!r})"

    @property
    def key(self) -> str:
        """How ``x-requires`` names this action: ``<overlay file>#<number>``."""
        return f"{self.source}#{self.index + 1}"


@dataclass
class OverlayReport:
    """What applying overlays did: how many nodes each action touched, and what was skipped (not strict only)."""

    applied: list[tuple[Action, int]] = field(default_factory=list)
    unmatched: list[Action] = field(default_factory=list)
    unmet: list[tuple[Action, str]] = field(default_factory=list)
    """Actions skipped because a requirement was not met, each with the requirement."""


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
        requires=_parse_requires(raw.get(REQUIRES, []), source, index, where),
    )


def _parse_requires(raw: Any, source: str, index: int, where: str) -> tuple[str, ...]:
    """``x-requires`` with action references spelled in full (``#2`` becomes ``<source>#2``)."""
    if not isinstance(raw, list) or not all(isinstance(entry, str) for entry in raw):
        raise OverlayError(f"{where}: `{REQUIRES}` must be a list of JSON Pointers (#/...) or actions (file.yaml#N)")
    requires = []
    for entry in raw:
        if entry.startswith(LOCAL_REF_PREFIX):
            requires.append(entry)
            continue
        match = ACTION_REFERENCE.match(entry)
        if not match:
            raise OverlayError(f"{where}: `{REQUIRES}` entry {entry!r} is neither a JSON Pointer nor an action")
        reference = f"{match['source'] or source}#{match['number']}"
        if reference == f"{source}#{index + 1}" or (not match["source"] and int(match["number"]) > index):
            raise OverlayError(f"{where}: `{REQUIRES}` entry {entry!r} must name an earlier action")
        requires.append(reference)
    return tuple(requires)


def apply_actions(document: dict[str, Any], actions: Iterable[Action]) -> OverlayReport:
    """Apply actions in order, in place. Raises OverlayError on the first action that cannot be applied."""
    return apply_overlay_actions(document, list(actions), strict=True)


def apply_overlay_actions(document: dict[str, Any], actions: list[Action], *, strict: bool = True) -> OverlayReport:
    """Apply ``actions`` in order, in place.

    ``strict`` (the build): an action that matches nothing, or whose requirements are not met, is an error.
    Otherwise such actions are skipped and listed in the report (``unmatched``, ``unmet``); an action that
    matches but cannot be applied is an error either way.
    """
    report = OverlayReport()
    applier = Applier(document, actions, strict=strict)
    for action in actions:
        outcome = applier.apply(action)
        if outcome.unmet:
            report.unmet.append((action, outcome.unmet))
        elif not outcome.locations:
            report.unmatched.append(action)
        else:
            report.applied.append((action, len(outcome.locations)))
    return report


@dataclass(frozen=True)
class Outcome:
    """What became of one action: where it applied (nothing: it matched nothing), or the requirement not met."""

    locations: tuple[Location, ...] = ()
    unmet: str = ""


class Applier:
    """Applies actions to one document in turn, remembering which were applied (for ``x-requires``)."""

    def __init__(self, document: dict[str, Any], actions: list[Action], *, strict: bool) -> None:
        self.document = document
        self.strict = strict
        self.known = {action.key for action in actions}
        self.done: set[str] = set()

    def apply(self, action: Action) -> Outcome:
        """Apply ``action`` (see :func:`apply_overlay_actions` for what ``strict`` changes)."""
        missing = unmet_requirement(self.document, action, self.done, self.known)
        if missing:
            if self.strict:
                raise OverlayError(f"{action.label} requires {missing}: {action.description}")
            return Outcome(unmet=missing)
        locations = tuple(node.location for node in jsonpath_rfc9535.find(action.target, self.document))
        if not locations:
            if self.strict:
                raise OverlayError(f"{action.label} matches nothing in the document: {action.description}")
            return Outcome()
        dangling = _apply_checked(self.document, action, list(locations), strict=self.strict)
        if dangling:
            return Outcome(unmet=dangling)
        self.done.add(action.key)
        return Outcome(locations)


def unmet_requirement(document: dict[str, Any], action: Action, done: set[str], known: set[str]) -> str | None:
    """The first of ``action``'s declared requirements that is not met (``done``: the actions applied so far)."""
    for requirement in action.requires:
        if requirement.startswith(LOCAL_REF_PREFIX):
            if not pointer_exists(document, requirement):
                return f"`{requirement}`, which the document lacks"
        elif requirement not in known:
            return f"`{requirement}`, which is not one of the overlay actions"
        elif requirement not in done:
            return f"`{requirement}`, which was not applied"
    return None


def _apply_checked(document: dict[str, Any], action: Action, locations: list[Location], *, strict: bool) -> str:
    """Apply the action; when its ``update`` references what does not exist, undo it (not strict) or fail."""
    missing = [ref for ref in sorted(local_refs(action.update)) if not pointer_exists(document, ref)]
    if not missing:
        _apply(document, action, locations)
        return ""
    trial = copy.deepcopy(document)
    _apply(trial, action, locations)
    still_missing = [ref for ref in missing if not pointer_exists(trial, ref)]
    if not still_missing:
        document.clear()
        document.update(trial)
        return ""
    problem = f"`{still_missing[0]}` (its update references it), which the document lacks"
    if strict:
        raise OverlayError(f"{action.label} requires {problem}: {action.description}")
    return problem


def _apply(document: dict[str, Any], action: Action, locations: list[Location]) -> None:
    if action.remove:
        _remove_all(document, locations, action)
    else:
        for location in locations:
            _update_at(document, location, action)


def local_refs(value: Any) -> set[str]:
    """Every local ``$ref`` (``#/...``) inside ``value``."""
    return {ref for ref in _refs(value) if ref.startswith(LOCAL_REF_PREFIX)}


def _refs(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, Mapping):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def pointer_exists(document: Any, pointer: str) -> bool:
    """Whether the local JSON Pointer ``#/a/b`` (RFC 6901, with ``~0``/``~1`` escapes) names a node."""
    node = document
    for raw in pointer[len(LOCAL_REF_PREFIX) :].split("/") if pointer != "#" else []:
        step = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and step in node:
            node = node[step]
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        else:
            return False
    return True


Location = tuple[str | int, ...]


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
