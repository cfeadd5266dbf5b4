from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
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
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.account_id = get("account_id")
        model.created_date = get("created_date")
        model.status = get("status")
        model.download_url = get("download_url")
        model.group_id = get("group_id")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(AccountReport._fields)
