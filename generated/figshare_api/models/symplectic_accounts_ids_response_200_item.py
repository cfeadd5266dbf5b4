from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SymplecticAccountsIdsResponse200Item")


@_attrs_define
class SymplecticAccountsIdsResponse200Item:
    institution_user_id: None | str | Unset = UNSET
    modified_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        institution_user_id: None | str | Unset
        if isinstance(self.institution_user_id, Unset):
            institution_user_id = UNSET
        else:
            institution_user_id = self.institution_user_id

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = self.modified_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if institution_user_id is not UNSET:
            field_dict["institutionUserId"] = institution_user_id
        if modified_date is not UNSET:
            field_dict["modifiedDate"] = modified_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        institution_user_id = d.pop("institutionUserId", UNSET)

        modified_date = d.pop("modifiedDate", UNSET)

        symplectic_accounts_ids_response_200_item = cls(
            institution_user_id=institution_user_id,
            modified_date=modified_date,
        )

        symplectic_accounts_ids_response_200_item.additional_properties = d
        return symplectic_accounts_ids_response_200_item

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
