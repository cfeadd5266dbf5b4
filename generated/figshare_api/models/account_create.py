from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class AccountCreate(RequestModel):
    """The ``AccountCreate`` object."""

    email: str
    """Email of account"""
    last_name: str
    """Last Name"""
    first_name: str | Unset
    """First Name"""
    group_id: int | Unset
    """Not applicable to regular users. This field is reserved to institutions/publishers with access to assign to
    specific groups"""
    institution_user_id: str | Unset
    """Institution user id"""
    symplectic_user_id: str | Unset
    """Symplectic user id"""
    quota: int | Unset
    """Account quota"""
    is_active: bool | Unset
    """Is account active"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "email": "email",
        "last_name": "last_name",
        "first_name": "first_name",
        "group_id": "group_id",
        "institution_user_id": "institution_user_id",
        "symplectic_user_id": "symplectic_user_id",
        "quota": "quota",
        "is_active": "is_active",
    }

    def __init__(
        self,
        email: str,
        last_name: str,
        *,
        first_name: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        institution_user_id: str | Unset = UNSET,
        symplectic_user_id: str | Unset = UNSET,
        quota: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.email = check(email, str, "AccountCreate.email")
        self.last_name = check(last_name, str, "AccountCreate.last_name")
        self.first_name = check(first_name, str, "AccountCreate.first_name")
        self.group_id = check(group_id, int, "AccountCreate.group_id")
        self.institution_user_id = check(institution_user_id, str, "AccountCreate.institution_user_id")
        self.symplectic_user_id = check(symplectic_user_id, str, "AccountCreate.symplectic_user_id")
        self.quota = check(quota, int, "AccountCreate.quota")
        self.is_active = check(is_active, bool, "AccountCreate.is_active")
        self.additional_properties = {}
