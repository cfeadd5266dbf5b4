from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class ItemsCreator(RequestModel):
    """The ``ItemsCreator`` object."""

    items: list[int]
    """List of item ids"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "items": "items",
    }

    def __init__(self, items: Sequence[int]) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.items = check(items, [int], "ItemsCreator.items")
        self.additional_properties = {}
