from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ItemCreateFields")


@_attrs_define
class ItemCreateFields:
    """All metadata fields keyed by underlying field name. Includes core fields (title, description, keywords, authors,
    licence, categories, funding_list, related_materials) and stock fields (journal, volume, issue, etc.). Use GET
    /account/items/fields/configuration/{item_type_id} to discover available fields. `categories` is a list of objects,
    each identified by either an `id` (integer) or a `source_id` (string); entries may be mixed. Unresolved `source_id`
    values are reported in the response `warnings` array. `licence` is a single object with an `id` key (extras
    ignored). Bare integers are rejected.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_create_fields = cls()

        item_create_fields.additional_properties = d
        return item_create_fields

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
