from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateFile")


@_attrs_define
class PrivateFile:
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
    viewer_type: None | str | Unset = UNSET
    """ File viewer type """
    preview_state: None | str | Unset = UNSET
    """ File preview state """
    upload_url: None | str | Unset = UNSET
    """ Upload url for file """
    upload_token: None | str | Unset = UNSET
    """ Token for file upload """
    is_attached_to_public_version: bool | None | Unset = UNSET
    """ True if the file is attached to a public item version """
    status: None | str | Unset = UNSET
    """ File status """
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

        viewer_type: None | str | Unset
        if isinstance(self.viewer_type, Unset):
            viewer_type = UNSET
        else:
            viewer_type = self.viewer_type

        preview_state: None | str | Unset
        if isinstance(self.preview_state, Unset):
            preview_state = UNSET
        else:
            preview_state = self.preview_state

        upload_url: None | str | Unset
        if isinstance(self.upload_url, Unset):
            upload_url = UNSET
        else:
            upload_url = self.upload_url

        upload_token: None | str | Unset
        if isinstance(self.upload_token, Unset):
            upload_token = UNSET
        else:
            upload_token = self.upload_token

        is_attached_to_public_version: bool | None | Unset
        if isinstance(self.is_attached_to_public_version, Unset):
            is_attached_to_public_version = UNSET
        else:
            is_attached_to_public_version = self.is_attached_to_public_version

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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
        if viewer_type is not UNSET:
            field_dict["viewer_type"] = viewer_type
        if preview_state is not UNSET:
            field_dict["preview_state"] = preview_state
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url
        if upload_token is not UNSET:
            field_dict["upload_token"] = upload_token
        if is_attached_to_public_version is not UNSET:
            field_dict["is_attached_to_public_version"] = is_attached_to_public_version
        if status is not UNSET:
            field_dict["status"] = status

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

        viewer_type = d.pop("viewer_type", UNSET)

        preview_state = d.pop("preview_state", UNSET)

        upload_url = d.pop("upload_url", UNSET)

        upload_token = d.pop("upload_token", UNSET)

        is_attached_to_public_version = d.pop("is_attached_to_public_version", UNSET)

        status = d.pop("status", UNSET)

        private_file = cls(
            id=id,
            name=name,
            size=size,
            is_link_only=is_link_only,
            download_url=download_url,
            supplied_md5=supplied_md5,
            computed_md5=computed_md5,
            mimetype=mimetype,
            viewer_type=viewer_type,
            preview_state=preview_state,
            upload_url=upload_url,
            upload_token=upload_token,
            is_attached_to_public_version=is_attached_to_public_version,
            status=status,
        )

        private_file.additional_properties = d
        return private_file

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
