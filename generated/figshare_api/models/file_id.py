from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class FileId(RequestModel):
    """The ``FileId`` object."""

    file_id: int | Unset
    """File ID"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "file_id": "file_id",
    }

    def __init__(self, *, file_id: int | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.file_id = check(file_id, int, "FileId.file_id")
        self.additional_properties = {}
