from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ProjectCompletePrivate(ResponseModel):
    """The ``ProjectCompletePrivate`` object."""

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
    fields: ProjectCompletePrivateFieldsType0 | None = None
    """Item-type based metadata stock field values keyed by field name (e.g. funding_list). Only present when the
    project belongs to an institution with item-type based metadata enabled."""
    role: str | None = None
    """Role inside this project"""
    storage: str | None = None
    """Project storage type"""
    group_id: int | None = None
    """Group of project if any"""
    account_id: int | None = None
    """ID of the account owning the project"""
    quota: int | None = None
    """Project quota"""
    used_quota: int | None = None
    """Project used quota"""
    used_quota_private: int | None = None
    """Project private quota used"""
    used_quota_public: int | None = None
    """Project public quota used"""
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
        "role": "role",
        "storage": "storage",
        "group_id": "group_id",
        "account_id": "account_id",
        "quota": "quota",
        "used_quota": "used_quota",
        "used_quota_private": "used_quota_private",
        "used_quota_public": "used_quota_public",
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
        if (value := values.pop("collaborators", None)) is not None:
            raw["collaborators"] = value
        else:
            values["collaborators"] = None
            if "collaborators" in src_dict:
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


def _collaborators(v: Any) -> Any:
    return Collaborator._from_list(v) if type(v) is list else v


def _fields(v: Any) -> Any:
    return ProjectCompletePrivateFieldsType0.from_dict(v) if type(v) is dict else v


_KNOWN = ProjectCompletePrivate._prepare({"collaborators": _collaborators, "fields": _fields})

# At the end: models may refer to each other.

from figshare_api.models.collaborator import Collaborator  # noqa: E402
from figshare_api.models.project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0  # noqa: E402
