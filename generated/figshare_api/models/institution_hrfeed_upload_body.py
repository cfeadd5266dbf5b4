from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, File, RequestModel, Unset, check


@define(init=False)
class InstitutionHrfeedUploadBody(RequestModel):
    """The ``InstitutionHrfeedUploadBody`` object."""

    hrfeed: File | Unset
    """You can find an example in the Hr Feed section"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "hrfeed": "hrfeed",
    }

    def __init__(self, *, hrfeed: File | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.hrfeed = check(hrfeed, File, "InstitutionHrfeedUploadBody.hrfeed")
        self.additional_properties = {}
