from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ItemWithProject(ResponseModel):
    """The ``ItemWithProject`` object."""

    id: int | None = None
    """Unique identifier for item"""
    title: str | None = None
    """Title of item"""
    doi: str | None = None
    """DOI"""
    handle: str | None = None
    """Handle"""
    url: str | None = None
    """Api endpoint for item"""
    url_public_html: str | None = None
    """Public site endpoint for item"""
    url_public_api: str | None = None
    """Public Api endpoint for item"""
    url_private_html: str | None = None
    """Private site endpoint for item"""
    url_private_api: str | None = None
    """Private Api endpoint for item"""
    thumb: str | None = None
    """Thumbnail image"""
    item_type_id: int | None = None
    """Item type id"""
    item_type_name: str | None = None
    """Item type name"""
    resource_doi: str | None = None
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    item DOI."""
    resource_title: str | None = None
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    item title."""
    created_date: str | None = None
    """Date when item was created"""
    modified_date: str | None = None
    """Date when item was last modified"""
    published_date: str | None = None
    """Date when item was first published, null if not published"""
    group_id: int | None = None
    """Group ID of the item"""
    project_id: int | None = None
    """Project id for this item."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "title": "title",
        "doi": "doi",
        "handle": "handle",
        "url": "url",
        "url_public_html": "url_public_html",
        "url_public_api": "url_public_api",
        "url_private_html": "url_private_html",
        "url_private_api": "url_private_api",
        "thumb": "thumb",
        "item_type_id": "item_type_id",
        "item_type_name": "item_type_name",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "published_date": "published_date",
        "group_id": "group_id",
        "project_id": "project_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemWithProject:
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


_KNOWN = ItemWithProject._prepare({})
