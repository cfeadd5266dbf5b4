from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class Group(ResponseModel):
    """The ``Group`` object."""

    id: int | None = None
    """Group id"""
    name: str | None = None
    """Group name"""
    resource_id: str | None = None
    """Group resource id"""
    parent_id: int | None = None
    """Parent group if any"""
    association_criteria: str | None = None
    """HR code associated with group, if code exists"""
    upload_access: str | None = None
    """Who can upload to this group. Possible values are "All Users", "Admin Only", and "None"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "name": "name",
        "resource_id": "resource_id",
        "parent_id": "parent_id",
        "association_criteria": "association_criteria",
        "upload_access": "upload_access",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Group:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        if _KNOWN.issuperset(src_dict):
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = Group._prepare({})
