from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ItemTypeField(ResponseModel):
    """The ``ItemTypeField`` object."""

    id: int | None = None
    """Underlying field unique identifier"""
    name: str | None = None
    """Field name"""
    field_type: str | None = None
    """Field type"""
    internal_type: str | None = None
    """Internal type: core, stock, or custom"""
    display_name: str | None = None
    """Display name configured for this item type"""
    hint_text: str | None = None
    """Hint text shown to the user"""
    is_mandatory: bool | None = None
    """Whether this field is mandatory for this item type"""
    order: int | None = None
    """Display order within the item type"""
    display_area: str | None = None
    """UI display area"""
    settings: ItemTypeFieldSettingsType0 | None = None
    """Per-item-type field settings (may include default_value, validations)"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "name": "name",
        "field_type": "field_type",
        "internal_type": "internal_type",
        "display_name": "display_name",
        "hint_text": "hint_text",
        "is_mandatory": "is_mandatory",
        "order": "order",
        "display_area": "display_area",
        "settings": "settings",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemTypeField:
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
    return ItemTypeFieldSettingsType0.from_dict(v) if type(v) is dict else v


_KNOWN = ItemTypeField._prepare({"settings": _settings})

# At the end: models may refer to each other.

from .item_type_field_settings_type_0 import ItemTypeFieldSettingsType0  # noqa: E402
