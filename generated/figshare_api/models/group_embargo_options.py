from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class GroupEmbargoOptions(ResponseModel):
    """The ``GroupEmbargoOptions`` object."""

    id: int | None = None
    """Embargo option id"""
    type_: str | None = None
    """Embargo permission type"""
    ip_name: str | None = None
    """IP range name; value appears if type is ip_range"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "type": "type_",
        "ip_name": "ip_name",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GroupEmbargoOptions:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
            if "type" in values:
                values["type_"] = values.pop("type")
                ordered = False
        else:
            model._rekey(src_dict)
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = GroupEmbargoOptions._prepare({})
