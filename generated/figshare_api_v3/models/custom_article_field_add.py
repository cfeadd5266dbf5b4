from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_article_field_add_value_type_2 import CustomArticleFieldAddValueType2


T = TypeVar("T", bound="CustomArticleFieldAdd")


@_attrs_define
class CustomArticleFieldAdd:
    name: str
    """ Custom  metadata name """
    value: CustomArticleFieldAddValueType2 | list[str] | None | str
    """ Custom metadata value (can be either a string, an array of strings, or empty) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_article_field_add_value_type_2 import CustomArticleFieldAddValueType2  # noqa: PLC0415

        name = self.name

        value: dict[str, Any] | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, CustomArticleFieldAddValueType2):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_article_field_add_value_type_2 import CustomArticleFieldAddValueType2  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_value(data: object) -> CustomArticleFieldAddValueType2 | list[str] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_1 = cast(list[str], data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_2 = CustomArticleFieldAddValueType2.from_dict(data)

                return value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomArticleFieldAddValueType2 | list[str] | None | str, data)

        value = _parse_value(d.pop("value"))

        custom_article_field_add = cls(
            name=name,
            value=value,
        )

        custom_article_field_add.additional_properties = d
        return custom_article_field_add

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
