from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class ArticleEmbargo(ResponseModel):
    """The ``ArticleEmbargo`` object."""

    is_embargoed: bool | None = None
    """True if embargoed"""
    embargo_date: str | None = None
    """Date when the embargo expires and the article gets published, null if not embargoed"""
    embargo_type: str | None = None
    """Embargo level. Possible values: article, file"""
    embargo_title: str | None = None
    """Title for embargo"""
    embargo_reason: str | None = None
    """Reason for embargo"""
    embargo_options: list[ArticleEmbargoEmbargoOptionsType0Item] | None = None
    """List of embargo permissions that are associated with the article. If the type is logged_in and the group_ids
    list is empty, then the whole institution can see the article; if there are multiple group_ids, then only users
    that are under those groups can see the article."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "is_embargoed": "is_embargoed",
        "embargo_date": "embargo_date",
        "embargo_type": "embargo_type",
        "embargo_title": "embargo_title",
        "embargo_reason": "embargo_reason",
        "embargo_options": "embargo_options",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ArticleEmbargo:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.is_embargoed = get("is_embargoed")
        model.embargo_date = get("embargo_date")
        model.embargo_type = get("embargo_type")
        model.embargo_title = get("embargo_title")
        model.embargo_reason = get("embargo_reason")
        v = get("embargo_options")
        model.embargo_options = (
            [(ArticleEmbargoEmbargoOptionsType0Item.from_dict(i0) if type(i0) is dict else i0) for i0 in v]
            if type(v) is list
            else v
        )
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(ArticleEmbargo._fields)

# At the end: models may refer to each other.

from .article_embargo_embargo_options_type_0_item import ArticleEmbargoEmbargoOptionsType0Item  # noqa: E402
