from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class ProjectNote(ResponseModel):
    """The ``ProjectNote`` object."""

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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "user_id": "user_id",
        "abstract": "abstract",
        "user_name": "user_name",
        "created_date": "created_date",
        "modified_date": "modified_date",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProjectNote:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.user_id = get("user_id")
        model.abstract = get("abstract")
        model.user_name = get("user_name")
        model.created_date = get("created_date")
        model.modified_date = get("modified_date")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ProjectNote._fields)
