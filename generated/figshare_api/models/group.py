from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    id: int | None | Unset = UNSET
    """ Group id """
    name: None | str | Unset = UNSET
    """ Group name """
    resource_id: None | str | Unset = UNSET
    """ Group resource id """
    parent_id: int | None | Unset = UNSET
    """ Parent group if any """
    association_criteria: None | str | Unset = UNSET
    """ HR code associated with group, if code exists """
    upload_access: None | str | Unset = UNSET
    """ Who can upload to this group. Possible values are "All Users", "Admin Only", and "None" """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        association_criteria: None | str | Unset
        if isinstance(self.association_criteria, Unset):
            association_criteria = UNSET
        else:
            association_criteria = self.association_criteria

        upload_access: None | str | Unset
        if isinstance(self.upload_access, Unset):
            upload_access = UNSET
        else:
            upload_access = self.upload_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if association_criteria is not UNSET:
            field_dict["association_criteria"] = association_criteria
        if upload_access is not UNSET:
            field_dict["upload_access"] = upload_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        association_criteria = d.pop("association_criteria", UNSET)

        upload_access = d.pop("upload_access", UNSET)

        group = cls(
            id=id,
            name=name,
            resource_id=resource_id,
            parent_id=parent_id,
            association_criteria=association_criteria,
            upload_access=upload_access,
        )

        group.additional_properties = d
        return group

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
