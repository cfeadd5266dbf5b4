from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class ProjectComplete(ResponseModel):
    """The ``ProjectComplete`` object."""

    id: int | None = None
    """Project id"""
    url: str | None = None
    """Api endpoint"""
    collaborators: list[Collaborator] | None = None
    """List of project collaborators"""
    figshare_url: str | None = None
    """Article public url"""
    created_date: str | None = None
    """Date when project was created"""
    modified_date: str | None = None
    """Date when project was last modified"""
    published_date: str | None = None
    """Date when first published"""
    fields: ProjectCompleteFieldsType0 | None = None
    """Item-type based metadata stock field values keyed by field name (e.g. funding_list). Only present when the
    project belongs to an institution with item-type based metadata enabled."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "url": "url",
        "collaborators": "collaborators",
        "figshare_url": "figshare_url",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "published_date": "published_date",
        "fields": "fields",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProjectComplete:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.url = get("url")
        v = get("collaborators")
        model.collaborators = (
            [(Collaborator.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        model.figshare_url = get("figshare_url")
        model.created_date = get("created_date")
        model.modified_date = get("modified_date")
        model.published_date = get("published_date")
        v = get("fields")
        model.fields = ProjectCompleteFieldsType0.from_dict(v) if type(v) is dict else v
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ProjectComplete._fields)

# At the end: models may refer to each other.

from figshare_api.models.collaborator import Collaborator  # noqa: E402
from figshare_api.models.project_complete_fields_type_0 import ProjectCompleteFieldsType0  # noqa: E402
