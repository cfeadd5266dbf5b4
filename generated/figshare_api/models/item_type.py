from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ItemType(ResponseModel):
    """The ``ItemType`` object."""

    id: int | None = None
    """The ID of the item type."""
    name: str | None = None
    """The name of the item type"""
    string_id: str | None = None
    """The string identifier of the item type."""
    icon: str | None = None
    """The string identifying the icon of the item type."""
    public_description: str | None = None
    """The description of the item type."""
    is_selectable: bool | None = None
    """The selectable status"""
    url_name: str | None = None
    """The URL name of the item type."""
    fields: list[ItemTypeField] | None = None
    """Available metadata fields for this item type. Only present when item-type based metadata is enabled for the
    institution. Use GET /account/items/fields/configuration/{item_type_id} for full detail."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "name": "name",
        "string_id": "string_id",
        "icon": "icon",
        "public_description": "public_description",
        "is_selectable": "is_selectable",
        "url_name": "url_name",
        "fields": "fields",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemType:
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
        if (value := values.pop("fields", None)) is not None:
            raw["fields"] = value
        else:
            values["fields"] = None
            if "fields" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _fields(v: Any) -> Any:
    return ItemTypeField._from_list(v) if type(v) is list else v


_KNOWN = ItemType._prepare({"fields": _fields})

# At the end: models may refer to each other.

from .item_type_field import ItemTypeField  # noqa: E402
