from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ArticleCreate(RequestModel):
    """The ``ArticleCreate`` object."""

    title: str
    """Title of article"""
    description: str | Unset
    """The article description. In a publisher case, usually this is the remote article description"""
    is_metadata_record: bool | Unset
    """True if article has no files"""
    metadata_reason: str | Unset
    """Article metadata reason"""
    tags: list[str] | Unset
    """List of tags to be associated with the article. Keywords can be used instead"""
    keywords: list[str] | Unset
    """List of tags to be associated with the article. Tags can be used instead"""
    references: list[str] | Unset
    """List of links to be associated with the article (e.g ["http://link1", "http://link2", "http://link3"])"""
    related_materials: list[RelatedMaterial] | Unset
    """List of related materials; supersedes references and resource DOI/title."""
    categories: list[int] | Unset
    """List of category ids to be associated with the article(e.g [1, 23, 33, 66])"""
    categories_by_source_id: list[str] | Unset
    """List of category source ids to be associated with the article, supersedes the categories property"""
    authors: list[AuthorInput] | Unset
    """List of authors to be associated with the article. The list can contain the following fields: id, name,
    first_name, last_name, email, orcid_id. If an id is supplied, it will take priority and everything else will be
    ignored. For adding more authors use the specific authors endpoint."""
    custom_fields: ArticleCreateCustomFields | Unset
    """List of key, values pairs to be associated with the article"""
    custom_fields_list: list[CustomArticleFieldAdd] | Unset
    """List of custom fields values, supersedes custom_fields parameter"""
    defined_type: str | Unset
    """**One of:** `figure`, `online resource`, `preprint`, `book`, `conference contribution`, `media`, `dataset`,
    `poster`, `journal contribution`, `presentation`, `thesis`, `software`"""
    funding: str | Unset
    """Grant number or funding authority"""
    funding_list: list[FundingCreate] | Unset
    """Funding creation / update items"""
    license_: int | Unset
    """License id for this article."""
    doi: str | Unset
    """Not applicable for regular users. In an institutional case, make sure your group supports setting DOIs. This
    setting is applied by figshare via opening a ticket through our support/helpdesk system."""
    handle: str | Unset
    """Not applicable for regular users. In an institutional case, make sure your group supports setting Handles. This
    setting is applied by figshare via opening a ticket through our support/helpdesk system."""
    resource_doi: str | Unset
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article DOI."""
    resource_title: str | Unset
    """Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article title."""
    timeline: TimelineUpdate | Unset
    """Legacy timeline input (used by /v2/account/articles). Items with item-type based metadata do not use this object
    — pass dates as stock fields inside fields: {} instead."""
    group_id: int | Unset
    """Not applicable to regular users. This field is reserved to institutions/publishers with access to assign to
    specific groups"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "title": "title",
        "description": "description",
        "is_metadata_record": "is_metadata_record",
        "metadata_reason": "metadata_reason",
        "tags": "tags",
        "keywords": "keywords",
        "references": "references",
        "related_materials": "related_materials",
        "categories": "categories",
        "categories_by_source_id": "categories_by_source_id",
        "authors": "authors",
        "custom_fields": "custom_fields",
        "custom_fields_list": "custom_fields_list",
        "defined_type": "defined_type",
        "funding": "funding",
        "funding_list": "funding_list",
        "license": "license_",
        "doi": "doi",
        "handle": "handle",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "timeline": "timeline",
        "group_id": "group_id",
    }

    def __init__(
        self,
        title: str,
        *,
        description: str | Unset = UNSET,
        is_metadata_record: bool | Unset = UNSET,
        metadata_reason: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        keywords: Sequence[str] | Unset = UNSET,
        references: Sequence[str] | Unset = UNSET,
        related_materials: Sequence[RelatedMaterial | Mapping[str, Any]] | Unset = UNSET,
        categories: Sequence[int] | Unset = UNSET,
        categories_by_source_id: Sequence[str] | Unset = UNSET,
        authors: Sequence[AuthorInput | Mapping[str, Any]] | Unset = UNSET,
        custom_fields: ArticleCreateCustomFields | Mapping[str, Any] | Unset = UNSET,
        custom_fields_list: Sequence[CustomArticleFieldAdd | Mapping[str, Any]] | Unset = UNSET,
        defined_type: str | Unset = UNSET,
        funding: str | Unset = UNSET,
        funding_list: Sequence[FundingCreate | Mapping[str, Any]] | Unset = UNSET,
        license_: int | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        resource_title: str | Unset = UNSET,
        timeline: TimelineUpdate | Mapping[str, Any] | Unset = UNSET,
        group_id: int | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.title = check(title, str, "ArticleCreate.title")
        self.description = check(description, str, "ArticleCreate.description")
        self.is_metadata_record = check(is_metadata_record, bool, "ArticleCreate.is_metadata_record")
        self.metadata_reason = check(metadata_reason, str, "ArticleCreate.metadata_reason")
        self.tags = check(tags, [str], "ArticleCreate.tags")
        self.keywords = check(keywords, [str], "ArticleCreate.keywords")
        self.references = check(references, [str], "ArticleCreate.references")
        self.related_materials = check(related_materials, [RelatedMaterial], "ArticleCreate.related_materials")
        self.categories = check(categories, [int], "ArticleCreate.categories")
        self.categories_by_source_id = check(categories_by_source_id, [str], "ArticleCreate.categories_by_source_id")
        self.authors = check(authors, [AuthorInput], "ArticleCreate.authors")
        self.custom_fields = check(custom_fields, ArticleCreateCustomFields, "ArticleCreate.custom_fields")
        self.custom_fields_list = check(custom_fields_list, [CustomArticleFieldAdd], "ArticleCreate.custom_fields_list")
        self.defined_type = check(defined_type, str, "ArticleCreate.defined_type")
        self.funding = check(funding, str, "ArticleCreate.funding")
        self.funding_list = check(funding_list, [FundingCreate], "ArticleCreate.funding_list")
        self.license_ = check(license_, int, "ArticleCreate.license_")
        self.doi = check(doi, str, "ArticleCreate.doi")
        self.handle = check(handle, str, "ArticleCreate.handle")
        self.resource_doi = check(resource_doi, str, "ArticleCreate.resource_doi")
        self.resource_title = check(resource_title, str, "ArticleCreate.resource_title")
        self.timeline = check(timeline, TimelineUpdate, "ArticleCreate.timeline")
        self.group_id = check(group_id, int, "ArticleCreate.group_id")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .article_create_custom_fields import ArticleCreateCustomFields  # noqa: E402
from .author_input import AuthorInput  # noqa: E402
from .custom_article_field_add import CustomArticleFieldAdd  # noqa: E402
from .funding_create import FundingCreate  # noqa: E402
from .related_material import RelatedMaterial  # noqa: E402
from .timeline_update import TimelineUpdate  # noqa: E402
