from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class TimelineUpdate(RequestModel):
    """Legacy timeline input (used by /v2/account/articles). Items with item-type based metadata do not use this object
    — pass dates as stock fields inside fields: {} instead."""

    first_online: str | Unset
    """Online posted date"""
    publisher_publication: str | Unset
    """Publish date"""
    publisher_acceptance: str | Unset
    """Date when the item was accepted for publication"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "firstOnline": "first_online",
        "publisherPublication": "publisher_publication",
        "publisherAcceptance": "publisher_acceptance",
    }

    def __init__(
        self,
        *,
        first_online: str | Unset = UNSET,
        publisher_publication: str | Unset = UNSET,
        publisher_acceptance: str | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.first_online = check(first_online, str, "TimelineUpdate.first_online")
        self.publisher_publication = check(publisher_publication, str, "TimelineUpdate.publisher_publication")
        self.publisher_acceptance = check(publisher_acceptance, str, "TimelineUpdate.publisher_acceptance")
        self.additional_properties = {}
