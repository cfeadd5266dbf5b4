"""Validate an OpenAPI document with openapi-spec-validator."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError


class InvalidSpecError(ValueError):
    """The patched document is not valid OpenAPI."""


def validate_spec(document: dict[str, Any]) -> None:
    try:
        validate(document)
    except OpenAPIValidationError as error:
        raise InvalidSpecError(f"the patched spec is not valid OpenAPI: {error.message}") from error
