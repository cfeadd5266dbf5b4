from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupEmbargoOptions")


@_attrs_define
class GroupEmbargoOptions:
    id: int | None | Unset = UNSET
    """ Embargo option id """
    type_: None | str | Unset = UNSET
    """ Embargo permission type """
    ip_name: None | str | Unset = UNSET
    """ IP range name; value appears if type is ip_range """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        ip_name: None | str | Unset
        if isinstance(self.ip_name, Unset):
            ip_name = UNSET
        else:
            ip_name = self.ip_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ip_name is not UNSET:
            field_dict["ip_name"] = ip_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        ip_name = d.pop("ip_name", UNSET)

        group_embargo_options = cls(
            id=id,
            type_=type_,
            ip_name=ip_name,
        )

        group_embargo_options.additional_properties = d
        return group_embargo_options

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
