from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateLink")


@_attrs_define
class PrivateLink:
    id: None | str | Unset = UNSET
    """ Private link id """
    is_active: bool | None | Unset = UNSET
    """ True if private link is active """
    expires_date: None | str | Unset = UNSET
    """ Date when link will expire """
    html_location: None | str | Unset = UNSET
    """ HTML url for private link """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        expires_date: None | str | Unset
        if isinstance(self.expires_date, Unset):
            expires_date = UNSET
        else:
            expires_date = self.expires_date

        html_location: None | str | Unset
        if isinstance(self.html_location, Unset):
            html_location = UNSET
        else:
            html_location = self.html_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if expires_date is not UNSET:
            field_dict["expires_date"] = expires_date
        if html_location is not UNSET:
            field_dict["html_location"] = html_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        expires_date = d.pop("expires_date", UNSET)

        html_location = d.pop("html_location", UNSET)

        private_link = cls(
            id=id,
            is_active=is_active,
            expires_date=expires_date,
            html_location=html_location,
        )

        private_link.additional_properties = d
        return private_link

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
