from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class UnderlyingField(ResponseModel):
    """The ``UnderlyingField`` object."""

    id: int | None = None
    """Underlying field unique identifier"""
    name: str | None = None
    """Field name (e.g. journal, volume, title)"""
    field_type: str | None = None
    """Field type (e.g. text, dropdown, date, textarea, generic)"""
    internal_type: str | None = None
    """Internal type classification: core, stock, or custom"""
    settings: UnderlyingFieldSettingsType0 | None = None
    """Field-specific settings (validation rules, default values, etc.)"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "name": "name",
        "field_type": "field_type",
        "internal_type": "internal_type",
        "settings": "settings",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UnderlyingField:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.name = get("name")
        model.field_type = get("field_type")
        model.internal_type = get("internal_type")
        v = get("settings")
        model.settings = UnderlyingFieldSettingsType0.from_dict(v) if type(v) is dict else v
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(UnderlyingField._fields)

# At the end: models may refer to each other.

from .underlying_field_settings_type_0 import UnderlyingFieldSettingsType0  # noqa: E402
