"""Which real responses each relaxation of the response schemas is needed for (for DEVIATIONS.md).

``generator.normalise.relax_response_schemas`` makes response schemas lenient in five ways. The evidence for
each is a real Figshare response that the unrelaxed schema would refuse: every corpus fixture of ``dist/spec``
(a real response mapped to its operation) is validated against the document as upstream and the overlays say it,
normalised without the relaxing rules, with openapi-schema-validator (OpenAPI 3.0 semantics, date formats
checked), and each refusal is filed under the relaxation that lets it through.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker

from generator.convert import to_openapi3
from generator.normalise import normalise
from generator.overlay import Action, apply_overlay_actions

RELAXATIONS: dict[str, str] = {
    "required": "no property is required",
    "nullable": "every property may be null",
    "enum": "enumerations are documentation (`x-known-values`)",
    "format": "date formats are documentation (`x-format`)",
    "additionalProperties": "unknown keys are kept",
}
"""Relaxation key -> how DEVIATIONS.md names it (the five parts of ``relax_response_schemas``)."""


@dataclass(frozen=True)
class Evidence:
    """One place of one real response that a relaxation lets through."""

    relaxation: str
    response: str
    """The corpus file (``rest/....json``)."""
    where: str
    """A JSON path into the response body."""
    detail: str


def strict_document(upstream: dict[str, Any], actions: list[Action]) -> dict[str, Any]:
    """The pinned document as the pipeline makes it, but without the relaxing rules."""
    document = to_openapi3(json.loads(json.dumps(upstream)))
    apply_overlay_actions(document, actions)
    normalise(document, relax=False)
    return document


def relaxation_evidence(document: dict[str, Any], fixtures: Iterable[dict[str, Any]]) -> list[Evidence]:
    """Every place of the corpus fixtures' responses that ``document`` (strict) refuses, by relaxation."""
    found: list[Evidence] = []
    components = document.get("components", {})
    for fixture in fixtures:
        if fixture["source"]["kind"] != "corpus":
            continue
        schema = _response_schema(document, fixture)
        if schema is None:
            continue
        validator = OAS30ReadValidator(
            {"allOf": [schema], "components": components}, format_checker=oas30_format_checker
        )
        for error in _leaves(validator.iter_errors(fixture["response"]["body"])):
            relaxation = _relaxation(error)
            if relaxation:
                where = error.json_path
                found.append(Evidence(relaxation, str(fixture["source"]["file"]), where, error.message[:160]))
    return sorted(set(found), key=lambda item: (item.relaxation, item.response, item.where))


def _response_schema(document: dict[str, Any], fixture: dict[str, Any]) -> dict[str, Any] | None:
    operation = fixture["operation"]
    status = fixture["response"]["status"] or operation["success_status"]
    responses = document["paths"].get(operation["path"], {}).get(operation["method"].lower(), {}).get("responses", {})
    media = ((responses.get(str(status)) or {}).get("content") or {}).get("application/json") or {}
    schema = media.get("schema")
    return schema if isinstance(schema, dict) else None


def _leaves(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    """The errors themselves, or for ``anyOf``/``oneOf`` failures those of their alternatives."""
    for error in errors:
        if error.context:
            yield from _leaves(error.context)
        else:
            yield error


def _relaxation(error: ValidationError) -> str | None:
    if error.instance is None and error.validator in ("type", "enum", "nullable"):
        return "nullable"
    if error.validator in ("required", "enum", "format", "additionalProperties"):
        return str(error.validator)
    return None
