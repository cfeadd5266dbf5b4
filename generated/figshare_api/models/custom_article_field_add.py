from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class CustomArticleFieldAdd(RequestModel):
    """The ``CustomArticleFieldAdd`` object."""

    name: str
    """Custom metadata name"""
    value: str | list[str] | CustomArticleFieldAddValueType2 | None
    """Custom metadata value (can be either a string, an array of strings, or empty)"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "name": "name",
        "value": "value",
    }

    def __init__(
        self, name: str, value: str | Sequence[str] | CustomArticleFieldAddValueType2 | Mapping[str, Any] | None
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.name = check(name, str, "CustomArticleFieldAdd.name")
        self.value = check(
            value,
            (
                str,
                [str],
                CustomArticleFieldAddValueType2,
                None,
            ),
            "CustomArticleFieldAdd.value",
        )
        self.additional_properties = {}


# At the end: models may refer to each other.

from .custom_article_field_add_value_type_2 import CustomArticleFieldAddValueType2  # noqa: E402
