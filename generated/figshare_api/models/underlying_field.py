from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.underlying_field_internal_type import UnderlyingFieldInternalType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.underlying_field_settings import UnderlyingFieldSettings


T = TypeVar("T", bound="UnderlyingField")


@_attrs_define
class UnderlyingField:
    id: int | Unset = UNSET
    """ Underlying field unique identifier """
    name: str | Unset = UNSET
    """ Field name (e.g. journal, volume, title) """
    field_type: str | Unset = UNSET
    """ Field type (e.g. text, dropdown, date, textarea, generic) """
    internal_type: UnderlyingFieldInternalType | Unset = UNSET
    """ Internal type classification: core, stock, or custom """
    settings: UnderlyingFieldSettings | Unset = UNSET
    """ Field-specific settings (validation rules, default values, etc.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_type = self.field_type

        internal_type: str | Unset = UNSET
        if not isinstance(self.internal_type, Unset):
            internal_type = self.internal_type.value

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

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
        from ..models.underlying_field_settings import UnderlyingFieldSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        field_type = d.pop("field_type", UNSET)

        _internal_type = d.pop("internal_type", UNSET)
        internal_type: UnderlyingFieldInternalType | Unset
        if isinstance(_internal_type, Unset):
            internal_type = UNSET
        else:
            internal_type = UnderlyingFieldInternalType(_internal_type)

        _settings = d.pop("settings", UNSET)
        settings: UnderlyingFieldSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UnderlyingFieldSettings.from_dict(_settings)

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
