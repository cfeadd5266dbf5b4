from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ItemEmbargo(ResponseModel):
    """The ``ItemEmbargo`` object."""

    is_embargoed: bool | None = None
    """True if embargoed"""
    embargo_date: str | None = None
    """Date when the embargo expires and the item gets published, null if not embargoed"""
    embargo_type: str | None = None
    """Embargo level. Possible values: article, file"""
    embargo_title: str | None = None
    """Title for embargo"""
    embargo_reason: str | None = None
    """Reason for embargo"""
    embargo_options: list[ItemEmbargoEmbargoOptionsType0Item] | None = None
    """List of embargo permissions that are associated with the item. If the type is logged_in and the group_ids list
    is empty, then the whole institution can see the item; if there are multiple group_ids, then only users that are
    under those groups can see the item."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "is_embargoed": "is_embargoed",
        "embargo_date": "embargo_date",
        "embargo_type": "embargo_type",
        "embargo_title": "embargo_title",
        "embargo_reason": "embargo_reason",
        "embargo_options": "embargo_options",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemEmbargo:
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
        if (value := values.pop("embargo_options", None)) is not None:
            raw["embargo_options"] = value
        else:
            values["embargo_options"] = None
            if "embargo_options" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _embargo_options(v: Any) -> Any:
    return ItemEmbargoEmbargoOptionsType0Item._from_list(v) if type(v) is list else v


_KNOWN = ItemEmbargo._prepare({"embargo_options": _embargo_options})

# At the end: models may refer to each other.

from .item_embargo_embargo_options_type_0_item import ItemEmbargoEmbargoOptionsType0Item  # noqa: E402
