from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_update_fields import ItemUpdateFields


T = TypeVar("T", bound="ItemUpdate")


@_attrs_define
class ItemUpdate:
    """Item update payload. Same structure as ItemCreate but no required fields. Use PATCH for partial updates (only send
    changed fields inside 'fields').

    """

    item_type_id: int | Unset = UNSET
    """ Item type identifier (use /item_types to get available types). """
    item_type_name: str | Unset = UNSET
    """ Item type name as alternative to item_type_id (e.g. "dataset"). Resolved to item_type_id internally. """
    group_id: int | Unset = UNSET
    is_metadata_record: bool | Unset = UNSET
    download_disabled: bool | Unset = UNSET
    fields: ItemUpdateFields | Unset = UNSET
    """ All metadata fields keyed by underlying field name. Same structure as ItemCreate — `categories` entries
    accept `id` (int) or `source_id` (string), mixed allowed; `licence` is a single object with an `id` key. Bare
    integers are rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type_id = self.item_type_id

        item_type_name = self.item_type_name

        group_id = self.group_id

        is_metadata_record = self.is_metadata_record

        download_disabled = self.download_disabled

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if item_type_name is not UNSET:
            field_dict["item_type_name"] = item_type_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if is_metadata_record is not UNSET:
            field_dict["is_metadata_record"] = is_metadata_record
        if download_disabled is not UNSET:
            field_dict["download_disabled"] = download_disabled
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_update_fields import ItemUpdateFields  # noqa: PLC0415

        d = dict(src_dict)
        item_type_id = d.pop("item_type_id", UNSET)

        item_type_name = d.pop("item_type_name", UNSET)

        group_id = d.pop("group_id", UNSET)

        is_metadata_record = d.pop("is_metadata_record", UNSET)

        download_disabled = d.pop("download_disabled", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: ItemUpdateFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ItemUpdateFields.from_dict(_fields)

        item_update = cls(
            item_type_id=item_type_id,
            item_type_name=item_type_name,
            group_id=group_id,
            is_metadata_record=is_metadata_record,
            download_disabled=download_disabled,
            fields=fields,
        )

        item_update.additional_properties = d
        return item_update

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
