from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicFile")


@_attrs_define
class PublicFile:
    id: int | None | Unset = UNSET
    """ File id """
    name: None | str | Unset = UNSET
    """ File name """
    size: int | None | Unset = UNSET
    """ File size """
    is_link_only: bool | None | Unset = UNSET
    """ True if file is hosted somewhere else """
    download_url: None | str | Unset = UNSET
    """ Url for file download """
    supplied_md5: None | str | Unset = UNSET
    """ File supplied md5 """
    computed_md5: None | str | Unset = UNSET
    """ File computed md5 """
    mimetype: None | str | Unset = UNSET
    """ MIME Type of the file, it defaults to an empty string """
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

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        is_link_only: bool | None | Unset
        if isinstance(self.is_link_only, Unset):
            is_link_only = UNSET
        else:
            is_link_only = self.is_link_only

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        supplied_md5: None | str | Unset
        if isinstance(self.supplied_md5, Unset):
            supplied_md5 = UNSET
        else:
            supplied_md5 = self.supplied_md5

        computed_md5: None | str | Unset
        if isinstance(self.computed_md5, Unset):
            computed_md5 = UNSET
        else:
            computed_md5 = self.computed_md5

        mimetype: None | str | Unset
        if isinstance(self.mimetype, Unset):
            mimetype = UNSET
        else:
            mimetype = self.mimetype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if is_link_only is not UNSET:
            field_dict["is_link_only"] = is_link_only
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if supplied_md5 is not UNSET:
            field_dict["supplied_md5"] = supplied_md5
        if computed_md5 is not UNSET:
            field_dict["computed_md5"] = computed_md5
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        is_link_only = d.pop("is_link_only", UNSET)

        download_url = d.pop("download_url", UNSET)

        supplied_md5 = d.pop("supplied_md5", UNSET)

        computed_md5 = d.pop("computed_md5", UNSET)

        mimetype = d.pop("mimetype", UNSET)

        public_file = cls(
            id=id,
            name=name,
            size=size,
            is_link_only=is_link_only,
            download_url=download_url,
            supplied_md5=supplied_md5,
            computed_md5=computed_md5,
            mimetype=mimetype,
        )

        public_file.additional_properties = d
        return public_file

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
