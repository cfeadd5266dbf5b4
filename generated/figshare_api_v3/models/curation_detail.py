from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class CurationDetail(ResponseModel):
    """The ``CurationDetail`` object."""

    id: int | None = None
    """The review id"""
    group_id: int | None = None
    """The group in which the item is present."""
    account_id: int | None = None
    """The ID of the account of the owner of the item of this review."""
    assigned_to: int | None = None
    """The ID of the account to which this review is assigned."""
    item_id: int | None = None
    """The ID of the item of this review."""
    version: int | None = None
    """The Version number of the item in review."""
    comments_count: int | None = None
    """The number of comments in the review."""
    status: str | None = None
    """The status of the review."""
    created_date: str | None = None
    """The creation date of the review."""
    modified_date: str | None = None
    """The date the review has been modified."""
    request_number: int | None = None
    """The request number of the review."""
    resolution_comment: str | None = None
    """The resolution comment of the review."""
    review_date: str | None = None
    """The date of the review."""
    item: ItemComplete | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "group_id": "group_id",
        "account_id": "account_id",
        "assigned_to": "assigned_to",
        "item_id": "item_id",
        "version": "version",
        "comments_count": "comments_count",
        "status": "status",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "request_number": "request_number",
        "resolution_comment": "resolution_comment",
        "review_date": "review_date",
        "item": "item",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CurationDetail:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.id = get("id")
        model.group_id = get("group_id")
        model.account_id = get("account_id")
        model.assigned_to = get("assigned_to")
        model.item_id = get("item_id")
        model.version = get("version")
        model.comments_count = get("comments_count")
        model.status = get("status")
        model.created_date = get("created_date")
        model.modified_date = get("modified_date")
        model.request_number = get("request_number")
        model.resolution_comment = get("resolution_comment")
        model.review_date = get("review_date")
        v = get("item")
        model.item = ItemComplete.from_dict(v) if type(v) is dict else v
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(CurationDetail._fields)

# At the end: models may refer to each other.

from .item_complete import ItemComplete  # noqa: E402
