from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionCreateFields")


@_attrs_define
class CollectionCreateFields:
    """Institutions with item-type based metadata only: all metadata fields keyed by underlying field name (e.g. title,
    description, keywords, publisher, funding_list). When present, the fields object is the authoritative source for all
    metadata; top-level metadata keys are ignored. `categories` inside `fields` is a list of objects, each identified by
    either an `id` (integer) or a `source_id` (string); entries may be mixed. Unresolved `source_id` values are reported
    in the response `warnings` array.

        Example:
            {'title': 'My Collection', 'description': 'Collection description', 'keywords': ['keyword1'], 'publisher':
                'Springer Nature', 'categories': [{'id': 69}, {'source_id': '3001'}]}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collection_create_fields = cls()

        collection_create_fields.additional_properties = d
        return collection_create_fields

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
