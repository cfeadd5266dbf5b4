from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class InstitutionAccountsSearch(RequestModel):
    """The ``InstitutionAccountsSearch`` object."""

    search_for: str | Unset
    """Search term"""
    is_active: int | Unset
    """Filter by active status"""
    page: int | Unset
    """Page number. Used for pagination with page_size"""
    page_size: int | Unset
    """The number of results included on a page. Used for pagination with page"""
    limit: int | Unset
    """Number of results included on a page. Used for pagination with query"""
    offset: int | Unset
    """Where to start the listing (the offset of the first result). Used for pagination with limit"""
    institution_user_id: str | Unset
    """filter by institution_user_id"""
    email: str | Unset
    """filter by email"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "search_for": "search_for",
        "is_active": "is_active",
        "page": "page",
        "page_size": "page_size",
        "limit": "limit",
        "offset": "offset",
        "institution_user_id": "institution_user_id",
        "email": "email",
    }

    def __init__(
        self,
        *,
        search_for: str | Unset = UNSET,
        is_active: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        institution_user_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.search_for = check(search_for, str, "InstitutionAccountsSearch.search_for")
        self.is_active = check(is_active, int, "InstitutionAccountsSearch.is_active")
        self.page = check(page, int, "InstitutionAccountsSearch.page")
        self.page_size = check(page_size, int, "InstitutionAccountsSearch.page_size")
        self.limit = check(limit, int, "InstitutionAccountsSearch.limit")
        self.offset = check(offset, int, "InstitutionAccountsSearch.offset")
        self.institution_user_id = check(institution_user_id, str, "InstitutionAccountsSearch.institution_user_id")
        self.email = check(email, str, "InstitutionAccountsSearch.email")
        self.additional_properties = {}
