from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class ProjectComplete(ResponseModel):
    """The ``ProjectComplete`` object."""

    url: str | None = None
    """Api endpoint"""
    id: int | None = None
    """Project id"""
    title: str | None = None
    """Project title"""
    created_date: str | None = None
    """Date when project was created"""
    modified_date: str | None = None
    """Date when project was last modified"""
    published_date: str | None = None
    """Date when project was first published, null if not published"""
    funding: str | None = None
    """Project funding"""
    funding_list: list[FundingInformation] | None = None
    """Full Project funding information"""
    description: str | None = None
    """Project description"""
    collaborators: list[Collaborator] | None = None
    """List of project collaborators"""
    custom_fields: list[CustomArticleField] | None = None
    """Project custom fields"""
    fields: ProjectCompleteFieldsType0 | None = None
    """Item-type based metadata stock field values keyed by field name (e.g. funding_list). Only present when the
    project belongs to an institution with item-type based metadata enabled."""
    figshare_url: str | None = None
    """Project public url"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "url": "url",
        "id": "id",
        "title": "title",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "published_date": "published_date",
        "funding": "funding",
        "funding_list": "funding_list",
        "description": "description",
        "collaborators": "collaborators",
        "custom_fields": "custom_fields",
        "fields": "fields",
        "figshare_url": "figshare_url",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProjectComplete:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.url = get("url")
        model.id = get("id")
        model.title = get("title")
        model.created_date = get("created_date")
        model.modified_date = get("modified_date")
        model.published_date = get("published_date")
        model.funding = get("funding")
        v = get("funding_list")
        model.funding_list = (
            [(FundingInformation.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        model.description = get("description")
        v = get("collaborators")
        model.collaborators = (
            [(Collaborator.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        v = get("custom_fields")
        model.custom_fields = (
            [(CustomArticleField.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        v = get("fields")
        model.fields = ProjectCompleteFieldsType0.from_dict(v) if type(v) is dict else v
        model.figshare_url = get("figshare_url")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ProjectComplete._fields)

# At the end: models may refer to each other.

from .collaborator import Collaborator  # noqa: E402
from .custom_article_field import CustomArticleField  # noqa: E402
from .funding_information import FundingInformation  # noqa: E402
from .project_complete_fields_type_0 import ProjectCompleteFieldsType0  # noqa: E402
