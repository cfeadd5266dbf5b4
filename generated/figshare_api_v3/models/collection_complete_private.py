from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class CollectionCompletePrivate(ResponseModel):
    """The ``CollectionCompletePrivate`` object."""

    id: int | None = None
    """Collection id"""
    doi: str | None = None
    """Collection DOI"""
    handle: str | None = None
    """Collection Handle"""
    url: str | None = None
    """Api endpoint"""
    version: int | None = None
    """Collection version"""
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
    group_id: int | None = None
    """Collection group"""
    group_resource_id: str | None = None
    """Group resource id"""
    institution_id: int | None = None
    """Collection institution"""
    items_count: int | None = None
    """Number of items in collection"""
    public: bool | None = None
    """True if collection is published"""
    created_date: str | None = None
    """Date when collection was created"""
    modified_date: str | None = None
    """Date when collection was last modified"""
    published_date: str | None = None
    """Date when first published"""
    fields: CollectionCompletePrivateFieldsType0 | None = None
    """Item-type based metadata field values keyed by field name. Only present when the collection belongs to an
    institution with item-type based metadata enabled. Scalar/text stock fields (e.g. publisher) and custom fields
    are returned as-is. Relational fields are hydrated on GET as follows: authors → [{id, name, first_name,
    last_name, is_active, url_name, orcid_id, affiliations}]; funding_list → [{id, title, grant_code, funder_name,
    is_user_defined, url}] (url only when a Dimensions grant id exists); related_materials → [{id, title, relation,
    identifier, identifier_type}]; categories → [{id, title, parent_id, path, source_id, taxonomy_id}]."""
    account_id: int | None = None
    """ID of the account owning the collection"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "doi": "doi",
        "handle": "handle",
        "url": "url",
        "version": "version",
        "resource_id": "resource_id",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "resource_link": "resource_link",
        "resource_version": "resource_version",
        "group_id": "group_id",
        "group_resource_id": "group_resource_id",
        "institution_id": "institution_id",
        "items_count": "items_count",
        "public": "public",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "published_date": "published_date",
        "fields": "fields",
        "account_id": "account_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CollectionCompletePrivate:
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


def _fields(v: Any) -> Any:
    return CollectionCompletePrivateFieldsType0.from_dict(v) if type(v) is dict else v


_KNOWN = CollectionCompletePrivate._prepare({"fields": _fields})

# At the end: models may refer to each other.

from figshare_api.models.collection_complete_private_fields_type_0 import CollectionCompletePrivateFieldsType0  # noqa: E402
