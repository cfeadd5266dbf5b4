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
    """v3 item creation payload. Structural inputs stay top-level; all metadata goes inside 'fields'.

    Example:
        {'item_type_id': 1, 'fields': {'title': 'My item'}}

    """

    item_type_id: int | Unset = UNSET
    """ Item type id (see GET /item_types). """
    item_type_name: str | Unset = UNSET
    """ Item type name, as an alternative to item_type_id. """
    group_id: int | None | Unset = UNSET
    """ Group to create the item under; omit to use your default group. """
    is_metadata_record: bool | Unset = UNSET
    """ True if the item has no files (metadata-only). """
    download_disabled: bool | Unset = UNSET
    """ Disable the download button for this item. """
    resource_doi: str | Unset = UNSET
    """ Resource DOI. """
    resource_title: str | Unset = UNSET
    """ Resource title. """
    fields: ItemCreateFields | Unset = UNSET
    """ Item-type based metadata, keyed by field name. Holds core fields (title, description, keywords), stock
    fields (e.g. publisher, journal, funding_list), and any custom fields configured for the institution. 'title' is
    required on create. Use the GET /account/{items,collections,projects}/fields catalog endpoints to discover the
    available field names. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type_id = self.item_type_id

        item_type_name = self.item_type_name

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
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
