"""Which overlay actions a new upstream spec leaves behind, and the upstream change that explains each.

Overlays are written for the pinned spec. Against a newer one an action can

- **stop matching**: its target selects nothing, so ``make spec`` (strict) fails until the action is rewritten
  or retired. The explanation starts from what the target selected in the pinned spec and looks those places up
  in the API change report (a removed or renamed schema, a removed property or one whose type changed, a
  removed or changed operation); failing that, it names the first step of the target that finds nothing;
- **stop having an effect**: it still matches, but applying it changes nothing, because upstream now says the
  same (the action can probably be retired).

Both documents go through the overlays in order, as the pipeline does, since later actions may target what
earlier ones create.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import jsonpath_rfc9535

from generator.diff_markdown import operation_change_lines
from generator.diff_model import ApiDiff
from generator.overlay import Action, Applier

Location = tuple[str | int, ...]
SHOWN_LOCATIONS = 3


@dataclass(frozen=True)
class ActionTrace:
    """What one action selected when its turn came (nothing: empty) and whether applying it changed anything."""

    action: Action
    locations: tuple[Location, ...]
    changed: bool
    missing_step: str = ""


@dataclass(frozen=True)
class OverlayDrift:
    """An action to review after an upstream change: ``kind`` is ``unmatched`` or ``without_effect``."""

    action: Action
    kind: str
    causes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action.label,
            "source": self.action.source,
            "index": self.action.index + 1,
            "target": self.action.target,
            "kind": self.kind,
            "causes": list(self.causes),
        }


def trace_actions(document: dict[str, Any], actions: list[Action]) -> list[ActionTrace]:
    """Apply ``actions`` to ``document`` in place, in order, skipping those that match nothing or whose
    requirements (``x-requires``, references) are not met, as the pipeline does with ``--skip-unmatched``."""
    traces = []
    applier = Applier(document, actions, strict=False)
    for action in actions:
        before = {node.location: copy.deepcopy(node.value) for node in jsonpath_rfc9535.find(action.target, document)}
        outcome = applier.apply(action)
        if outcome.unmet:
            traces.append(ActionTrace(action, (), changed=False, missing_step=f"it requires {outcome.unmet}"))
        elif not outcome.locations:
            traces.append(ActionTrace(action, (), changed=False, missing_step=_first_missing_step(action, document)))
        else:
            changed = action.remove or any(_at(document, where) != value for where, value in before.items())
            traces.append(ActionTrace(action, outcome.locations, changed))
    return traces


def overlay_drift(
    pinned: dict[str, Any], candidate: dict[str, Any], actions: list[Action], report: ApiDiff
) -> list[OverlayDrift]:
    """The actions to review when moving from ``pinned`` to ``candidate`` (both OpenAPI 3, neither changed)."""
    old_traces = trace_actions(copy.deepcopy(pinned), actions)
    new_traces = trace_actions(copy.deepcopy(candidate), actions)
    drift = []
    for old, new in zip(old_traces, new_traces, strict=True):
        if not new.locations:
            causes = _explain_unmatched(new, old.locations, report)
            drift.append(OverlayDrift(new.action, "unmatched", causes))
        elif not new.changed:
            cause = (
                "upstream now says what this action sets: applying it changes nothing"
                if old.changed
                else "applying it changes nothing (it changed nothing in the pinned spec either)"
            )
            drift.append(OverlayDrift(new.action, "without_effect", (cause,)))
    return drift


def _explain_unmatched(trace: ActionTrace, pinned_locations: tuple[Location, ...], report: ApiDiff) -> tuple[str, ...]:
    causes: list[str] = []
    for location in pinned_locations:
        cause = _upstream_change_at(location, report)
        if cause and cause not in causes:
            causes.append(cause)
    if not causes:
        causes.append(trace.missing_step)
        if pinned_locations:
            shown = ", ".join(f"`{_dotted(location)}`" for location in pinned_locations[:SHOWN_LOCATIONS])
            more = len(pinned_locations) - SHOWN_LOCATIONS
            causes.append(f"in the pinned spec it selected {shown}" + (f" and {more} more" if more > 0 else ""))
        else:
            causes.append("it selected nothing in the pinned spec either (an earlier action may create its target)")
    return tuple(causes)


def _upstream_change_at(location: Location, report: ApiDiff) -> str | None:
    """The reported upstream change that explains why ``location`` (in the pinned spec) is gone."""
    if location[:2] == ("components", "schemas") and len(location) > 2:
        return _schema_change(str(location[2]), location[3:], report)
    if location[:1] == ("paths",) and len(location) > 2:
        return _operation_change(f"{str(location[2]).upper()} {location[1]}", report)
    return None


def _schema_change(name: str, rest: Location, report: ApiDiff) -> str | None:
    if name in report.schemas_removed:
        renamed = report.schemas_renamed.get(name)
        return f"upstream removed schema `{name}`" + (f" (renamed to `{renamed}`?)" if renamed else "")
    change = report.schemas_changed.get(name)
    if change is None:
        return None
    for prop in _property_names(rest):
        if prop in change.properties.removed:
            return f"upstream removed property `{name}.{prop}`"
        changed = change.properties.changed.get(prop)
        if changed is not None and changed.old.type != changed.new.type:
            return f"upstream changed `{name}.{prop}` from `{changed.old.type}` to `{changed.new.type}`"
    return None


def _operation_change(old_name: str, report: ApiDiff) -> str | None:
    if old_name in report.operations_removed:
        return f"upstream removed operation `{old_name}`"
    for name, change in report.operations_changed.items():
        if change.old_name == old_name:
            return f"upstream changed `{name}`: " + "; ".join(operation_change_lines(change.details))
    return None


def _property_names(rest: Location) -> list[str]:
    """The property names a location inside a schema passes through, longest first (``a[].b``, ``a``)."""
    names: list[str] = []
    current = ""
    steps = list(rest)
    while steps:
        step = steps.pop(0)
        if step == "properties" and steps:
            current = f"{current}.{steps.pop(0)}" if current else str(steps.pop(0))
            names.append(current)
        elif step == "items" and current:
            current += "[]"
        elif step == "allOf" and steps:
            steps.pop(0)
        else:
            break
    return names[::-1]


def _first_missing_step(action: Action, document: dict[str, Any]) -> str:
    """Which step of the target finds nothing, in ``document`` as it is when the action's turn comes."""
    steps = [str(segment) for segment in jsonpath_rfc9535.compile(action.target).segments]
    found = 0
    while found < len(steps) and jsonpath_rfc9535.find("$" + "".join(steps[: found + 1]), document):
        found += 1
    return f"in the new spec nothing matches `{steps[found]}` under `${''.join(steps[:found])}`"


def _at(document: Any, location: Location) -> Any:
    for step in location:
        document = document[step]
    return document


def _dotted(location: Location) -> str:
    return ".".join(str(step) for step in location)
