from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class AccountUpdate(RequestModel):
    """The ``AccountUpdate`` object."""

    group_id: int
    """Not applicable to regular users. This field is reserved to institutions/publishers with access to assign to
    specific groups"""
    is_active: bool
    """Is account active"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "group_id": "group_id",
        "is_active": "is_active",
    }

    def __init__(self, group_id: int, is_active: bool) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.group_id = check(group_id, int, "AccountUpdate.group_id")
        self.is_active = check(is_active, bool, "AccountUpdate.is_active")
        self.additional_properties = {}
