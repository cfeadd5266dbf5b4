from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class Curation(ResponseModel):
    """The ``Curation`` object."""

    id: int | None = None
    """The review id"""
    group_id: int | None = None
    """The group in which the article is present."""
    account_id: int | None = None
    """The ID of the account of the owner of the article of this review."""
    assigned_to: int | None = None
    """The ID of the account to which this review is assigned."""
    article_id: int | None = None
    """The ID of the article of this review."""
    version: int | None = None
    """The Version number of the article in review."""
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "group_id": "group_id",
        "account_id": "account_id",
        "assigned_to": "assigned_to",
        "article_id": "article_id",
        "version": "version",
        "comments_count": "comments_count",
        "status": "status",
        "created_date": "created_date",
        "modified_date": "modified_date",
        "request_number": "request_number",
        "resolution_comment": "resolution_comment",
        "review_date": "review_date",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Curation:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        if _KNOWN.issuperset(src_dict):
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = Curation._prepare({})
