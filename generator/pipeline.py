"""From an upstream spec file to the patched OpenAPI document: convert, overlay, normalise, validate.

Every failure is a :class:`~generator.errors.PipelineError` naming the stage (``convert``, ``overlay``,
``references``, ``normalise``, ``validate``), what it was working on, and the cause, in one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.convert import to_openapi3
from generator.errors import PipelineError
from generator.normalise import NormalisationError, NormalisationReport, normalise
from generator.overlay import Action, OverlayReport, apply_overlay_actions
from generator.validate import InvalidSpecError, check_references, validate_spec


@dataclass
class PatchResult:
    """The patched document and what each step did."""

    document: dict[str, Any]
    overlays: OverlayReport
    normalisation: NormalisationReport
    unmatched: list[Action] = field(default_factory=list)
    """Overlay actions that matched nothing and were skipped (``strict=False`` only)."""
    unmet: list[tuple[Action, str]] = field(default_factory=list)
    """Overlay actions skipped because something they require is missing, with what (``strict=False`` only)."""


def read_json(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def write_json(document: dict[str, Any], path: Path) -> None:
    """Write JSON the same way every time (stable key order, two-space indent, final newline)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@contextmanager
def stage(name: str, subject: str = "") -> Iterator[None]:
    """Turn any failure inside the block into a one-line :class:`PipelineError` for stage ``name``."""
    try:
        yield
    except PipelineError:
        raise
    except Exception as error:  # every failure of a stage is reported as that stage's, in one line
        cause = str(error) if isinstance(error, (ValueError, RuntimeError)) else f"{type(error).__name__}: {error}"
        raise PipelineError(name, subject, cause) from error


def patch(upstream: dict[str, Any], actions: list[Action], *, strict: bool = True) -> PatchResult:
    """Run every step on a copy of ``upstream``; any failure raises a :class:`PipelineError`.

    ``strict`` (the build's mode) makes an overlay action that matches nothing, or whose requirements are not
    met, an error. Without it, such actions are skipped and listed in ``PatchResult.unmatched`` and
    ``PatchResult.unmet``: that is how older or newer upstream files are put through the pipeline to see which
    overlays they still need.
    """
    with stage("convert"):
        document = to_openapi3(json.loads(json.dumps(upstream)))
    with stage("overlay"):
        overlay_report = apply_overlay_actions(document, actions, strict=strict)
    with stage("references"):
        check_references(document)
    try:
        normalisation = normalise(document)
    except NormalisationError as error:
        if error.malformed:  # a shape no OpenAPI document has: the validator names it, when it can
            with stage("validate"):
                validate_spec(document)
        raise PipelineError("normalise", error.rule, str(error)) from error
    with stage("validate"):
        validate_spec(document)
    return PatchResult(document, overlay_report, normalisation, overlay_report.unmatched, overlay_report.unmet)


__all__ = ["InvalidSpecError", "PatchResult", "PipelineError", "patch", "read_json", "stage", "write_json"]
