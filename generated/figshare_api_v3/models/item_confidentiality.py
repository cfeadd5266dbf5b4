from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemConfidentiality")


@_attrs_define
class ItemConfidentiality:
    is_confidential: bool | None | Unset = UNSET
    """ True if item is confidential """
    reason: None | str | Unset = UNSET
    """ Reason for confidentiality """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_confidential: bool | None | Unset
        if isinstance(self.is_confidential, Unset):
            is_confidential = UNSET
        else:
            is_confidential = self.is_confidential

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_confidential is not UNSET:
            field_dict["is_confidential"] = is_confidential
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_confidential = d.pop("is_confidential", UNSET)

        reason = d.pop("reason", UNSET)

        item_confidentiality = cls(
            is_confidential=is_confidential,
            reason=reason,
        )

        item_confidentiality.additional_properties = d
        return item_confidentiality

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
