from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_type_field_settings_type_0 import ItemTypeFieldSettingsType0


T = TypeVar("T", bound="ItemTypeField")


@_attrs_define
class ItemTypeField:
    id: int | None | Unset = UNSET
    """ Underlying field unique identifier """
    name: None | str | Unset = UNSET
    """ Field name """
    field_type: None | str | Unset = UNSET
    """ Field type """
    internal_type: None | str | Unset = UNSET
    """ Internal type: core, stock, or custom """
    display_name: None | str | Unset = UNSET
    """ Display name configured for this item type """
    hint_text: None | str | Unset = UNSET
    """ Hint text shown to the user """
    is_mandatory: bool | None | Unset = UNSET
    """ Whether this field is mandatory for this item type """
    order: int | None | Unset = UNSET
    """ Display order within the item type """
    display_area: None | str | Unset = UNSET
    """ UI display area """
    settings: ItemTypeFieldSettingsType0 | None | Unset = UNSET
    """ Per-item-type field settings (may include default_value, validations) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_type_field_settings_type_0 import ItemTypeFieldSettingsType0  # noqa: PLC0415

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

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        else:
            field_type = self.field_type

        internal_type: None | str | Unset
        if isinstance(self.internal_type, Unset):
            internal_type = UNSET
        else:
            internal_type = self.internal_type

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        hint_text: None | str | Unset
        if isinstance(self.hint_text, Unset):
            hint_text = UNSET
        else:
            hint_text = self.hint_text

        is_mandatory: bool | None | Unset
        if isinstance(self.is_mandatory, Unset):
            is_mandatory = UNSET
        else:
            is_mandatory = self.is_mandatory

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        display_area: None | str | Unset
        if isinstance(self.display_area, Unset):
            display_area = UNSET
        else:
            display_area = self.display_area

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ItemTypeFieldSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if field_type is not UNSET:
            field_dict["field_type"] = field_type
        if internal_type is not UNSET:
            field_dict["internal_type"] = internal_type
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if hint_text is not UNSET:
            field_dict["hint_text"] = hint_text
        if is_mandatory is not UNSET:
            field_dict["is_mandatory"] = is_mandatory
        if order is not UNSET:
            field_dict["order"] = order
        if display_area is not UNSET:
            field_dict["display_area"] = display_area
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_type_field_settings_type_0 import ItemTypeFieldSettingsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        field_type = d.pop("field_type", UNSET)

        internal_type = d.pop("internal_type", UNSET)

        display_name = d.pop("display_name", UNSET)

        hint_text = d.pop("hint_text", UNSET)

        is_mandatory = d.pop("is_mandatory", UNSET)

        order = d.pop("order", UNSET)

        display_area = d.pop("display_area", UNSET)

        def _parse_settings(data: object) -> ItemTypeFieldSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = ItemTypeFieldSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemTypeFieldSettingsType0 | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        item_type_field = cls(
            id=id,
            name=name,
            field_type=field_type,
            internal_type=internal_type,
            display_name=display_name,
            hint_text=hint_text,
            is_mandatory=is_mandatory,
            order=order,
            display_area=display_area,
            settings=settings,
        )

        item_type_field.additional_properties = d
        return item_type_field

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
