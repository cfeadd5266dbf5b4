from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ProfileUpdateDataPersonalProfilesItem(RequestModel):
    """The ``ProfileUpdateDataPersonalProfilesItem`` object."""

    label: str | Unset
    """Label for the personal profile link"""
    url: str | Unset
    """URL for the personal profile link"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "label": "label",
        "url": "url",
    }

    def __init__(self, *, label: str | Unset = UNSET, url: str | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.label = check(label, str, "ProfileUpdateDataPersonalProfilesItem.label")
        self.url = check(url, str, "ProfileUpdateDataPersonalProfilesItem.url")
        self.additional_properties = {}
