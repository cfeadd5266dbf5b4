from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class Collaborator(ResponseModel):
    """The ``Collaborator`` object."""

    role_name: str | None = None
    """Collaborator role"""
    user_id: int | None = None
    """Collaborator id"""
    name: str | None = None
    """Collaborator name"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "role_name": "role_name",
        "user_id": "user_id",
        "name": "name",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Collaborator:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.role_name = get("role_name")
        model.user_id = get("user_id")
        model.name = get("name")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(Collaborator._fields)
