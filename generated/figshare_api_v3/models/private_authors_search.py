from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateAuthorsSearch")


@_attrs_define
class PrivateAuthorsSearch:
    search_for: str | Unset = UNSET
    """ Search term """
    page: int | Unset = UNSET
    """ Page number. Used for pagination with page_size """
    page_size: int | Unset = UNSET
    """ The number of results included on a page. Used for pagination with page """
    limit: int | Unset = UNSET
    """ Number of results included on a page. Used for pagination with query """
    offset: int | Unset = UNSET
    """ Where to start the listing (the offset of the first result). Used for pagination with limit """
    institution_id: int | Unset = UNSET
    """ Return only authors associated to this institution """
    orcid: str | Unset = UNSET
    """ Orcid of author """
    group_id: int | Unset = UNSET
    """ Return only authors in this group or subgroups of the group """
    is_active: bool | Unset = UNSET
    """ Return only active authors if True """
    is_public: bool | Unset = UNSET
    """ Return only authors that have published items if True """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_for = self.search_for

        page = self.page

        page_size = self.page_size

        limit = self.limit

        offset = self.offset

        institution_id = self.institution_id

        orcid = self.orcid

        group_id = self.group_id

        is_active = self.is_active

        is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_for is not UNSET:
            field_dict["search_for"] = search_for
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if orcid is not UNSET:
            field_dict["orcid"] = orcid
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_for = d.pop("search_for", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        institution_id = d.pop("institution_id", UNSET)

        orcid = d.pop("orcid", UNSET)

        group_id = d.pop("group_id", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_public = d.pop("is_public", UNSET)

        private_authors_search = cls(
            search_for=search_for,
            page=page,
            page_size=page_size,
            limit=limit,
            offset=offset,
            institution_id=institution_id,
            orcid=orcid,
            group_id=group_id,
            is_active=is_active,
            is_public=is_public,
        )

        private_authors_search.additional_properties = d
        return private_authors_search

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
