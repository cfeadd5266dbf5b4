from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_file_part_status import UploadFilePartStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadFilePart")


@_attrs_define
class UploadFilePart:
    part_no: int | Unset = UNSET
    """ File part id """
    start_offset: int | Unset = UNSET
    """ Indexes on byte range. zero-based and inclusive """
    end_offset: int | Unset = UNSET
    """ Indexes on byte range. zero-based and inclusive """
    status: UploadFilePartStatus | Unset = UNSET
    """ part status """
    locked: bool | Unset = UNSET
    """ When a part is being uploaded it is being locked, by setting the locked flag to true. No changes/uploads can
    happen on this part from other requests. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_no = self.part_no

        start_offset = self.start_offset

        end_offset = self.end_offset

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if part_no is not UNSET:
            field_dict["partNo"] = part_no
        if start_offset is not UNSET:
            field_dict["startOffset"] = start_offset
        if end_offset is not UNSET:
            field_dict["endOffset"] = end_offset
        if status is not UNSET:
            field_dict["status"] = status
        if locked is not UNSET:
            field_dict["locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        part_no = d.pop("partNo", UNSET)

        start_offset = d.pop("startOffset", UNSET)

        end_offset = d.pop("endOffset", UNSET)

        _status = d.pop("status", UNSET)
        status: UploadFilePartStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UploadFilePartStatus(_status)

        locked = d.pop("locked", UNSET)

        upload_file_part = cls(
            part_no=part_no,
            start_offset=start_offset,
            end_offset=end_offset,
            status=status,
            locked=locked,
        )

        upload_file_part.additional_properties = d
        return upload_file_part

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
