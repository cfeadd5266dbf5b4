from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortAccount")


@_attrs_define
class ShortAccount:
    id: int | None | Unset = UNSET
    """ Account id """
    first_name: None | str | Unset = UNSET
    """ First Name """
    last_name: None | str | Unset = UNSET
    """ Last Name """
    institution_id: int | None | Unset = UNSET
    """ Account institution """
    email: None | str | Unset = UNSET
    """ User email """
    active: int | None | Unset = UNSET
    """ Account activity status """
    institution_user_id: None | str | Unset = UNSET
    """ Account institution user id """
    quota: int | None | Unset = UNSET
    """ Total storage available to account, in bytes """
    used_quota: int | None | Unset = UNSET
    """ Storage used by the account, in bytes """
    user_id: int | None | Unset = UNSET
    """ User id associated with account, useful for example for adding the account as an author to an item """
    orcid_id: None | str | Unset = UNSET
    """ ORCID iD associated to account """
    symplectic_user_id: None | str | Unset = UNSET
    """ Symplectic ID associated to account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        institution_id: int | None | Unset
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        active: int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        institution_user_id: None | str | Unset
        if isinstance(self.institution_user_id, Unset):
            institution_user_id = UNSET
        else:
            institution_user_id = self.institution_user_id

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        used_quota: int | None | Unset
        if isinstance(self.used_quota, Unset):
            used_quota = UNSET
        else:
            used_quota = self.used_quota

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        orcid_id: None | str | Unset
        if isinstance(self.orcid_id, Unset):
            orcid_id = UNSET
        else:
            orcid_id = self.orcid_id

        symplectic_user_id: None | str | Unset
        if isinstance(self.symplectic_user_id, Unset):
            symplectic_user_id = UNSET
        else:
            symplectic_user_id = self.symplectic_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if email is not UNSET:
            field_dict["email"] = email
        if active is not UNSET:
            field_dict["active"] = active
        if institution_user_id is not UNSET:
            field_dict["institution_user_id"] = institution_user_id
        if quota is not UNSET:
            field_dict["quota"] = quota
        if used_quota is not UNSET:
            field_dict["used_quota"] = used_quota
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if orcid_id is not UNSET:
            field_dict["orcid_id"] = orcid_id
        if symplectic_user_id is not UNSET:
            field_dict["symplectic_user_id"] = symplectic_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        institution_id = d.pop("institution_id", UNSET)

        email = d.pop("email", UNSET)

        active = d.pop("active", UNSET)

        institution_user_id = d.pop("institution_user_id", UNSET)

        quota = d.pop("quota", UNSET)

        used_quota = d.pop("used_quota", UNSET)

        user_id = d.pop("user_id", UNSET)

        orcid_id = d.pop("orcid_id", UNSET)

        symplectic_user_id = d.pop("symplectic_user_id", UNSET)

        short_account = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            institution_id=institution_id,
            email=email,
            active=active,
            institution_user_id=institution_user_id,
            quota=quota,
            used_quota=used_quota,
            user_id=user_id,
            orcid_id=orcid_id,
            symplectic_user_id=symplectic_user_id,
        )

        short_account.additional_properties = d
        return short_account

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
