from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import RequestModel


@define(init=False)
class CollectionCreateFields(RequestModel):
    """Institutions with item-type based metadata only: all metadata fields keyed by underlying field name (e.g. title,
    description, keywords, publisher, funding_list). When present, the fields object is the authoritative source for
    all metadata; top-level metadata keys are ignored. `categories` inside `fields` is a list of objects, each
    identified by either an `id` (integer) or a `source_id` (string); entries may be mixed. Unresolved `source_id`
    values are reported in the response `warnings` array."""

    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {}

    def __init__(self) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.additional_properties = {}
