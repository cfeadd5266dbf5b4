from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class CurationComment(ResponseModel):
    """The ``CurationComment`` object."""

    id: int | None = None
    """The ID of the comment."""
    account_id: int | None = None
    """The ID of the account which generated this comment."""
    type_: str | None = None
    """The ID of the account which generated this comment."""
    text: str | None = None
    """The value/content of the comment."""
    created_date: str | None = None
    """The creation date of the comment."""
    modified_date: str | None = None
    """The date the comment has been modified."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "account_id": "account_id",
        "type": "type_",
        "text": "text",
        "created_date": "created_date",
        "modified_date": "modified_date",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CurationComment:
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


_KNOWN = CurationComment._prepare({})
