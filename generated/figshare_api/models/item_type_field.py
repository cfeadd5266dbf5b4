from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
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
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.name = get("name")
        model.field_type = get("field_type")
        model.internal_type = get("internal_type")
        model.display_name = get("display_name")
        model.hint_text = get("hint_text")
        model.is_mandatory = get("is_mandatory")
        model.order = get("order")
        model.display_area = get("display_area")
        v = get("settings")
        model.settings = ItemTypeFieldSettingsType0.from_dict(v) if type(v) is dict else v
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ItemTypeField._fields)

# At the end: models may refer to each other.

from .item_type_field_settings_type_0 import ItemTypeFieldSettingsType0  # noqa: E402
