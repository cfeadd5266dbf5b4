from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class PrivateAuthorsSearch(RequestModel):
    """The ``PrivateAuthorsSearch`` object."""

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
    institution_id: int | Unset
    """Return only authors associated to this institution"""
    orcid: str | Unset
    """Orcid of author"""
    group_id: int | Unset
    """Return only authors in this group or subgroups of the group"""
    is_active: bool | Unset
    """Return only active authors if True"""
    is_public: bool | Unset
    """Return only authors that have published items if True"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "search_for": "search_for",
        "page": "page",
        "page_size": "page_size",
        "limit": "limit",
        "offset": "offset",
        "institution_id": "institution_id",
        "orcid": "orcid",
        "group_id": "group_id",
        "is_active": "is_active",
        "is_public": "is_public",
    }

    def __init__(
        self,
        *,
        search_for: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        orcid: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_public: bool | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.search_for = check(search_for, str, "PrivateAuthorsSearch.search_for")
        self.page = check(page, int, "PrivateAuthorsSearch.page")
        self.page_size = check(page_size, int, "PrivateAuthorsSearch.page_size")
        self.limit = check(limit, int, "PrivateAuthorsSearch.limit")
        self.offset = check(offset, int, "PrivateAuthorsSearch.offset")
        self.institution_id = check(institution_id, int, "PrivateAuthorsSearch.institution_id")
        self.orcid = check(orcid, str, "PrivateAuthorsSearch.orcid")
        self.group_id = check(group_id, int, "PrivateAuthorsSearch.group_id")
        self.is_active = check(is_active, bool, "PrivateAuthorsSearch.is_active")
        self.is_public = check(is_public, bool, "PrivateAuthorsSearch.is_public")
        self.additional_properties = {}
