from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class Resource(RequestModel):
    """The ``Resource`` object."""

    id: str | Unset
    """ID of resource item"""
    title: str | Unset
    """Title of resource item"""
    doi: str | Unset
    """DOI of resource item"""
    link: str | Unset
    """Link of resource item"""
    status: str | Unset
    """Status of resource item"""
    version: int | Unset
    """Version of resource item"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "title": "title",
        "doi": "doi",
        "link": "link",
        "status": "status",
        "version": "version",
    }

    def __init__(
        self,
        *,
        id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        doi: str | Unset = UNSET,
        link: str | Unset = UNSET,
        status: str | Unset = UNSET,
        version: int | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.id = check(id, str, "Resource.id")
        self.title = check(title, str, "Resource.title")
        self.doi = check(doi, str, "Resource.doi")
        self.link = check(link, str, "Resource.link")
        self.status = check(status, str, "Resource.status")
        self.version = check(version, int, "Resource.version")
        self.additional_properties = {}
