from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class ConfidentialityCreator(RequestModel):
    """The ``ConfidentialityCreator`` object."""

    reason: str
    """Reason for confidentiality"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "reason": "reason",
    }

    def __init__(self, reason: str) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.reason = check(reason, str, "ConfidentialityCreator.reason")
        self.additional_properties = {}
