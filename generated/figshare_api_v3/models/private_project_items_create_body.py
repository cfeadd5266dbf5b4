from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class PrivateProjectItemsCreateBody(RequestModel):
    """The ``PrivateProjectItemsCreateBody`` object."""

    title: str
    """Title of article"""
    description: str | Unset
    """The article description. In a publisher case, usually this is the remote article description"""
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
    custom_fields: ArticleProjectCreateCustomFields | Unset
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
    licence: int | Unset
    """Licence id for this item."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "title": "title",
        "description": "description",
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
        "doi": "doi",
        "handle": "handle",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "timeline": "timeline",
        "licence": "licence",
    }

    def __init__(
        self,
        title: str,
        *,
        description: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        keywords: Sequence[str] | Unset = UNSET,
        references: Sequence[str] | Unset = UNSET,
        related_materials: Sequence[RelatedMaterial | Mapping[str, Any]] | Unset = UNSET,
        categories: Sequence[int] | Unset = UNSET,
        categories_by_source_id: Sequence[str] | Unset = UNSET,
        authors: Sequence[AuthorInput | Mapping[str, Any]] | Unset = UNSET,
        custom_fields: ArticleProjectCreateCustomFields | Mapping[str, Any] | Unset = UNSET,
        custom_fields_list: Sequence[CustomArticleFieldAdd | Mapping[str, Any]] | Unset = UNSET,
        defined_type: str | Unset = UNSET,
        funding: str | Unset = UNSET,
        funding_list: Sequence[FundingCreate | Mapping[str, Any]] | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        resource_title: str | Unset = UNSET,
        timeline: TimelineUpdate | Mapping[str, Any] | Unset = UNSET,
        licence: int | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.title = check(title, str, "PrivateProjectItemsCreateBody.title")
        self.description = check(description, str, "PrivateProjectItemsCreateBody.description")
        self.tags = check(tags, [str], "PrivateProjectItemsCreateBody.tags")
        self.keywords = check(keywords, [str], "PrivateProjectItemsCreateBody.keywords")
        self.references = check(references, [str], "PrivateProjectItemsCreateBody.references")
        self.related_materials = check(
            related_materials, [RelatedMaterial], "PrivateProjectItemsCreateBody.related_materials"
        )
        self.categories = check(categories, [int], "PrivateProjectItemsCreateBody.categories")
        self.categories_by_source_id = check(
            categories_by_source_id, [str], "PrivateProjectItemsCreateBody.categories_by_source_id"
        )
        self.authors = check(authors, [AuthorInput], "PrivateProjectItemsCreateBody.authors")
        self.custom_fields = check(
            custom_fields, ArticleProjectCreateCustomFields, "PrivateProjectItemsCreateBody.custom_fields"
        )
        self.custom_fields_list = check(
            custom_fields_list, [CustomArticleFieldAdd], "PrivateProjectItemsCreateBody.custom_fields_list"
        )
        self.defined_type = check(defined_type, str, "PrivateProjectItemsCreateBody.defined_type")
        self.funding = check(funding, str, "PrivateProjectItemsCreateBody.funding")
        self.funding_list = check(funding_list, [FundingCreate], "PrivateProjectItemsCreateBody.funding_list")
        self.doi = check(doi, str, "PrivateProjectItemsCreateBody.doi")
        self.handle = check(handle, str, "PrivateProjectItemsCreateBody.handle")
        self.resource_doi = check(resource_doi, str, "PrivateProjectItemsCreateBody.resource_doi")
        self.resource_title = check(resource_title, str, "PrivateProjectItemsCreateBody.resource_title")
        self.timeline = check(timeline, TimelineUpdate, "PrivateProjectItemsCreateBody.timeline")
        self.licence = check(licence, int, "PrivateProjectItemsCreateBody.licence")
        self.additional_properties = {}


# At the end: models may refer to each other.

from figshare_api.models.article_project_create_custom_fields import ArticleProjectCreateCustomFields  # noqa: E402
from figshare_api.models.author_input import AuthorInput  # noqa: E402
from figshare_api.models.custom_article_field_add import CustomArticleFieldAdd  # noqa: E402
from figshare_api.models.funding_create import FundingCreate  # noqa: E402
from figshare_api.models.related_material import RelatedMaterial  # noqa: E402
from figshare_api.models.timeline_update import TimelineUpdate  # noqa: E402
