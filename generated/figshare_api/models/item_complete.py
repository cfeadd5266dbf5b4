from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_complete_fields import ItemCompleteFields


T = TypeVar("T", bound="ItemComplete")


@_attrs_define
class ItemComplete:
    """Full item representation including item-type based metadata fields (public). Same as ArticleComplete plus optional
    fields property.

    """

    item_type_id: int | Unset = UNSET
    """ Item type identifier. """
    item_type_name: str | Unset = UNSET
    """ Human-readable item type name (e.g. "dataset", "journal article"). """
    fields: ItemCompleteFields | Unset = UNSET
    """ Item-type based metadata field values keyed by field name. Only present for items with item-type based
    metadata enabled. Scalar/text/date/dropdown stock fields and custom fields are returned as-is. Relational fields
    are hydrated on GET as follows: authors → [{id, name, first_name, last_name, is_active, url_name, orcid_id,
    affiliations}]; funding_list → [{id, title, grant_code, funder_name, is_user_defined, url}] (url only when a
    Dimensions grant id exists); related_materials → [{id, title, relation, identifier, identifier_type}];
    categories → [{id, title, parent_id, path, source_id, taxonomy_id}]; licence → {id, value, name, url}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type_id = self.item_type_id

        item_type_name = self.item_type_name

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
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_complete_fields import ItemCompleteFields  # noqa: PLC0415

        d = dict(src_dict)
        item_type_id = d.pop("item_type_id", UNSET)

        item_type_name = d.pop("item_type_name", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: ItemCompleteFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ItemCompleteFields.from_dict(_fields)

        item_complete = cls(
            item_type_id=item_type_id,
            item_type_name=item_type_name,
            fields=fields,
        )

        item_complete.additional_properties = d
        return item_complete

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
