from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import RequestModel


@define(init=False)
class ProjectCreateCustomFields(RequestModel):
    """List of key, values pairs to be associated with the project"""

    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {}

    def __init__(self) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.additional_properties = {}
