from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_type_field import ItemTypeField


T = TypeVar("T", bound="ItemType")


@_attrs_define
class ItemType:
    id: int | None | Unset = UNSET
    """ The ID of the item type. """
    name: None | str | Unset = UNSET
    """ The name of the item type """
    string_id: None | str | Unset = UNSET
    """ The string identifier of the item type. """
    icon: None | str | Unset = UNSET
    """ The string identifying the icon of the item type. """
    public_description: None | str | Unset = UNSET
    """ The description of the item type. """
    is_selectable: bool | None | Unset = UNSET
    """ The selectable status """
    url_name: None | str | Unset = UNSET
    """ The URL name of the item type. """
    fields: list[ItemTypeField] | None | Unset = UNSET
    """ Available metadata fields for this item type. Only present when item-type based metadata is enabled for the
    institution. Use GET /account/items/fields/configuration/{item_type_id} for full detail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        string_id: None | str | Unset
        if isinstance(self.string_id, Unset):
            string_id = UNSET
        else:
            string_id = self.string_id

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        public_description: None | str | Unset
        if isinstance(self.public_description, Unset):
            public_description = UNSET
        else:
            public_description = self.public_description

        is_selectable: bool | None | Unset
        if isinstance(self.is_selectable, Unset):
            is_selectable = UNSET
        else:
            is_selectable = self.is_selectable

        url_name: None | str | Unset
        if isinstance(self.url_name, Unset):
            url_name = UNSET
        else:
            url_name = self.url_name

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if string_id is not UNSET:
            field_dict["string_id"] = string_id
        if icon is not UNSET:
            field_dict["icon"] = icon
        if public_description is not UNSET:
            field_dict["public_description"] = public_description
        if is_selectable is not UNSET:
            field_dict["is_selectable"] = is_selectable
        if url_name is not UNSET:
            field_dict["url_name"] = url_name
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_type_field import ItemTypeField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        string_id = d.pop("string_id", UNSET)

        icon = d.pop("icon", UNSET)

        public_description = d.pop("public_description", UNSET)

        is_selectable = d.pop("is_selectable", UNSET)

        url_name = d.pop("url_name", UNSET)

        def _parse_fields(data: object) -> list[ItemTypeField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = []
                _fields_type_0 = data
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = ItemTypeField.from_dict(fields_type_0_item_data)

                    fields_type_0.append(fields_type_0_item)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ItemTypeField] | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        item_type = cls(
            id=id,
            name=name,
            string_id=string_id,
            icon=icon,
            public_description=public_description,
            is_selectable=is_selectable,
            url_name=url_name,
            fields=fields,
        )

        item_type.additional_properties = d
        return item_type

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
