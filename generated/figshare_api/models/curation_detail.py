from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class CurationDetail(ResponseModel):
    """The ``CurationDetail`` object."""

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
    item: ArticleComplete | None = None
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
        "item": "item",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CurationDetail:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
        # Nested models are made on first read (_Nested): their JSON values wait in _raw. An absent or null
        # one is read from the instance dict, after additional_properties (to_dict() leaves it out unless
        # _keys names it).
        raw = {}
        if (value := values.pop("item", None)) is not None:
            raw["item"] = value
        else:
            values["item"] = None
            if "item" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _item(v: Any) -> Any:
    return ArticleComplete.from_dict(v) if type(v) is dict else v


_KNOWN = CurationDetail._prepare({"item": _item})

# At the end: models may refer to each other.

from .article_complete import ArticleComplete  # noqa: E402
