from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class SymplecticUserIdResponse200(ResponseModel):
    """The ``SymplecticUserIdResponse200`` object."""

    institution_user_id: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "institutionUserId": "institution_user_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SymplecticUserIdResponse200:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
            if "institutionUserId" in values:
                values["institution_user_id"] = values.pop("institutionUserId")
                ordered = False
        else:
            model._rekey(src_dict)
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = SymplecticUserIdResponse200._prepare({})
