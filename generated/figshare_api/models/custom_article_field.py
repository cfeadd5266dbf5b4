from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_article_field_settings_type_0 import CustomArticleFieldSettingsType0


T = TypeVar("T", bound="CustomArticleField")


@_attrs_define
class CustomArticleField:
    name: None | str | Unset = UNSET
    """ Custom  metadata name """
    value: list[str] | None | str | Unset = UNSET
    """ Custom metadata value (can be either a string or an array of strings) """
    field_type: None | str | Unset = UNSET
    """ Custom field type """
    settings: CustomArticleFieldSettingsType0 | None | Unset = UNSET
    """ Settings for the custom field """
    order: int | None | Unset = UNSET
    """ Order of the custom field """
    is_mandatory: bool | None | Unset = UNSET
    """ Whether the field is mandatory or not """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_article_field_settings_type_0 import CustomArticleFieldSettingsType0  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        value: list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        else:
            field_type = self.field_type

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, CustomArticleFieldSettingsType0):
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
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
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
        from ..models.custom_article_field_settings_type_0 import CustomArticleFieldSettingsType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_value(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_1 = cast(list[str], data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        field_type = d.pop("field_type", UNSET)

        def _parse_settings(data: object) -> CustomArticleFieldSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = CustomArticleFieldSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomArticleFieldSettingsType0 | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        order = d.pop("order", UNSET)

        is_mandatory = d.pop("is_mandatory", UNSET)

        custom_article_field = cls(
            name=name,
            value=value,
            field_type=field_type,
            settings=settings,
            order=order,
            is_mandatory=is_mandatory,
        )

        custom_article_field.additional_properties = d
        return custom_article_field

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
