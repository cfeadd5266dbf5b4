from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
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
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.type_ = get("type")
        model.ip_name = get("ip_name")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(GroupEmbargoOptions._fields)
