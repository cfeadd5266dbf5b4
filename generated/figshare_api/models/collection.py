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
    timeline: Timeline | None = None
    published_date: str | None = None
    """Date when collection was first published, null if not published"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "title": "title",
        "doi": "doi",
        "handle": "handle",
        "url": "url",
        "timeline": "timeline",
        "published_date": "published_date",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Collection:
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
        if (value := values.pop("timeline", None)) is not None:
            raw["timeline"] = value
        else:
            values["timeline"] = None
            if "timeline" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _timeline(v: Any) -> Any:
    return Timeline.from_dict(v) if type(v) is dict else v


_KNOWN = Collection._prepare({"timeline": _timeline})

# At the end: models may refer to each other.

from .timeline import Timeline  # noqa: E402
