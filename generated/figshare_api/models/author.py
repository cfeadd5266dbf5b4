from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class Author(ResponseModel):
    """The ``Author`` object."""

    id: int | None = None
    """Author id"""
    full_name: str | None = None
    """Author full name"""
    first_name: str | None = None
    """Author first name"""
    last_name: str | None = None
    """Author last name"""
    is_active: bool | None = None
    """True if author has published items"""
    url_name: str | None = None
    """Author url name"""
    orcid_id: str | None = None
    """Author Orcid"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "full_name": "full_name",
        "first_name": "first_name",
        "last_name": "last_name",
        "is_active": "is_active",
        "url_name": "url_name",
        "orcid_id": "orcid_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Author:
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


_KNOWN = Author._prepare({})
