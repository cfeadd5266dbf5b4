from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
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
        model.fields = ProjectCompletePrivateFieldsType0.from_dict(v) if type(v) is dict else v
        model.role = get("role")
        model.storage = get("storage")
        model.group_id = get("group_id")
        model.account_id = get("account_id")
        model.quota = get("quota")
        model.used_quota = get("used_quota")
        model.used_quota_private = get("used_quota_private")
        model.used_quota_public = get("used_quota_public")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ProjectCompletePrivate._fields)

# At the end: models may refer to each other.

from figshare_api.models.collaborator import Collaborator  # noqa: E402
from figshare_api.models.project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0  # noqa: E402
