from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class CategoryList(ResponseModel):
    """The ``CategoryList`` object."""

    parent_id: int | None = None
    """Parent category"""
    id: int | None = None
    """Category id"""
    title: str | None = None
    """Category title"""
    path: str | None = None
    """Path to all ancestor ids"""
    source_id: str | None = None
    """ID in original standard taxonomy"""
    taxonomy_id: int | None = None
    """Internal id of taxonomy the category is part of"""
    is_selectable: bool | None = None
    """The selectable status"""
    has_children: bool | None = None
    """True if category has children"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "parent_id": "parent_id",
        "id": "id",
        "title": "title",
        "path": "path",
        "source_id": "source_id",
        "taxonomy_id": "taxonomy_id",
        "is_selectable": "is_selectable",
        "has_children": "has_children",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CategoryList:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        if _KNOWN.issuperset(src_dict):
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = CategoryList._prepare({})
