from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    id: int | None | Unset = UNSET
    """ Account id """
    first_name: None | str | Unset = UNSET
    """ First Name """
    last_name: None | str | Unset = UNSET
    """ Last Name """
    used_quota_private: int | None | Unset = UNSET
    """ Account used private quota """
    modified_date: None | str | Unset = UNSET
    """ Date of last account modification """
    used_quota: int | None | Unset = UNSET
    """ Account total used quota """
    created_date: None | str | Unset = UNSET
    """ Date when account was created """
    quota: int | None | Unset = UNSET
    """ Account quota """
    group_id: int | None | Unset = UNSET
    """ Account group id """
    institution_user_id: None | str | Unset = UNSET
    """ Account institution user id """
    institution_id: int | None | Unset = UNSET
    """ Account institution """
    email: None | str | Unset = UNSET
    """ User email """
    used_quota_public: int | None | Unset = UNSET
    """ Account public used quota """
    pending_quota_request: bool | None | Unset = UNSET
    """ True if a quota request is pending """
    active: int | None | Unset = UNSET
    """ Account activity status """
    maximum_file_size: int | None | Unset = UNSET
    """ Maximum upload size for account """
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

        used_quota_private: int | None | Unset
        if isinstance(self.used_quota_private, Unset):
            used_quota_private = UNSET
        else:
            used_quota_private = self.used_quota_private

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = self.modified_date

        used_quota: int | None | Unset
        if isinstance(self.used_quota, Unset):
            used_quota = UNSET
        else:
            used_quota = self.used_quota

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        institution_user_id: None | str | Unset
        if isinstance(self.institution_user_id, Unset):
            institution_user_id = UNSET
        else:
            institution_user_id = self.institution_user_id

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

        used_quota_public: int | None | Unset
        if isinstance(self.used_quota_public, Unset):
            used_quota_public = UNSET
        else:
            used_quota_public = self.used_quota_public

        pending_quota_request: bool | None | Unset
        if isinstance(self.pending_quota_request, Unset):
            pending_quota_request = UNSET
        else:
            pending_quota_request = self.pending_quota_request

        active: int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        maximum_file_size: int | None | Unset
        if isinstance(self.maximum_file_size, Unset):
            maximum_file_size = UNSET
        else:
            maximum_file_size = self.maximum_file_size

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
        if used_quota_private is not UNSET:
            field_dict["used_quota_private"] = used_quota_private
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if used_quota is not UNSET:
            field_dict["used_quota"] = used_quota
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if quota is not UNSET:
            field_dict["quota"] = quota
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if institution_user_id is not UNSET:
            field_dict["institution_user_id"] = institution_user_id
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if email is not UNSET:
            field_dict["email"] = email
        if used_quota_public is not UNSET:
            field_dict["used_quota_public"] = used_quota_public
        if pending_quota_request is not UNSET:
            field_dict["pending_quota_request"] = pending_quota_request
        if active is not UNSET:
            field_dict["active"] = active
        if maximum_file_size is not UNSET:
            field_dict["maximum_file_size"] = maximum_file_size
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

        used_quota_private = d.pop("used_quota_private", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        used_quota = d.pop("used_quota", UNSET)

        created_date = d.pop("created_date", UNSET)

        quota = d.pop("quota", UNSET)

        group_id = d.pop("group_id", UNSET)

        institution_user_id = d.pop("institution_user_id", UNSET)

        institution_id = d.pop("institution_id", UNSET)

        email = d.pop("email", UNSET)

        used_quota_public = d.pop("used_quota_public", UNSET)

        pending_quota_request = d.pop("pending_quota_request", UNSET)

        active = d.pop("active", UNSET)

        maximum_file_size = d.pop("maximum_file_size", UNSET)

        user_id = d.pop("user_id", UNSET)

        orcid_id = d.pop("orcid_id", UNSET)

        symplectic_user_id = d.pop("symplectic_user_id", UNSET)

        account = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            used_quota_private=used_quota_private,
            modified_date=modified_date,
            used_quota=used_quota,
            created_date=created_date,
            quota=quota,
            group_id=group_id,
            institution_user_id=institution_user_id,
            institution_id=institution_id,
            email=email,
            used_quota_public=used_quota_public,
            pending_quota_request=pending_quota_request,
            active=active,
            maximum_file_size=maximum_file_size,
            user_id=user_id,
            orcid_id=orcid_id,
            symplectic_user_id=symplectic_user_id,
        )

        account.additional_properties = d
        return account

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
