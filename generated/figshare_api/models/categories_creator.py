from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class CategoriesCreator(RequestModel):
    """The ``CategoriesCreator`` object."""

    categories: list[int]
    """List of category ids"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "categories": "categories",
    }

    def __init__(self, categories: Sequence[int]) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.categories = check(categories, [int], "CategoriesCreator.categories")
        self.additional_properties = {}
