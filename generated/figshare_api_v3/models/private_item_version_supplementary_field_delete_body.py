from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class PrivateItemVersionSupplementaryFieldDeleteBody(RequestModel):
    """The ``PrivateItemVersionSupplementaryFieldDeleteBody`` object."""

    field: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "field": "field",
    }

    def __init__(self, field: str) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.field = check(field, str, "PrivateItemVersionSupplementaryFieldDeleteBody.field")
        self.additional_properties = {}
