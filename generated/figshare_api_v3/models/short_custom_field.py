from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.short_custom_field_field_type import ShortCustomFieldFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_custom_field_settings import ShortCustomFieldSettings


T = TypeVar("T", bound="ShortCustomField")


@_attrs_define
class ShortCustomField:
    id: int
    """ Custom field id """
    name: str
    """ Custom field name """
    field_type: ShortCustomFieldFieldType
    """ Custom field type """
    settings: ShortCustomFieldSettings | Unset = UNSET
    """ Settings for the custom field """
    order: int | Unset = UNSET
    """ Order of the field in the group """
    is_mandatory: bool | Unset = UNSET
    """ Whether the field is mandatory or not """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_type = self.field_type.value

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        order = self.order

        is_mandatory = self.is_mandatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "field_type": field_type,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings
        if order is not UNSET:
            field_dict["order"] = order
        if is_mandatory is not UNSET:
            field_dict["is_mandatory"] = is_mandatory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_custom_field_settings import ShortCustomFieldSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        field_type = ShortCustomFieldFieldType(d.pop("field_type"))

        _settings = d.pop("settings", UNSET)
        settings: ShortCustomFieldSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ShortCustomFieldSettings.from_dict(_settings)

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
