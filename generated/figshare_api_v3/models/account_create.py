from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCreate")


@_attrs_define
class AccountCreate:
    email: str
    """ Email of account """
    last_name: str
    """ Last Name """
    first_name: str | Unset = UNSET
    """ First Name """
    group_id: int | Unset = UNSET
    """ Not applicable to regular users. This field is reserved to institutions/publishers with access to assign to
    specific groups """
    institution_user_id: str | Unset = UNSET
    """ Institution user id """
    symplectic_user_id: str | Unset = UNSET
    """ Symplectic user id """
    quota: int | Unset = UNSET
    """ Account quota """
    is_active: bool | Unset = UNSET
    """ Is account active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        last_name = self.last_name

        first_name = self.first_name

        group_id = self.group_id

        institution_user_id = self.institution_user_id

        symplectic_user_id = self.symplectic_user_id

        quota = self.quota

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "last_name": last_name,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if institution_user_id is not UNSET:
            field_dict["institution_user_id"] = institution_user_id
        if symplectic_user_id is not UNSET:
            field_dict["symplectic_user_id"] = symplectic_user_id
        if quota is not UNSET:
            field_dict["quota"] = quota
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        last_name = d.pop("last_name")

        first_name = d.pop("first_name", UNSET)

        group_id = d.pop("group_id", UNSET)

        institution_user_id = d.pop("institution_user_id", UNSET)

        symplectic_user_id = d.pop("symplectic_user_id", UNSET)

        quota = d.pop("quota", UNSET)

        is_active = d.pop("is_active", UNSET)

        account_create = cls(
            email=email,
            last_name=last_name,
            first_name=first_name,
            group_id=group_id,
            institution_user_id=institution_user_id,
            symplectic_user_id=symplectic_user_id,
            quota=quota,
            is_active=is_active,
        )

        account_create.additional_properties = d
        return account_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
