from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCreator")


@_attrs_define
class FileCreator:
    link: str | Unset = UNSET
    """ Url for an existing file that will not be uploaded to Figshare """
    md5: str | Unset = UNSET
    """ MD5 sum pre-computed on client side. """
    name: str | Unset = UNSET
    """ File name including the extension; can be omitted only for linked files. """
    size: int | Unset = UNSET
    """ File size in bytes; can be omitted only for linked files. """
    folder_path: str | Unset = UNSET
    """ Unix-style directory path of the file; only available if the file was uploaded within a folder structure """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        md5 = self.md5

        name = self.name

        size = self.size

        folder_path = self.folder_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["link"] = link
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        link = d.pop("link", UNSET)

        md5 = d.pop("md5", UNSET)

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        folder_path = d.pop("folder_path", UNSET)

        file_creator = cls(
            link=link,
            md5=md5,
            name=name,
            size=size,
            folder_path=folder_path,
        )

        file_creator.additional_properties = d
        return file_creator

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
