from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_info_status import UploadInfoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_file_part import UploadFilePart


T = TypeVar("T", bound="UploadInfo")


@_attrs_define
class UploadInfo:
    token: str | Unset = UNSET
    """ token received after initializing a file upload """
    md5: str | Unset = UNSET
    """ md5 provided on upload initialization """
    size: int | Unset = UNSET
    """ size of file in bytes """
    name: str | Unset = UNSET
    """ name of file on upload server """
    status: UploadInfoStatus | Unset = UNSET
    """ Upload status """
    parts: list[UploadFilePart] | Unset = UNSET
    """ Uploads parts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        md5 = self.md5

        size = self.size

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if size is not UNSET:
            field_dict["size"] = size
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_file_part import UploadFilePart  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token", UNSET)

        md5 = d.pop("md5", UNSET)

        size = d.pop("size", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: UploadInfoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UploadInfoStatus(_status)

        _parts = d.pop("parts", UNSET)
        parts: list[UploadFilePart] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = UploadFilePart.from_dict(parts_item_data)

                parts.append(parts_item)

        upload_info = cls(
            token=token,
            md5=md5,
            size=size,
            name=name,
            status=status,
            parts=parts,
        )

        upload_info.additional_properties = d
        return upload_info

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
