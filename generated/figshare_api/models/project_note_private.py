from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ProjectNotePrivate(ResponseModel):
    """The ``ProjectNotePrivate`` object."""

    id: int | None = None
    """Project note id"""
    user_id: int | None = None
    """User who wrote the note"""
    abstract: str | None = None
    """Note Abstract - short/truncated content"""
    user_name: str | None = None
    """Username of the one who wrote the note"""
    created_date: str | None = None
    """Date when note was created"""
    modified_date: str | None = None
    """Date when note was last modified"""
    text: str | None = None
    """Full text of note"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "user_id": "user_id",
        "abstract": "abstract",
        "user_name": "user_name",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "text": "text",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProjectNotePrivate:
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


_KNOWN = ProjectNotePrivate._prepare({})
