from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class FundingSearch(RequestModel):
    """The ``FundingSearch`` object."""

    search_for: str | Unset
    """Search term"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "search_for": "search_for",
    }

    def __init__(self, *, search_for: str | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.search_for = check(search_for, str, "FundingSearch.search_for")
        self.additional_properties = {}
