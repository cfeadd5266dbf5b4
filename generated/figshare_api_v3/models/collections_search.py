from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collections_search_order import CollectionsSearchOrder
from ..models.common_search_order_direction import CommonSearchOrderDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionsSearch")


@_attrs_define
class CollectionsSearch:
    """v3 collection search payload. `order` accepts the collection's current date keys; legacy stats keys (`views`,
    `shares`, `cites`) are rejected for institutions with item-type based metadata enabled.

    """

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
    order_direction: CommonSearchOrderDirection | Unset = UNSET
    """ Direction of ordering """
    institution: int | Unset = UNSET
    """ only return collections from this institution """
    published_since: str | Unset = UNSET
    """ Filter by article publishing date. Will only return articles published after the date. date(ISO 8601) YYYY-
    MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ """
    modified_since: str | Unset = UNSET
    """ Filter by article modified date. Will only return articles modified after the date. date(ISO 8601) YYYY-MM-
    DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ """
    group: int | Unset = UNSET
    """ only return collections from this group """
    order: CollectionsSearchOrder | Unset = UNSET
    """ The field by which to order (current date keys). """
    item_type_id: int | Unset = UNSET
    """ Only return collections with items of this item type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_for = self.search_for

        page = self.page

        page_size = self.page_size

        limit = self.limit

        offset = self.offset

        order_direction: str | Unset = UNSET
        if not isinstance(self.order_direction, Unset):
            order_direction = self.order_direction.value

        institution = self.institution

        published_since = self.published_since

        modified_since = self.modified_since

        group = self.group

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        item_type_id = self.item_type_id

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
        if order_direction is not UNSET:
            field_dict["order_direction"] = order_direction
        if institution is not UNSET:
            field_dict["institution"] = institution
        if published_since is not UNSET:
            field_dict["published_since"] = published_since
        if modified_since is not UNSET:
            field_dict["modified_since"] = modified_since
        if group is not UNSET:
            field_dict["group"] = group
        if order is not UNSET:
            field_dict["order"] = order
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_for = d.pop("search_for", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _order_direction = d.pop("order_direction", UNSET)
        order_direction: CommonSearchOrderDirection | Unset
        if isinstance(_order_direction, Unset):
            order_direction = UNSET
        else:
            order_direction = CommonSearchOrderDirection(_order_direction)

        institution = d.pop("institution", UNSET)

        published_since = d.pop("published_since", UNSET)

        modified_since = d.pop("modified_since", UNSET)

        group = d.pop("group", UNSET)

        _order = d.pop("order", UNSET)
        order: CollectionsSearchOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = CollectionsSearchOrder(_order)

        item_type_id = d.pop("item_type_id", UNSET)

        collections_search = cls(
            search_for=search_for,
            page=page,
            page_size=page_size,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            institution=institution,
            published_since=published_since,
            modified_since=modified_since,
            group=group,
            order=order,
            item_type_id=item_type_id,
        )

        collections_search.additional_properties = d
        return collections_search

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
