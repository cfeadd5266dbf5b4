from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
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
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.title = get("title")
        model.doi = get("doi")
        model.handle = get("handle")
        model.url = get("url")
        model.url_public_html = get("url_public_html")
        model.url_public_api = get("url_public_api")
        model.url_private_html = get("url_private_html")
        model.url_private_api = get("url_private_api")
        v = get("timeline")
        model.timeline = Timeline.from_dict(v) if type(v) is dict else v
        model.thumb = get("thumb")
        model.defined_type = get("defined_type")
        model.defined_type_name = get("defined_type_name")
        model.resource_doi = get("resource_doi")
        model.resource_title = get("resource_title")
        model.created_date = get("created_date")
        model.modified_date = get("modified_date")
        model.published_date = get("published_date")
        model.group_id = get("group_id")
        model.citation = get("citation")
        model.confidential_reason = get("confidential_reason")
        model.is_confidential = get("is_confidential")
        model.size = get("size")
        model.funding = get("funding")
        v = get("funding_list")
        model.funding_list = (
            [(FundingInformation.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        model.tags = get("tags")
        model.keywords = get("keywords")
        model.version = get("version")
        model.is_metadata_record = get("is_metadata_record")
        model.metadata_reason = get("metadata_reason")
        model.status = get("status")
        model.description = get("description")
        model.is_embargoed = get("is_embargoed")
        model.is_public = get("is_public")
        model.has_linked_file = get("has_linked_file")
        v = get("categories")
        model.categories = [(Category.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        v = get("license")
        model.license_ = License.from_dict(v) if type(v) is dict else v
        model.embargo_title = get("embargo_title")
        model.embargo_reason = get("embargo_reason")
        model.embargo_date = get("embargo_date")
        model.embargo_type = get("embargo_type")
        model.references = get("references")
        v = get("related_materials")
        model.related_materials = (
            [(RelatedMaterialResponse.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        model.figshare_url = get("figshare_url")
        model.download_disabled = get("download_disabled")
        v = get("files")
        model.files = [(PrivateFile.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        v = get("folder_structure")
        model.folder_structure = ArticleCompletePrivateFolderStructureType0.from_dict(v) if type(v) is dict else v
        v = get("authors")
        model.authors = [(Author.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        v = get("custom_fields")
        model.custom_fields = (
            [(CustomArticleField.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        v = get("embargo_options")
        model.embargo_options = (
            [(GroupEmbargoOptions.from_dict(i0) if type(i0) is dict else i0) for i0 in v] if type(v) is list else v
        )
        model.is_active = get("is_active")
        model.account_id = get("account_id")
        model.curation_status = get("curation_status")
        model.group_resource_id = get("group_resource_id")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ArticleCompletePrivate._fields)

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
