from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_article_field_field_type import CustomArticleFieldFieldType

if TYPE_CHECKING:
    from ..models.custom_article_field_settings import CustomArticleFieldSettings


T = TypeVar("T", bound="CustomArticleField")


@_attrs_define
class CustomArticleField:
    name: str
    """ Custom  metadata name """
    value: list[str] | str
    """ Custom metadata value (can be either a string or an array of strings) """
    field_type: CustomArticleFieldFieldType
    """ Custom field type """
    settings: CustomArticleFieldSettings
    """ Settings for the custom field """
    order: int
    """ Order of the custom field """
    is_mandatory: bool
    """ Whether the field is mandatory or not """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: list[str] | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_type = self.field_type.value

        settings = self.settings.to_dict()

        order = self.order

        is_mandatory = self.is_mandatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
                "field_type": field_type,
                "settings": settings,
                "order": order,
                "is_mandatory": is_mandatory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_article_field_settings import CustomArticleFieldSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_value(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_1 = cast(list[str], data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        value = _parse_value(d.pop("value"))

        field_type = CustomArticleFieldFieldType(d.pop("field_type"))

        settings = CustomArticleFieldSettings.from_dict(d.pop("settings"))

        order = d.pop("order")

        is_mandatory = d.pop("is_mandatory")

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
