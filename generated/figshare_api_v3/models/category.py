from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    parent_id: int | None | Unset = UNSET
    """ Parent category """
    id: int | None | Unset = UNSET
    """ Category id """
    title: None | str | Unset = UNSET
    """ Category title """
    path: None | str | Unset = UNSET
    """ Path to all ancestor ids """
    source_id: None | str | Unset = UNSET
    """ ID in original standard taxonomy """
    taxonomy_id: int | None | Unset = UNSET
    """ Internal id of taxonomy the category is part of """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        taxonomy_id: int | None | Unset
        if isinstance(self.taxonomy_id, Unset):
            taxonomy_id = UNSET
        else:
            taxonomy_id = self.taxonomy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if path is not UNSET:
            field_dict["path"] = path
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if taxonomy_id is not UNSET:
            field_dict["taxonomy_id"] = taxonomy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_id = d.pop("parent_id", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        path = d.pop("path", UNSET)

        source_id = d.pop("source_id", UNSET)

        taxonomy_id = d.pop("taxonomy_id", UNSET)

        category = cls(
            parent_id=parent_id,
            id=id,
            title=title,
            path=path,
            source_id=source_id,
            taxonomy_id=taxonomy_id,
        )

        category.additional_properties = d
        return category

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
