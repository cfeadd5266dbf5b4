from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ShortAccount(ResponseModel):
    """The ``ShortAccount`` object."""

    id: int | None = None
    """Account id"""
    first_name: str | None = None
    """First Name"""
    last_name: str | None = None
    """Last Name"""
    institution_id: int | None = None
    """Account institution"""
    email: str | None = None
    """User email"""
    active: int | None = None
    """Account activity status"""
    institution_user_id: str | None = None
    """Account institution user id"""
    quota: int | None = None
    """Total storage available to account, in bytes"""
    used_quota: int | None = None
    """Storage used by the account, in bytes"""
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
        "institution_id": "institution_id",
        "email": "email",
        "active": "active",
        "institution_user_id": "institution_user_id",
        "quota": "quota",
        "used_quota": "used_quota",
        "user_id": "user_id",
        "orcid_id": "orcid_id",
        "symplectic_user_id": "symplectic_user_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ShortAccount:
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


_KNOWN = ShortAccount._prepare({})
