from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
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
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        if _KNOWN.issuperset(src_dict):
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = User._prepare({})
