from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check

if TYPE_CHECKING:
    from .article_search_order import ArticleSearchOrder
    from .common_search_order_direction import CommonSearchOrderDirection


@define(init=False)
class ArticleSearch(RequestModel):
    """The ``ArticleSearch`` object."""

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
    """Only return articles with this resource_doi"""
    item_type: int | Unset
    """Only return articles with the respective type. Mapping for item_type is: 1 - Figure, 2 - Media, 3 - Dataset, 5 -
    Poster, 6 - Journal contribution, 7 - Presentation, 8 - Thesis, 9 - Software, 11 - Online resource, 12 -
    Preprint, 13 - Book, 14 - Conference contribution, 15 - Chapter, 16 - Peer review, 17 - Educational resource, 18
    - Report, 19 - Standard, 20 - Composition, 21 - Funding, 22 - Physical object, 23 - Data management plan, 24 -
    Workflow, 25 - Monograph, 26 - Performance, 27 - Event, 28 - Service, 29 - Model"""
    doi: str | Unset
    """Only return articles with this doi"""
    handle: str | Unset
    """Only return articles with this handle"""
    project_id: int | Unset
    """Only return articles in this project"""
    order: ArticleSearchOrder | Unset
    """The field by which to order"""
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
        "item_type": "item_type",
        "doi": "doi",
        "handle": "handle",
        "project_id": "project_id",
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
        item_type: int | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        project_id: int | Unset = UNSET,
        order: ArticleSearchOrder | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.search_for = check(search_for, str, "ArticleSearch.search_for")
        self.page = check(page, int, "ArticleSearch.page")
        self.page_size = check(page_size, int, "ArticleSearch.page_size")
        self.limit = check(limit, int, "ArticleSearch.limit")
        self.offset = check(offset, int, "ArticleSearch.offset")
        self.order_direction = check(
            order_direction,
            frozenset(
                (
                    "asc",
                    "desc",
                )
            ),
            "ArticleSearch.order_direction",
        )
        self.institution = check(institution, int, "ArticleSearch.institution")
        self.published_since = check(published_since, str, "ArticleSearch.published_since")
        self.modified_since = check(modified_since, str, "ArticleSearch.modified_since")
        self.group = check(group, int, "ArticleSearch.group")
        self.resource_doi = check(resource_doi, str, "ArticleSearch.resource_doi")
        self.item_type = check(item_type, int, "ArticleSearch.item_type")
        self.doi = check(doi, str, "ArticleSearch.doi")
        self.handle = check(handle, str, "ArticleSearch.handle")
        self.project_id = check(project_id, int, "ArticleSearch.project_id")
        self.order = check(
            order,
            frozenset(
                (
                    "cites",
                    "created_date",
                    "downloads",
                    "modified_date",
                    "published_date",
                    "shares",
                    "views",
                )
            ),
            "ArticleSearch.order",
        )
        self.additional_properties = {}
