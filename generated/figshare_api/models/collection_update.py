from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class CollectionUpdate(RequestModel):
    """The ``CollectionUpdate`` object."""

    funding: str | Unset
    """Grant number or funding authority"""
    funding_list: list[FundingCreate] | Unset
    """Funding creation / update items"""
    title: str | Unset
    """Title of collection"""
    description: str | Unset
    """The collection description. In a publisher case, usually this is the remote collection description"""
    articles: list[int] | Unset
    """List of articles to be associated with the collection"""
    authors: list[AuthorInput] | Unset
    """List of authors to be associated with the collection. The list can contain the following fields: id, name,
    first_name, last_name, email, orcid_id. If an id is supplied, it will take priority and everything else will be
    ignored. For adding more authors use the specific authors endpoint."""
    categories: list[int] | Unset
    """List of category ids to be associated with the collection (e.g [1, 23, 33, 66])"""
    categories_by_source_id: list[str] | Unset
    """List of category source ids to be associated with the article, supersedes the categories property"""
    tags: list[str] | Unset
    """List of tags to be associated with the collection. Keywords can be used instead"""
    keywords: list[str] | Unset
    """List of tags to be associated with the collection. Tags can be used instead"""
    references: list[str] | Unset
    """List of links to be associated with the collection (e.g ["http://link1", "http://link2", "http://link3"])"""
    related_materials: list[RelatedMaterial] | Unset
    """List of related materials; supersedes references and resource DOI/title."""
    custom_fields: CollectionUpdateCustomFields | Unset
    """List of key, values pairs to be associated with the collection"""
    custom_fields_list: list[CustomArticleFieldAdd] | Unset
    """List of custom fields values, supersedes custom_fields parameter"""
    doi: str | Unset
    """Not applicable for regular users. In an institutional case, make sure your group supports setting DOIs. This
    setting is applied by figshare via opening a ticket through our support/helpdesk system."""
    handle: str | Unset
    """Not applicable for regular users. In an institutional case, make sure your group supports setting Handles. This
    setting is applied by figshare via opening a ticket through our support/helpdesk system."""
    resource_id: str | Unset
    """Not applicable to regular users. In a publisher case, this is the publisher article id"""
    resource_doi: str | Unset
    """Not applicable to regular users. In a publisher case, this is the publisher article DOI."""
    resource_link: str | Unset
    """Not applicable to regular users. In a publisher case, this is the publisher article link"""
    resource_title: str | Unset
    """Not applicable to regular users. In a publisher case, this is the publisher article title."""
    resource_version: int | Unset
    """Not applicable to regular users. In a publisher case, this is the publisher article version"""
    group_id: int | Unset
    """Not applicable to regular users. This field is reserved to institutions/publishers with access to assign to
    specific groups"""
    timeline: TimelineUpdate | Unset
    """Legacy timeline input (used by /v2/account/articles). Items with item-type based metadata do not use this object
    — pass dates as stock fields inside fields: {} instead."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "funding": "funding",
        "funding_list": "funding_list",
        "title": "title",
        "description": "description",
        "articles": "articles",
        "authors": "authors",
        "categories": "categories",
        "categories_by_source_id": "categories_by_source_id",
        "tags": "tags",
        "keywords": "keywords",
        "references": "references",
        "related_materials": "related_materials",
        "custom_fields": "custom_fields",
        "custom_fields_list": "custom_fields_list",
        "doi": "doi",
        "handle": "handle",
        "resource_id": "resource_id",
        "resource_doi": "resource_doi",
        "resource_link": "resource_link",
        "resource_title": "resource_title",
        "resource_version": "resource_version",
        "group_id": "group_id",
        "timeline": "timeline",
    }

    def __init__(
        self,
        *,
        funding: str | Unset = UNSET,
        funding_list: Sequence[FundingCreate | Mapping[str, Any]] | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        articles: Sequence[int] | Unset = UNSET,
        authors: Sequence[AuthorInput | Mapping[str, Any]] | Unset = UNSET,
        categories: Sequence[int] | Unset = UNSET,
        categories_by_source_id: Sequence[str] | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        keywords: Sequence[str] | Unset = UNSET,
        references: Sequence[str] | Unset = UNSET,
        related_materials: Sequence[RelatedMaterial | Mapping[str, Any]] | Unset = UNSET,
        custom_fields: CollectionUpdateCustomFields | Mapping[str, Any] | Unset = UNSET,
        custom_fields_list: Sequence[CustomArticleFieldAdd | Mapping[str, Any]] | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        resource_link: str | Unset = UNSET,
        resource_title: str | Unset = UNSET,
        resource_version: int | Unset = UNSET,
        group_id: int | Unset = UNSET,
        timeline: TimelineUpdate | Mapping[str, Any] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.funding = check(funding, str, "CollectionUpdate.funding")
        self.funding_list = check(funding_list, [FundingCreate], "CollectionUpdate.funding_list")
        self.title = check(title, str, "CollectionUpdate.title")
        self.description = check(description, str, "CollectionUpdate.description")
        self.articles = check(articles, [int], "CollectionUpdate.articles")
        self.authors = check(authors, [AuthorInput], "CollectionUpdate.authors")
        self.categories = check(categories, [int], "CollectionUpdate.categories")
        self.categories_by_source_id = check(categories_by_source_id, [str], "CollectionUpdate.categories_by_source_id")
        self.tags = check(tags, [str], "CollectionUpdate.tags")
        self.keywords = check(keywords, [str], "CollectionUpdate.keywords")
        self.references = check(references, [str], "CollectionUpdate.references")
        self.related_materials = check(related_materials, [RelatedMaterial], "CollectionUpdate.related_materials")
        self.custom_fields = check(custom_fields, CollectionUpdateCustomFields, "CollectionUpdate.custom_fields")
        self.custom_fields_list = check(
            custom_fields_list, [CustomArticleFieldAdd], "CollectionUpdate.custom_fields_list"
        )
        self.doi = check(doi, str, "CollectionUpdate.doi")
        self.handle = check(handle, str, "CollectionUpdate.handle")
        self.resource_id = check(resource_id, str, "CollectionUpdate.resource_id")
        self.resource_doi = check(resource_doi, str, "CollectionUpdate.resource_doi")
        self.resource_link = check(resource_link, str, "CollectionUpdate.resource_link")
        self.resource_title = check(resource_title, str, "CollectionUpdate.resource_title")
        self.resource_version = check(resource_version, int, "CollectionUpdate.resource_version")
        self.group_id = check(group_id, int, "CollectionUpdate.group_id")
        self.timeline = check(timeline, TimelineUpdate, "CollectionUpdate.timeline")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .author_input import AuthorInput  # noqa: E402
from .collection_update_custom_fields import CollectionUpdateCustomFields  # noqa: E402
from .custom_article_field_add import CustomArticleFieldAdd  # noqa: E402
from .funding_create import FundingCreate  # noqa: E402
from .related_material import RelatedMaterial  # noqa: E402
from .timeline_update import TimelineUpdate  # noqa: E402
