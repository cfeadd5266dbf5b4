from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
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
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
        # Nested models are made on first read (_Nested): their JSON values wait in _raw. An absent or null
        # one is read from the instance dict, after additional_properties (to_dict() leaves it out unless
        # _keys names it).
        raw = {}
        if (value := values.pop("funding_list", None)) is not None:
            raw["funding_list"] = value
        else:
            values["funding_list"] = None
            if "funding_list" in src_dict:
                ordered = False
        if (value := values.pop("collaborators", None)) is not None:
            raw["collaborators"] = value
        else:
            values["collaborators"] = None
            if "collaborators" in src_dict:
                ordered = False
        if (value := values.pop("custom_fields", None)) is not None:
            raw["custom_fields"] = value
        else:
            values["custom_fields"] = None
            if "custom_fields" in src_dict:
                ordered = False
        if (value := values.pop("fields", None)) is not None:
            raw["fields"] = value
        else:
            values["fields"] = None
            if "fields" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _funding_list(v: Any) -> Any:
    return FundingInformation._from_list(v) if type(v) is list else v


def _collaborators(v: Any) -> Any:
    return Collaborator._from_list(v) if type(v) is list else v


def _custom_fields(v: Any) -> Any:
    return CustomArticleField._from_list(v) if type(v) is list else v


def _fields(v: Any) -> Any:
    return ProjectCompleteFieldsType0.from_dict(v) if type(v) is dict else v


_KNOWN = ProjectComplete._prepare(
    {"funding_list": _funding_list, "collaborators": _collaborators, "custom_fields": _custom_fields, "fields": _fields}
)

# At the end: models may refer to each other.

from .collaborator import Collaborator  # noqa: E402
from .custom_article_field import CustomArticleField  # noqa: E402
from .funding_information import FundingInformation  # noqa: E402
from .project_complete_fields_type_0 import ProjectCompleteFieldsType0  # noqa: E402
