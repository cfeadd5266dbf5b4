from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class FundingInformation(ResponseModel):
    """The ``FundingInformation`` object."""

    id: int | None = None
    """Funding id"""
    title: str | None = None
    """The funding name"""
    grant_code: str | None = None
    """The grant code"""
    funder_name: str | None = None
    """Funder's name"""
    is_user_defined: int | None = None
    """Return 1 whether the grant has been introduced manually, 0 otherwise"""
    url: str | None = None
    """The grant url"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "title": "title",
        "grant_code": "grant_code",
        "funder_name": "funder_name",
        "is_user_defined": "is_user_defined",
        "url": "url",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> FundingInformation:
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


_KNOWN = FundingInformation._prepare({})
