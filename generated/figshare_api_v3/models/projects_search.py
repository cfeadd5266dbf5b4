from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check

if TYPE_CHECKING:
    from figshare_api.models.common_search_order_direction import CommonSearchOrderDirection

    from .projects_search_order import ProjectsSearchOrder


@define(init=False)
class ProjectsSearch(RequestModel):
    """v3 project search payload. `order` accepts the current date keys; legacy keys (`published_date`,
    `modified_date`, `views`) are rejected for institutions with item-type based metadata enabled."""

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
    order: ProjectsSearchOrder | Unset
    """The field by which to order (current date keys)."""
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
        order: ProjectsSearchOrder | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.search_for = check(search_for, str, "ProjectsSearch.search_for")
        self.page = check(page, int, "ProjectsSearch.page")
        self.page_size = check(page_size, int, "ProjectsSearch.page_size")
        self.limit = check(limit, int, "ProjectsSearch.limit")
        self.offset = check(offset, int, "ProjectsSearch.offset")
        self.order_direction = check(
            order_direction,
            frozenset(
                (
                    "asc",
                    "desc",
                )
            ),
            "ProjectsSearch.order_direction",
        )
        self.institution = check(institution, int, "ProjectsSearch.institution")
        self.published_since = check(published_since, str, "ProjectsSearch.published_since")
        self.modified_since = check(modified_since, str, "ProjectsSearch.modified_since")
        self.group = check(group, int, "ProjectsSearch.group")
        self.order = check(
            order,
            frozenset(
                (
                    "created_date",
                    "finish_date",
                    "first_online",
                    "modified_date",
                    "posted_date",
                    "publisher_accepted",
                    "publisher_published",
                    "start_date",
                )
            ),
            "ProjectsSearch.order",
        )
        self.additional_properties = {}
