from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
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
        get = src_dict.get
        model = cls.__new__(cls)
        model.version = get("version")
        model.url = get("url")
        v = get("funding")
        model.funding = (
            [(FundingInformation.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(CollectionVersions._fields)

# At the end: models may refer to each other.

from .funding_information import FundingInformation  # noqa: E402
