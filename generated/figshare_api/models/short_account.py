from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
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
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.first_name = get("first_name")
        model.last_name = get("last_name")
        model.institution_id = get("institution_id")
        model.email = get("email")
        model.active = get("active")
        model.institution_user_id = get("institution_user_id")
        model.quota = get("quota")
        model.used_quota = get("used_quota")
        model.user_id = get("user_id")
        model.orcid_id = get("orcid_id")
        model.symplectic_user_id = get("symplectic_user_id")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ShortAccount._fields)
