from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class AccountReport(ResponseModel):
    """The ``AccountReport`` object."""

    id: int | None = None
    """A unique ID for the AccountRecord"""
    account_id: int | None = None
    """The ID of the account which generated this report."""
    created_date: str | None = None
    """Date when the AccountReport was requested"""
    status: str | None = None
    """Status of the report"""
    download_url: str | None = None
    """The download link for the generated XLSX"""
    group_id: int | None = None
    """The group ID that was used to filter the report, if any."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "account_id": "account_id",
        "created_date": "created_date",
        "status": "status",
        "download_url": "download_url",
        "group_id": "group_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AccountReport:
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


_KNOWN = AccountReport._prepare({})
