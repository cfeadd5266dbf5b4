from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ShortCustomField(ResponseModel):
    """The ``ShortCustomField`` object."""

    id: int | None = None
    """Custom field id"""
    name: str | None = None
    """Custom field name"""
    field_type: str | None = None
    """Custom field type"""
    settings: ShortCustomFieldSettingsType0 | None = None
    """Settings for the custom field"""
    order: int | None = None
    """Order of the field in the group"""
    is_mandatory: bool | None = None
    """Whether the field is mandatory or not"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "name": "name",
        "field_type": "field_type",
        "settings": "settings",
        "order": "order",
        "is_mandatory": "is_mandatory",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ShortCustomField:
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
    return ShortCustomFieldSettingsType0.from_dict(v) if type(v) is dict else v


_KNOWN = ShortCustomField._prepare({"settings": _settings})

# At the end: models may refer to each other.

from .short_custom_field_settings_type_0 import ShortCustomFieldSettingsType0  # noqa: E402
