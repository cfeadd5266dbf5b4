from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ProjectCompletePrivate(ResponseModel):
    """The ``ProjectCompletePrivate`` object."""

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
    role: str | None = None
    """Role inside this project"""
    storage: str | None = None
    """Project storage type"""
    funding: str | None = None
    """Project funding"""
    funding_list: list[FundingInformation] | None = None
    """Full Project funding information"""
    description: str | None = None
    """Project description"""
    collaborators: list[Collaborator] | None = None
    """List of project collaborators"""
    quota: int | None = None
    """Project quota"""
    used_quota: int | None = None
    """Project used quota"""
    used_quota_private: int | None = None
    """Project private quota used"""
    used_quota_public: int | None = None
    """Project public quota used"""
    group_id: int | None = None
    """Group of project if any"""
    account_id: int | None = None
    """ID of the account owning the project"""
    custom_fields: list[ShortCustomField] | None = None
    """Collection custom fields"""
    fields: ProjectCompletePrivateFieldsType0 | None = None
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
        "role": "role",
        "storage": "storage",
        "funding": "funding",
        "funding_list": "funding_list",
        "description": "description",
        "collaborators": "collaborators",
        "quota": "quota",
        "used_quota": "used_quota",
        "used_quota_private": "used_quota_private",
        "used_quota_public": "used_quota_public",
        "group_id": "group_id",
        "account_id": "account_id",
        "custom_fields": "custom_fields",
        "fields": "fields",
        "figshare_url": "figshare_url",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProjectCompletePrivate:
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
    return ShortCustomField._from_list(v) if type(v) is list else v


def _fields(v: Any) -> Any:
    return ProjectCompletePrivateFieldsType0.from_dict(v) if type(v) is dict else v


_KNOWN = ProjectCompletePrivate._prepare(
    {"funding_list": _funding_list, "collaborators": _collaborators, "custom_fields": _custom_fields, "fields": _fields}
)

# At the end: models may refer to each other.

from .collaborator import Collaborator  # noqa: E402
from .funding_information import FundingInformation  # noqa: E402
from .project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0  # noqa: E402
from .short_custom_field import ShortCustomField  # noqa: E402
