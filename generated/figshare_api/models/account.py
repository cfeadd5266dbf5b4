from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class Account(ResponseModel):
    """The ``Account`` object."""

    id: int | None = None
    """Account id"""
    first_name: str | None = None
    """First Name"""
    last_name: str | None = None
    """Last Name"""
    used_quota_private: int | None = None
    """Account used private quota"""
    modified_date: str | None = None
    """Date of last account modification"""
    used_quota: int | None = None
    """Account total used quota"""
    created_date: str | None = None
    """Date when account was created"""
    quota: int | None = None
    """Account quota"""
    group_id: int | None = None
    """Account group id"""
    institution_user_id: str | None = None
    """Account institution user id"""
    institution_id: int | None = None
    """Account institution"""
    email: str | None = None
    """User email"""
    used_quota_public: int | None = None
    """Account public used quota"""
    pending_quota_request: bool | None = None
    """True if a quota request is pending"""
    active: int | None = None
    """Account activity status"""
    maximum_file_size: int | None = None
    """Maximum upload size for account"""
    user_id: int | None = None
    """User id associated with account, useful for example for adding the account as an author to an item"""
    orcid_id: str | None = None
    """ORCID iD associated to account"""
    symplectic_user_id: str | None = None
    """Symplectic ID associated to account"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "first_name": "first_name",
        "last_name": "last_name",
        "used_quota_private": "used_quota_private",
        "modified_date": "modified_date",
        "used_quota": "used_quota",
        "created_date": "created_date",
        "quota": "quota",
        "group_id": "group_id",
        "institution_user_id": "institution_user_id",
        "institution_id": "institution_id",
        "email": "email",
        "used_quota_public": "used_quota_public",
        "pending_quota_request": "pending_quota_request",
        "active": "active",
        "maximum_file_size": "maximum_file_size",
        "user_id": "user_id",
        "orcid_id": "orcid_id",
        "symplectic_user_id": "symplectic_user_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Account:
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


_KNOWN = Account._prepare({})
