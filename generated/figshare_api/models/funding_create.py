from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class FundingCreate(RequestModel):
    """The ``FundingCreate`` object."""

    id: int | Unset
    """A funding ID as returned by the Funding Search endpoint. Use either id or title, not both."""
    title: str | Unset
    """The title of the new user created funding. Use either title or id, not both."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "title": "title",
    }

    def __init__(self, *, id: int | Unset = UNSET, title: str | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.id = check(id, int, "FundingCreate.id")
        self.title = check(title, str, "FundingCreate.title")
        self.additional_properties = {}
