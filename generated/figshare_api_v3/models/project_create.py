from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ProjectCreate(RequestModel):
    """v3 project creation payload. All metadata goes inside 'fields'; only group_id stays top-level."""

    group_id: int | None | Unset
    """Group to create the project under (institutional accounts); omit for an individual project."""
    fields: ProjectCreateFields | Unset
    """Item-type based metadata, keyed by field name. Holds core fields (title, description, keywords), stock fields
    (e.g. publisher, journal, funding_list), and any custom fields configured for the institution. 'title' is
    required on create. Use the GET /account/{items,collections,projects}/fields catalog endpoints to discover the
    available field names."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "group_id": "group_id",
        "fields": "fields",
    }

    def __init__(
        self, *, group_id: int | None | Unset = UNSET, fields: ProjectCreateFields | Mapping[str, Any] | Unset = UNSET
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.group_id = check(
            group_id,
            (
                int,
                None,
            ),
            "ProjectCreate.group_id",
        )
        self.fields = check(fields, ProjectCreateFields, "ProjectCreate.fields")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .project_create_fields import ProjectCreateFields  # noqa: E402
