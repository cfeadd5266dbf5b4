from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class CollectionVersions(ResponseModel):
    """The ``CollectionVersions`` object."""

    version: int | None = None
    """Version number"""
    url: str | None = None
    """Api endpoint for the collection version"""
    funding: list[FundingInformation] | None = None
    """Full Collection funding information"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "version": "version",
        "url": "url",
        "funding": "funding",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CollectionVersions:
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
        if (value := values.pop("funding", None)) is not None:
            raw["funding"] = value
        else:
            values["funding"] = None
            if "funding" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _funding(v: Any) -> Any:
    return FundingInformation._from_list(v) if type(v) is list else v


_KNOWN = CollectionVersions._prepare({"funding": _funding})

# At the end: models may refer to each other.

from .funding_information import FundingInformation  # noqa: E402
