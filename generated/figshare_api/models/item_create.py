from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_create_fields import ItemCreateFields


T = TypeVar("T", bound="ItemCreate")


@_attrs_define
class ItemCreate:
    """Item creation payload. All metadata (core + stock + custom) goes inside the 'fields' object, keyed by underlying
    field name. System properties (item_type_id, group_id) stay top-level. No backward-compatible fields: defined_type,
    references, custom_fields are not accepted.

    """

    item_type_id: int | Unset = UNSET
    """ Item type identifier (use /item_types to get available types). """
    item_type_name: str | Unset = UNSET
    """ Item type name as alternative to item_type_id (e.g. "dataset"). Resolved to item_type_id internally. """
    group_id: int | Unset = UNSET
    """ Group to assign the item to. """
    is_metadata_record: bool | Unset = UNSET
    """ True if item has no files. """
    download_disabled: bool | Unset = UNSET
    """ Disable download button for this item. """
    resource_doi: str | Unset = UNSET
    """ Deprecated by related materials (inside fields). """
    resource_title: str | Unset = UNSET
    """ Deprecated by related materials (inside fields). """
    fields: ItemCreateFields | Unset = UNSET
    """ All metadata fields keyed by underlying field name. Includes core fields (title, description, keywords,
    authors, licence, categories, funding_list, related_materials) and stock fields (journal, volume, issue, etc.).
    Use GET /account/items/fields/configuration/{item_type_id} to discover available fields. `categories` is a list
    of objects, each identified by either an `id` (integer) or a `source_id` (string); entries may be mixed.
    Unresolved `source_id` values are reported in the response `warnings` array. `licence` is a single object with
    an `id` key (extras ignored). Bare integers are rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type_id = self.item_type_id

        item_type_name = self.item_type_name

        group_id = self.group_id

        is_metadata_record = self.is_metadata_record

        download_disabled = self.download_disabled

        resource_doi = self.resource_doi

        resource_title = self.resource_title

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
        if resource_doi is not UNSET:
            field_dict["resource_doi"] = resource_doi
        if resource_title is not UNSET:
            field_dict["resource_title"] = resource_title
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_create_fields import ItemCreateFields  # noqa: PLC0415

        d = dict(src_dict)
        item_type_id = d.pop("item_type_id", UNSET)

        item_type_name = d.pop("item_type_name", UNSET)

        group_id = d.pop("group_id", UNSET)

        is_metadata_record = d.pop("is_metadata_record", UNSET)

        download_disabled = d.pop("download_disabled", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: ItemCreateFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ItemCreateFields.from_dict(_fields)

        item_create = cls(
            item_type_id=item_type_id,
            item_type_name=item_type_name,
            group_id=group_id,
            is_metadata_record=is_metadata_record,
            download_disabled=download_disabled,
            resource_doi=resource_doi,
            resource_title=resource_title,
            fields=fields,
        )

        item_create.additional_properties = d
        return item_create

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
