from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ProjectUpdate(RequestModel):
    """v3 project update payload. Send only the metadata that changes inside 'fields'. The project group cannot be
    changed."""

    fields: ProjectUpdateFields | Unset
    """Item-type based metadata, keyed by field name. Holds core fields (title, description, keywords), stock fields
    (e.g. publisher, journal, funding_list), and any custom fields configured for the institution. 'title' is
    required on create. Use the GET /account/{items,collections,projects}/fields catalog endpoints to discover the
    available field names."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "fields": "fields",
    }

    def __init__(self, *, fields: ProjectUpdateFields | Mapping[str, Any] | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.fields = check(fields, ProjectUpdateFields, "ProjectUpdate.fields")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .project_update_fields import ProjectUpdateFields  # noqa: E402
