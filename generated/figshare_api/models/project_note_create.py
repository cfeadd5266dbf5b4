from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class ProjectNoteCreate(RequestModel):
    """The ``ProjectNoteCreate`` object."""

    text: str
    """Text of the note"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "text": "text",
    }

    def __init__(self, text: str) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.text = check(text, str, "ProjectNoteCreate.text")
        self.additional_properties = {}
