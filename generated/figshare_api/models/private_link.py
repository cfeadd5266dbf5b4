from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class PrivateLink(ResponseModel):
    """The ``PrivateLink`` object."""

    id: str | None = None
    """Private link id"""
    is_active: bool | None = None
    """True if private link is active"""
    expires_date: str | None = None
    """Date when link will expire"""
    html_location: str | None = None
    """HTML url for private link"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "is_active": "is_active",
        "expires_date": "expires_date",
        "html_location": "html_location",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PrivateLink:
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


_KNOWN = PrivateLink._prepare({})
