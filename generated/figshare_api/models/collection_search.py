from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check

if TYPE_CHECKING:
    from .collection_search_order import CollectionSearchOrder
    from .common_search_order_direction import CommonSearchOrderDirection


@define(init=False)
class CollectionSearch(RequestModel):
    """The ``CollectionSearch`` object."""

    search_for: str | Unset
    """Search term"""
    page: int | Unset
    """Page number. Used for pagination with page_size"""
    page_size: int | Unset
    """The number of results included on a page. Used for pagination with page"""
    limit: int | Unset
    """Number of results included on a page. Used for pagination with query"""
    offset: int | Unset
    """Where to start the listing (the offset of the first result). Used for pagination with limit"""
    order_direction: CommonSearchOrderDirection | Unset
    """Direction of ordering"""
    institution: int | Unset
    """only return collections from this institution"""
    published_since: str | Unset
    """Filter by article publishing date. Will only return articles published after the date. date(ISO 8601) YYYY-MM-DD
    or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ"""
    modified_since: str | Unset
    """Filter by article modified date. Will only return articles modified after the date. date(ISO 8601) YYYY-MM-DD or
    date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ"""
    group: int | Unset
    """only return collections from this group"""
    resource_doi: str | Unset
    """Only return collections with this resource_doi"""
    doi: str | Unset
    """Only return collections with this doi"""
    handle: str | Unset
    """Only return collections with this handle"""
    order: CollectionSearchOrder | Unset
    """The field by which to order."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "search_for": "search_for",
        "page": "page",
        "page_size": "page_size",
        "limit": "limit",
        "offset": "offset",
        "order_direction": "order_direction",
        "institution": "institution",
        "published_since": "published_since",
        "modified_since": "modified_since",
        "group": "group",
        "resource_doi": "resource_doi",
        "doi": "doi",
        "handle": "handle",
        "order": "order",
    }

    def __init__(
        self,
        *,
        search_for: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: CommonSearchOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        order: CollectionSearchOrder | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.search_for = check(search_for, str, "CollectionSearch.search_for")
        self.page = check(page, int, "CollectionSearch.page")
        self.page_size = check(page_size, int, "CollectionSearch.page_size")
        self.limit = check(limit, int, "CollectionSearch.limit")
        self.offset = check(offset, int, "CollectionSearch.offset")
        self.order_direction = check(
            order_direction,
            frozenset(
                (
                    "asc",
                    "desc",
                )
            ),
            "CollectionSearch.order_direction",
        )
        self.institution = check(institution, int, "CollectionSearch.institution")
        self.published_since = check(published_since, str, "CollectionSearch.published_since")
        self.modified_since = check(modified_since, str, "CollectionSearch.modified_since")
        self.group = check(group, int, "CollectionSearch.group")
        self.resource_doi = check(resource_doi, str, "CollectionSearch.resource_doi")
        self.doi = check(doi, str, "CollectionSearch.doi")
        self.handle = check(handle, str, "CollectionSearch.handle")
        self.order = check(
            order,
            frozenset(
                (
                    "cites",
                    "created_date",
                    "modified_date",
                    "published_date",
                    "shares",
                    "views",
                )
            ),
            "CollectionSearch.order",
        )
        self.additional_properties = {}
