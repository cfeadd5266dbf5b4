from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class Collection(ResponseModel):
    """The ``Collection`` object."""

    id: int | None = None
    """Collection id"""
    title: str | None = None
    """Collection title"""
    doi: str | None = None
    """Collection DOI"""
    handle: str | None = None
    """Collection Handle"""
    url: str | None = None
    """Api endpoint"""
    published_date: str | None = None
    """Date when first published"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "title": "title",
        "doi": "doi",
        "handle": "handle",
        "url": "url",
        "published_date": "published_date",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Collection:
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


_KNOWN = Collection._prepare({})
