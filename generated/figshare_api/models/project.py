from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class Project(ResponseModel):
    """The ``Project`` object."""

    url: str | None = None
    """Api endpoint"""
    id: int | None = None
    """Project id"""
    title: str | None = None
    """Project title"""
    created_date: str | None = None
    """Date when project was created"""
    modified_date: str | None = None
    """Date when project was last modified"""
    published_date: str | None = None
    """Date when project was first published, null if not published"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "url": "url",
        "id": "id",
        "title": "title",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "published_date": "published_date",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Project:
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


_KNOWN = Project._prepare({})
