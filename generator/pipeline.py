"""From an upstream spec file to the patched OpenAPI document: convert, overlay, normalise, validate."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.convert import to_openapi3
from generator.normalise import NormalisationReport, normalise
from generator.overlay import Action, OverlayError, OverlayReport, apply_actions, load_overlays
from generator.validate import validate_spec


@dataclass
class PatchResult:
    """The patched document and what each step did."""

    document: dict[str, Any]
    overlays: OverlayReport
    normalisation: NormalisationReport


def read_json(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def write_json(document: dict[str, Any], path: Path) -> None:
    """Write JSON the same way every time (stable key order, two-space indent, final newline)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def patch(upstream: dict[str, Any], actions: list[Action]) -> PatchResult:
    """Run every step on a copy of ``upstream``; any failure raises with a clear message."""
    document = to_openapi3(json.loads(json.dumps(upstream)))
    overlay_report = apply_actions(document, actions)
    normalisation = normalise(document)
    validate_spec(document)
    return PatchResult(document, overlay_report, normalisation)


def unmatched_actions(upstream: dict[str, Any], actions: list[Action]) -> list[Action]:
    """The overlay actions that no longer match ``upstream`` (for spec updates and change reports).

    Actions are tried in order on one evolving document, so an action that depends on an earlier one is
    judged after it ran; an unmatched action is skipped and the rest still run.
    """
    document = to_openapi3(json.loads(json.dumps(upstream)))
    missed: list[Action] = []
    for action in actions:
        try:
            apply_actions(document, [action])
        except OverlayError:
            missed.append(action)
    return missed


def patch_file(source: Path, overlays_dir: Path, destination: Path) -> PatchResult:
    result = patch(read_json(source), load_overlays(overlays_dir))
    write_json(result.document, destination)
    return result
