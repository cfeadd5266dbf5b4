from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class SymplecticAccountsIdsResponse200Item(ResponseModel):
    """The ``SymplecticAccountsIdsResponse200Item`` object."""

    institution_user_id: str | None = None
    modified_date: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "institutionUserId": "institution_user_id",
        "modifiedDate": "modified_date",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SymplecticAccountsIdsResponse200Item:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.institution_user_id = get("institutionUserId")
        model.modified_date = get("modifiedDate")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(SymplecticAccountsIdsResponse200Item._fields)
