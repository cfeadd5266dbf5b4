from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class User(ResponseModel):
    """The ``User`` object."""

    id: int | None = None
    """User id"""
    first_name: str | None = None
    """First Name"""
    last_name: str | None = None
    """Last Name"""
    name: str | None = None
    """Full Name"""
    is_active: bool | None = None
    """Account activity status"""
    url_name: str | None = None
    """Name that appears in website url"""
    is_public: bool | None = None
    """Account public status"""
    job_title: str | None = None
    """User Job title"""
    orcid_id: str | None = None
    """Orcid associated to this User"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "first_name": "first_name",
        "last_name": "last_name",
        "name": "name",
        "is_active": "is_active",
        "url_name": "url_name",
        "is_public": "is_public",
        "job_title": "job_title",
        "orcid_id": "orcid_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> User:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.first_name = get("first_name")
        model.last_name = get("last_name")
        model.name = get("name")
        model.is_active = get("is_active")
        model.url_name = get("url_name")
        model.is_public = get("is_public")
        model.job_title = get("job_title")
        model.orcid_id = get("orcid_id")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(User._fields)
