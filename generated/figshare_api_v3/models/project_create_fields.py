from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import RequestModel


@define(init=False)
class ProjectCreateFields(RequestModel):
    """Item-type based metadata, keyed by field name. Holds core fields (title, description, keywords), stock fields
    (e.g. publisher, journal, funding_list), and any custom fields configured for the institution. 'title' is
    required on create. Use the GET /account/{items,collections,projects}/fields catalog endpoints to discover the
    available field names."""

    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {}

    def __init__(self) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.additional_properties = {}
