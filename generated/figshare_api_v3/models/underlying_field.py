from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.underlying_field_settings_type_0 import UnderlyingFieldSettingsType0


T = TypeVar("T", bound="UnderlyingField")


@_attrs_define
class UnderlyingField:
    id: int | None | Unset = UNSET
    """ Underlying field unique identifier """
    name: None | str | Unset = UNSET
    """ Field name (e.g. journal, volume, title) """
    field_type: None | str | Unset = UNSET
    """ Field type (e.g. text, dropdown, date, textarea, generic) """
    internal_type: None | str | Unset = UNSET
    """ Internal type classification: core, stock, or custom """
    settings: None | UnderlyingFieldSettingsType0 | Unset = UNSET
    """ Field-specific settings (validation rules, default values, etc.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.underlying_field_settings_type_0 import UnderlyingFieldSettingsType0  # noqa: PLC0415

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

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, UnderlyingFieldSettingsType0):
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
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.underlying_field_settings_type_0 import UnderlyingFieldSettingsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        field_type = d.pop("field_type", UNSET)

        internal_type = d.pop("internal_type", UNSET)

        def _parse_settings(data: object) -> None | UnderlyingFieldSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = UnderlyingFieldSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnderlyingFieldSettingsType0 | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        underlying_field = cls(
            id=id,
            name=name,
            field_type=field_type,
            internal_type=internal_type,
            settings=settings,
        )

        underlying_field.additional_properties = d
        return underlying_field

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
