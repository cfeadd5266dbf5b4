from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ArticleCompletePrivate(ResponseModel):
    """The ``ArticleCompletePrivate`` object."""

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
    citation: str | None = None
    """Article citation"""
    confidential_reason: str | None = None
    """Confidentiality reason"""
    is_confidential: bool | None = None
    """Article Confidentiality"""
    size: int | None = None
    """Article size"""
    funding: str | None = None
    """Article funding"""
    funding_list: list[FundingInformation] | None = None
    """Full Article funding information"""
    tags: list[str] | None = None
    """List of article tags. Keywords can be used instead"""
    keywords: list[str] | None = None
    """List of article keywords. Tags can be used instead"""
    version: int | None = None
    """Article version"""
    is_metadata_record: bool | None = None
    """True if article has no files"""
    metadata_reason: str | None = None
    """Article metadata reason"""
    status: str | None = None
    """Article status"""
    description: str | None = None
    """Article description"""
    is_embargoed: bool | None = None
    """True if article is embargoed"""
    is_public: bool | None = None
    """True if article is published"""
    has_linked_file: bool | None = None
    """True if any files are linked to the article"""
    categories: list[Category] | None = None
    """List of categories selected for the article"""
    license_: License | None = None
    embargo_title: str | None = None
    """Title for embargo"""
    embargo_reason: str | None = None
    """Reason for embargo"""
    embargo_date: str | None = None
    """Date when the embargo expires and the article gets published, null if not embargoed"""
    embargo_type: str | None = None
    """Embargo level. Possible values: article, file"""
    references: list[str] | None = None
    """List of references"""
    related_materials: list[RelatedMaterialResponse] | None = None
    """List of related materials; supersedes references and resource DOI/title."""
    figshare_url: str | None = None
    """Article public url"""
    download_disabled: bool | None = None
    """If true, downloading of files for this article is disabled"""
    files: list[PrivateFile] | None = None
    """List of up to 10 article files, with their upload state."""
    folder_structure: ArticleCompletePrivateFolderStructureType0 | None = None
    """Mapping of file ids to folder paths, if folders are used"""
    authors: list[Author] | None = None
    """List of article authors"""
    custom_fields: list[CustomArticleField] | None = None
    """List of custom fields values"""
    embargo_options: list[GroupEmbargoOptions] | None = None
    """List of embargo options"""
    is_active: bool | None = None
    """False when the article has been deleted."""
    account_id: int | None = None
    """ID of the account owning the article"""
    curation_status: str | None = None
    """Curation status of the article"""
    group_resource_id: str | None = None
    """Group resource ID of the article"""
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
        "citation": "citation",
        "confidential_reason": "confidential_reason",
        "is_confidential": "is_confidential",
        "size": "size",
        "funding": "funding",
        "funding_list": "funding_list",
        "tags": "tags",
        "keywords": "keywords",
        "version": "version",
        "is_metadata_record": "is_metadata_record",
        "metadata_reason": "metadata_reason",
        "status": "status",
        "description": "description",
        "is_embargoed": "is_embargoed",
        "is_public": "is_public",
        "has_linked_file": "has_linked_file",
        "categories": "categories",
        "license": "license_",
        "embargo_title": "embargo_title",
        "embargo_reason": "embargo_reason",
        "embargo_date": "embargo_date",
        "embargo_type": "embargo_type",
        "references": "references",
        "related_materials": "related_materials",
        "figshare_url": "figshare_url",
        "download_disabled": "download_disabled",
        "files": "files",
        "folder_structure": "folder_structure",
        "authors": "authors",
        "custom_fields": "custom_fields",
        "embargo_options": "embargo_options",
        "is_active": "is_active",
        "account_id": "account_id",
        "curation_status": "curation_status",
        "group_resource_id": "group_resource_id",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ArticleCompletePrivate:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
            if "license" in values:
                values["license_"] = values.pop("license")
                ordered = False
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
        if (value := values.pop("funding_list", None)) is not None:
            raw["funding_list"] = value
        else:
            values["funding_list"] = None
            if "funding_list" in src_dict:
                ordered = False
        if (value := values.pop("categories", None)) is not None:
            raw["categories"] = value
        else:
            values["categories"] = None
            if "categories" in src_dict:
                ordered = False
        if (value := values.pop("license_", None)) is not None:
            raw["license_"] = value
        else:
            values["license_"] = None
            if "license" in src_dict:
                ordered = False
        if (value := values.pop("related_materials", None)) is not None:
            raw["related_materials"] = value
        else:
            values["related_materials"] = None
            if "related_materials" in src_dict:
                ordered = False
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
        if (value := values.pop("embargo_options", None)) is not None:
            raw["embargo_options"] = value
        else:
            values["embargo_options"] = None
            if "embargo_options" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _timeline(v: Any) -> Any:
    return Timeline.from_dict(v) if type(v) is dict else v


def _funding_list(v: Any) -> Any:
    return FundingInformation._from_list(v) if type(v) is list else v


def _categories(v: Any) -> Any:
    return Category._from_list(v) if type(v) is list else v


def _license_(v: Any) -> Any:
    return License.from_dict(v) if type(v) is dict else v


def _related_materials(v: Any) -> Any:
    return RelatedMaterialResponse._from_list(v) if type(v) is list else v


def _files(v: Any) -> Any:
    return PrivateFile._from_list(v) if type(v) is list else v


def _folder_structure(v: Any) -> Any:
    return ArticleCompletePrivateFolderStructureType0.from_dict(v) if type(v) is dict else v


def _authors(v: Any) -> Any:
    return Author._from_list(v) if type(v) is list else v


def _custom_fields(v: Any) -> Any:
    return CustomArticleField._from_list(v) if type(v) is list else v


def _embargo_options(v: Any) -> Any:
    return GroupEmbargoOptions._from_list(v) if type(v) is list else v


_KNOWN = ArticleCompletePrivate._prepare(
    {
        "timeline": _timeline,
        "funding_list": _funding_list,
        "categories": _categories,
        "license_": _license_,
        "related_materials": _related_materials,
        "files": _files,
        "folder_structure": _folder_structure,
        "authors": _authors,
        "custom_fields": _custom_fields,
        "embargo_options": _embargo_options,
    }
)

# At the end: models may refer to each other.

from .article_complete_private_folder_structure_type_0 import ArticleCompletePrivateFolderStructureType0  # noqa: E402
from .author import Author  # noqa: E402
from .category import Category  # noqa: E402
from .custom_article_field import CustomArticleField  # noqa: E402
from .funding_information import FundingInformation  # noqa: E402
from .group_embargo_options import GroupEmbargoOptions  # noqa: E402
from .license_ import License  # noqa: E402
from .private_file import PrivateFile  # noqa: E402
from .related_material_response import RelatedMaterialResponse  # noqa: E402
from .timeline import Timeline  # noqa: E402
