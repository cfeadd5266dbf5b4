from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ItemComplete(ResponseModel):
    """Full item representation including item-type based metadata fields (public). Same as ArticleComplete plus
    optional fields property."""

    id: int | None = None
    """Unique identifier for article"""
    doi: str | None = None
    """DOI"""
    handle: str | None = None
    """Handle"""
    url: str | None = None
    """Api endpoint for article"""
    url_private_api: str | None = None
    """Private Api endpoint for article"""
    url_public_api: str | None = None
    """Public Api endpoint for article"""
    url_private_html: str | None = None
    """Private site endpoint for article"""
    url_public_html: str | None = None
    """Public site endpoint for article"""
    figshare_url: str | None = None
    """Article public url"""
    thumb: str | None = None
    """Thumbnail image"""
    files: list[PublicFile] | None = None
    """List of up to 10 article files."""
    folder_structure: ItemCompleteFolderStructureType0 | None = None
    """Mapping of file ids to folder paths, if folders are used"""
    size: int | None = None
    """Article size"""
    status: str | None = None
    """Article status"""
    version: int | None = None
    """Article version"""
    item_type_id: int | None = None
    """Item type identifier."""
    item_type_name: str | None = None
    """Human-readable item type name (e.g. "dataset", "journal article")."""
    group_id: int | None = None
    """Group id"""
    resource_doi: str | None = None
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article DOI."""
    resource_title: str | None = None
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article title."""
    is_public: bool | None = None
    """True if article is published"""
    is_metadata_record: bool | None = None
    """True if article has no files"""
    metadata_reason: str | None = None
    """Article metadata reason"""
    is_confidential: bool | None = None
    """Article Confidentiality"""
    confidential_reason: str | None = None
    """Confidentiality reason"""
    download_disabled: bool | None = None
    """If true, downloading of files for this article is disabled"""
    is_embargoed: bool | None = None
    """True if article is embargoed"""
    embargo_type: str | None = None
    """Embargo can be enabled at the article or the file level. Possible values: article, file"""
    embargo_date: str | None = None
    """Date when the embargo expires and the article gets published, '0' value will set up permanent embargo"""
    embargo_title: str | None = None
    """Title for embargo"""
    embargo_reason: str | None = None
    """Reason for embargo"""
    embargo_options: list[GroupEmbargoOptions] | None = None
    """List of embargo options"""
    created_date: str | None = None
    """Date when article was created"""
    modified_date: str | None = None
    """Date of last modification"""
    published_date: str | None = None
    """Date when first published"""
    fields: ItemCompleteFieldsType0 | None = None
    """Item-type based metadata field values keyed by field name. Only present for items with item-type based metadata
    enabled. Scalar/text/date/dropdown stock fields and custom fields are returned as-is. Relational fields are
    hydrated on GET as follows: authors → [{id, name, first_name, last_name, is_active, url_name, orcid_id,
    affiliations}]; funding_list → [{id, title, grant_code, funder_name, is_user_defined, url}] (url only when a
    Dimensions grant id exists); related_materials → [{id, title, relation, identifier, identifier_type}];
    categories → [{id, title, parent_id, path, source_id, taxonomy_id}]; licence → {id, value, name, url}."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "doi": "doi",
        "handle": "handle",
        "url": "url",
        "url_private_api": "url_private_api",
        "url_public_api": "url_public_api",
        "url_private_html": "url_private_html",
        "url_public_html": "url_public_html",
        "figshare_url": "figshare_url",
        "thumb": "thumb",
        "files": "files",
        "folder_structure": "folder_structure",
        "size": "size",
        "status": "status",
        "version": "version",
        "item_type_id": "item_type_id",
        "item_type_name": "item_type_name",
        "group_id": "group_id",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "is_public": "is_public",
        "is_metadata_record": "is_metadata_record",
        "metadata_reason": "metadata_reason",
        "is_confidential": "is_confidential",
        "confidential_reason": "confidential_reason",
        "download_disabled": "download_disabled",
        "is_embargoed": "is_embargoed",
        "embargo_type": "embargo_type",
        "embargo_date": "embargo_date",
        "embargo_title": "embargo_title",
        "embargo_reason": "embargo_reason",
        "embargo_options": "embargo_options",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "published_date": "published_date",
        "fields": "fields",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemComplete:
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
        if (value := values.pop("files", None)) is not None:
            raw["files"] = value
        else:
            values["files"] = None
            if "files" in src_dict:
                ordered = False
        if (value := values.pop("folder_structure", None)) is not None:
            raw["folder_structure"] = value
        else:
            values["folder_structure"] = None
            if "folder_structure" in src_dict:
                ordered = False
        if (value := values.pop("embargo_options", None)) is not None:
            raw["embargo_options"] = value
        else:
            values["embargo_options"] = None
            if "embargo_options" in src_dict:
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


def _files(v: Any) -> Any:
    return PublicFile._from_list(v) if type(v) is list else v


def _folder_structure(v: Any) -> Any:
    return ItemCompleteFolderStructureType0.from_dict(v) if type(v) is dict else v


def _embargo_options(v: Any) -> Any:
    return GroupEmbargoOptions._from_list(v) if type(v) is list else v


def _fields(v: Any) -> Any:
    return ItemCompleteFieldsType0.from_dict(v) if type(v) is dict else v


_KNOWN = ItemComplete._prepare(
    {"files": _files, "folder_structure": _folder_structure, "embargo_options": _embargo_options, "fields": _fields}
)

# At the end: models may refer to each other.

from figshare_api.models.group_embargo_options import GroupEmbargoOptions  # noqa: E402
from figshare_api.models.public_file import PublicFile  # noqa: E402

from .item_complete_fields_type_0 import ItemCompleteFieldsType0  # noqa: E402
from .item_complete_folder_structure_type_0 import ItemCompleteFolderStructureType0  # noqa: E402
