from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class Timeline(ResponseModel):
    """The ``Timeline`` object."""

    first_online: str | None = None
    """Online posted date"""
    publisher_publication: str | None = None
    """Publish date"""
    publisher_acceptance: str | None = None
    """Date when the item was accepted for publication"""
    posted: str | None = None
    """Posted date"""
    submission: str | None = None
    """Submission date in curation (if curated)"""
    revision: str | None = None
    """Revision date from curation (if curated)"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "firstOnline": "first_online",
        "publisherPublication": "publisher_publication",
        "publisherAcceptance": "publisher_acceptance",
        "posted": "posted",
        "submission": "submission",
        "revision": "revision",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Timeline:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
            if "firstOnline" in values:
                values["first_online"] = values.pop("firstOnline")
                ordered = False
            if "publisherPublication" in values:
                values["publisher_publication"] = values.pop("publisherPublication")
                ordered = False
            if "publisherAcceptance" in values:
                values["publisher_acceptance"] = values.pop("publisherAcceptance")
                ordered = False
        else:
            model._rekey(src_dict)
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = Timeline._prepare({})
