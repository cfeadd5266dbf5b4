from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
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
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
        # Nested models are made on first read (_Nested): their JSON values wait in _raw. An absent or null
        # one is read from the instance dict, after additional_properties (to_dict() leaves it out unless
        # _keys names it).
        raw = {}
        if (value := values.pop("settings", None)) is not None:
            raw["settings"] = value
        else:
            values["settings"] = None
            if "settings" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _settings(v: Any) -> Any:
    return UnderlyingFieldSettingsType0.from_dict(v) if type(v) is dict else v


_KNOWN = UnderlyingField._prepare({"settings": _settings})

# At the end: models may refer to each other.

from .underlying_field_settings_type_0 import UnderlyingFieldSettingsType0  # noqa: E402
