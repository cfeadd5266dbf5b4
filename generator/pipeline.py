"""From an upstream spec file to the patched OpenAPI document: convert, overlay, normalise, validate."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from generator.convert import to_openapi3
from generator.normalise import NormalisationReport, normalise
from generator.overlay import Action, OverlayError, OverlayReport, apply_actions
from generator.validate import InvalidSpecError, validate_spec


@dataclass
class PatchResult:
    """The patched document and what each step did."""

    document: dict[str, Any]
    overlays: OverlayReport
    normalisation: NormalisationReport
    unmatched: list[Action]


def read_json(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def write_json(document: dict[str, Any], path: Path) -> None:
    """Write JSON the same way every time (stable key order, two-space indent, final newline)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def patch(upstream: dict[str, Any], actions: list[Action], *, strict: bool = True) -> PatchResult:
    """Run every step on a copy of ``upstream``; any failure raises with a clear message.

    ``strict`` (the build's mode) makes an overlay action that matches nothing an error. Without it, such
    actions are skipped and listed in ``PatchResult.unmatched``: that is how older or newer upstream files are
    put through the pipeline to see which overlays they still need.
    """
    document = to_openapi3(json.loads(json.dumps(upstream)))
    overlay_report = OverlayReport()
    unmatched: list[Action] = []
    for action in actions:
        try:
            overlay_report.applied.extend(apply_actions(document, [action]).applied)
        except OverlayError:
            if strict or jsonpath_matches(document, action):
                raise
            unmatched.append(action)
    try:
        normalisation = normalise(document)
    except (AttributeError, TypeError, KeyError) as error:  # a shape no OpenAPI document has
        validate_spec(document)  # names the problem when the validator can
        raise InvalidSpecError(f"the spec cannot be normalised: {type(error).__name__}: {error}") from error
    validate_spec(document)
    return PatchResult(document, overlay_report, normalisation, unmatched)


def jsonpath_matches(document: dict[str, Any], action: Action) -> bool:
    return bool(jsonpath_rfc9535.find(action.target, document))
