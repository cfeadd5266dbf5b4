from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ArticleWithProject(ResponseModel):
    """The ``ArticleWithProject`` object."""

    id: int | None = None
    """Unique identifier for article"""
    title: str | None = None
    """Title of article"""
    doi: str | None = None
    """DOI"""
    handle: str | None = None
    """Handle"""
    url: str | None = None
    """Api endpoint for article"""
    url_public_html: str | None = None
    """Public site endpoint for article"""
    url_public_api: str | None = None
    """Public Api endpoint for article"""
    url_private_html: str | None = None
    """Private site endpoint for article"""
    url_private_api: str | None = None
    """Private Api endpoint for article"""
    timeline: Timeline | None = None
    thumb: str | None = None
    """Thumbnail image"""
    defined_type: int | None = None
    """Type of article identifier"""
    defined_type_name: str | None = None
    """Name of the article type identifier"""
    resource_doi: str | None = None
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article DOI."""
    resource_title: str | None = None
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article title."""
    created_date: str | None = None
    """Date when article was created"""
    modified_date: str | None = None
    """Date when article was last modified"""
    published_date: str | None = None
    """Date when article was first published, null if not published"""
    group_id: int | None = None
    """Group ID of the article"""
    project_id: int | None = None
    """Project id for this article."""
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
        "timeline": "timeline",
        "thumb": "thumb",
        "defined_type": "defined_type",
        "defined_type_name": "defined_type_name",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "published_date": "published_date",
        "group_id": "group_id",
        "project_id": "project_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ArticleWithProject:
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
        if (value := values.pop("timeline", None)) is not None:
            raw["timeline"] = value
        else:
            values["timeline"] = None
            if "timeline" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _timeline(v: Any) -> Any:
    return Timeline.from_dict(v) if type(v) is dict else v


_KNOWN = ArticleWithProject._prepare({"timeline": _timeline})

# At the end: models may refer to each other.

from .timeline import Timeline  # noqa: E402
