from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class CollectionComplete(ResponseModel):
    """The ``CollectionComplete`` object."""

    id: int | None = None
    """Collection id"""
    title: str | None = None
    """Collection title"""
    doi: str | None = None
    """Collection DOI"""
    handle: str | None = None
    """Collection Handle"""
    url: str | None = None
    """Api endpoint"""
    timeline: Timeline | None = None
    published_date: str | None = None
    """Date when collection was first published, null if not published"""
    funding: list[FundingInformation] | None = None
    """Full Collection funding information"""
    resource_id: str | None = None
    """Collection resource id"""
    resource_doi: str | None = None
    """Collection resource doi"""
    resource_title: str | None = None
    """Collection resource title"""
    resource_link: str | None = None
    """Collection resource link"""
    resource_version: int | None = None
    """Collection resource version"""
    version: int | None = None
    """Collection version"""
    description: str | None = None
    """Collection description"""
    categories: list[Category] | None = None
    """List of collection categories"""
    references: list[str] | None = None
    """List of collection references"""
    related_materials: list[RelatedMaterialResponse] | None = None
    """List of related materials; supersedes references and resource DOI/title."""
    tags: list[str] | None = None
    """List of collection tags. Keywords can be used instead"""
    keywords: list[str] | None = None
    """List of collection keywords. Tags can be used instead"""
    authors: list[Author] | None = None
    """List of collection authors"""
    institution_id: int | None = None
    """Collection institution"""
    group_id: int | None = None
    """Collection group"""
    articles_count: int | None = None
    """Number of articles in collection"""
    public: bool | None = None
    """True if collection is published"""
    citation: str | None = None
    """Collection citation"""
    custom_fields: list[CustomArticleField] | None = None
    """Collection custom fields"""
    modified_date: str | None = None
    """Date when collection was last modified"""
    created_date: str | None = None
    """Date when collection was created"""
    fields: CollectionCompleteFieldsType0 | None = None
    """Item-type based metadata field values keyed by field name. Only present when the collection belongs to an
    institution with item-type based metadata enabled. Scalar/text stock fields (e.g. publisher) and custom fields
    are returned as-is. Relational fields are hydrated on GET as follows: authors → [{id, name, first_name,
    last_name, is_active, url_name, orcid_id, affiliations}]; funding_list → [{id, title, grant_code, funder_name,
    is_user_defined, url}] (url only when a Dimensions grant id exists); related_materials → [{id, title, relation,
    identifier, identifier_type}]; categories → [{id, title, parent_id, path, source_id, taxonomy_id}]."""
    group_resource_id: str | None = None
    """Group resource ID of the collection"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "title": "title",
        "doi": "doi",
        "handle": "handle",
        "url": "url",
        "timeline": "timeline",
        "published_date": "published_date",
        "funding": "funding",
        "resource_id": "resource_id",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "resource_link": "resource_link",
        "resource_version": "resource_version",
        "version": "version",
        "description": "description",
        "categories": "categories",
        "references": "references",
        "related_materials": "related_materials",
        "tags": "tags",
        "keywords": "keywords",
        "authors": "authors",
        "institution_id": "institution_id",
        "group_id": "group_id",
        "articles_count": "articles_count",
        "public": "public",
        "citation": "citation",
        "custom_fields": "custom_fields",
        "modified_date": "modified_date",
        "created_date": "created_date",
        "fields": "fields",
        "group_resource_id": "group_resource_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CollectionComplete:
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
        if (value := values.pop("funding", None)) is not None:
            raw["funding"] = value
        else:
            values["funding"] = None
            if "funding" in src_dict:
                ordered = False
        if (value := values.pop("categories", None)) is not None:
            raw["categories"] = value
        else:
            values["categories"] = None
            if "categories" in src_dict:
                ordered = False
        if (value := values.pop("related_materials", None)) is not None:
            raw["related_materials"] = value
        else:
            values["related_materials"] = None
            if "related_materials" in src_dict:
                ordered = False
        if (value := values.pop("authors", None)) is not None:
            raw["authors"] = value
        else:
            values["authors"] = None
            if "authors" in src_dict:
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


def _timeline(v: Any) -> Any:
    return Timeline.from_dict(v) if type(v) is dict else v


def _funding(v: Any) -> Any:
    return FundingInformation._from_list(v) if type(v) is list else v


def _categories(v: Any) -> Any:
    return Category._from_list(v) if type(v) is list else v


def _related_materials(v: Any) -> Any:
    return RelatedMaterialResponse._from_list(v) if type(v) is list else v


def _authors(v: Any) -> Any:
    return Author._from_list(v) if type(v) is list else v


def _custom_fields(v: Any) -> Any:
    return CustomArticleField._from_list(v) if type(v) is list else v


def _fields(v: Any) -> Any:
    return CollectionCompleteFieldsType0.from_dict(v) if type(v) is dict else v


_KNOWN = CollectionComplete._prepare(
    {
        "timeline": _timeline,
        "funding": _funding,
        "categories": _categories,
        "related_materials": _related_materials,
        "authors": _authors,
        "custom_fields": _custom_fields,
        "fields": _fields,
    }
)

# At the end: models may refer to each other.

from .author import Author  # noqa: E402
from .category import Category  # noqa: E402
from .collection_complete_fields_type_0 import CollectionCompleteFieldsType0  # noqa: E402
from .custom_article_field import CustomArticleField  # noqa: E402
from .funding_information import FundingInformation  # noqa: E402
from .related_material_response import RelatedMaterialResponse  # noqa: E402
from .timeline import Timeline  # noqa: E402
