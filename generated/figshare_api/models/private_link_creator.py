from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class PrivateLinkCreator(RequestModel):
    """The ``PrivateLinkCreator`` object."""

    expires_date: str | Unset
    """Date when this private link should expire - optional. By default private links expire in 365 days."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "expires_date": "expires_date",
    }

    def __init__(self, *, expires_date: str | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.expires_date = check(expires_date, str, "PrivateLinkCreator.expires_date")
        self.additional_properties = {}
