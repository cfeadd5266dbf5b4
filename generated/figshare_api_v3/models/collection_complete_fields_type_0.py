from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionCompleteFieldsType0")


@_attrs_define
class CollectionCompleteFieldsType0:
    """Item-type based metadata field values keyed by field name. Only present when the collection belongs to an
    institution with item-type based metadata enabled. Scalar/text stock fields (e.g. publisher) and custom fields are
    returned as-is. Relational fields are hydrated on GET as follows: authors → [{id, name, first_name, last_name,
    is_active, url_name, orcid_id, affiliations}]; funding_list → [{id, title, grant_code, funder_name, is_user_defined,
    url}] (url only when a Dimensions grant id exists); related_materials → [{id, title, relation, identifier,
    identifier_type}]; categories → [{id, title, parent_id, path, source_id, taxonomy_id}].

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collection_complete_fields_type_0 = cls()

        collection_complete_fields_type_0.additional_properties = d
        return collection_complete_fields_type_0

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
