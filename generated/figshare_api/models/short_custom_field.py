from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_custom_field_settings_type_0 import ShortCustomFieldSettingsType0


T = TypeVar("T", bound="ShortCustomField")


@_attrs_define
class ShortCustomField:
    id: int | None | Unset = UNSET
    """ Custom field id """
    name: None | str | Unset = UNSET
    """ Custom field name """
    field_type: None | str | Unset = UNSET
    """ Custom field type """
    settings: None | ShortCustomFieldSettingsType0 | Unset = UNSET
    """ Settings for the custom field """
    order: int | None | Unset = UNSET
    """ Order of the field in the group """
    is_mandatory: bool | None | Unset = UNSET
    """ Whether the field is mandatory or not """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.short_custom_field_settings_type_0 import ShortCustomFieldSettingsType0  # noqa: PLC0415

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

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ShortCustomFieldSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        is_mandatory: bool | None | Unset
        if isinstance(self.is_mandatory, Unset):
            is_mandatory = UNSET
        else:
            is_mandatory = self.is_mandatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if field_type is not UNSET:
            field_dict["field_type"] = field_type
        if settings is not UNSET:
            field_dict["settings"] = settings
        if order is not UNSET:
            field_dict["order"] = order
        if is_mandatory is not UNSET:
            field_dict["is_mandatory"] = is_mandatory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_custom_field_settings_type_0 import ShortCustomFieldSettingsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        field_type = d.pop("field_type", UNSET)

        def _parse_settings(data: object) -> None | ShortCustomFieldSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = ShortCustomFieldSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortCustomFieldSettingsType0 | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        order = d.pop("order", UNSET)

        is_mandatory = d.pop("is_mandatory", UNSET)

        short_custom_field = cls(
            id=id,
            name=name,
            field_type=field_type,
            settings=settings,
            order=order,
            is_mandatory=is_mandatory,
        )

        short_custom_field.additional_properties = d
        return short_custom_field

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
