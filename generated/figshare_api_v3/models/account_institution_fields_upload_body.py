from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AccountInstitutionFieldsUploadBody")


@_attrs_define
class AccountInstitutionFieldsUploadBody:
    external_file: File | Unset = UNSET
    """ CSV file to be uploaded """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_file: FileTypes | Unset = UNSET
        if not isinstance(self.external_file, Unset):
            external_file = self.external_file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_file is not UNSET:
            field_dict["external_file"] = external_file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.external_file, Unset):
            files.append(("external_file", self.external_file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _external_file = d.pop("external_file", UNSET)
        external_file: File | Unset
        if isinstance(_external_file, Unset):
            external_file = UNSET
        else:
            external_file = File(payload=BytesIO(_external_file))

        account_institution_fields_upload_body = cls(
            external_file=external_file,
        )

        account_institution_fields_upload_body.additional_properties = d
        return account_institution_fields_upload_body

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
