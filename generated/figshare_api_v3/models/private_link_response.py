from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateLinkResponse")


@_attrs_define
class PrivateLinkResponse:
    location: None | str | Unset = UNSET
    """ Url for private link """
    html_location: None | str | Unset = UNSET
    """ HTML url for private link """
    token: None | str | Unset = UNSET
    """ Token for private link """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        html_location: None | str | Unset
        if isinstance(self.html_location, Unset):
            html_location = UNSET
        else:
            html_location = self.html_location

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if html_location is not UNSET:
            field_dict["html_location"] = html_location
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location = d.pop("location", UNSET)

        html_location = d.pop("html_location", UNSET)

        token = d.pop("token", UNSET)

        private_link_response = cls(
            location=location,
            html_location=html_location,
            token=token,
        )

        private_link_response.additional_properties = d
        return private_link_response

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
