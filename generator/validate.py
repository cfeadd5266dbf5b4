"""Validate an OpenAPI document: every local reference resolves, then openapi-spec-validator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.errors import one_line
from generator.overlay import LOCAL_REF_PREFIX, pointer_exists


class InvalidSpecError(ValueError):
    """The patched document is not valid OpenAPI."""


def dangling_references(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Every local ``$ref`` that points at nothing: ``(where, ref)``, ``where`` a JSON Pointer to the ``$ref``."""
    return [(where, ref) for where, ref in _references(document, "#") if not pointer_exists(document, ref)]


def _references(node: Any, where: str) -> Iterator[tuple[str, str]]:
    stack: list[tuple[Any, str]] = [(node, where)]
    while stack:
        current, path = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith(LOCAL_REF_PREFIX):
                yield path, ref
            stack.extend((value, f"{path}/{_escape(str(key))}") for key, value in reversed(current.items()))
        elif isinstance(current, list):
            stack.extend((value, f"{path}/{index}") for index, value in reversed(list(enumerate(current))))


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def check_references(document: dict[str, Any]) -> None:
    """Raise InvalidSpecError naming the first dangling local reference (and how many there are)."""
    dangling = dangling_references(document)
    if dangling:
        where, ref = dangling[0]
        more = f" (and {len(dangling) - 1} more)" if len(dangling) > 1 else ""
        raise InvalidSpecError(f"{where} references {ref}, which does not exist{more}")


def validate_spec(document: dict[str, Any]) -> None:
    """Raise InvalidSpecError (one line: where, and what is wrong) unless ``document`` is valid OpenAPI."""
    check_references(document)
    try:
        validate(document)
    except OpenAPIValidationError as error:
        where = getattr(error, "json_path", "") or "$"
        raise InvalidSpecError(f"the patched spec is not valid OpenAPI at {where}: {one_line(error.message)}") from None
    except Exception as error:  # the validator's own failures (e.g. referencing's PointerToNowhere) quote the spec
        raise InvalidSpecError(f"the validator failed: {type(error).__name__}: {one_line(str(error))}") from None
