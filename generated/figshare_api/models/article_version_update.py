from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ArticleVersionUpdate(RequestModel):
    """The ``ArticleVersionUpdate`` object."""

    supplementary_fields: list[ArticleVersionUpdateSupplementaryFieldsItem] | Unset
    """List of supplementary fields to be associated with the article version"""
    internal_metadata: ArticleVersionUpdateInternalMetadata | Unset
    """List of supplementary fields to be associated with the article version"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "supplementary_fields": "supplementary_fields",
        "internal_metadata": "internal_metadata",
    }

    def __init__(
        self,
        *,
        supplementary_fields: Sequence[ArticleVersionUpdateSupplementaryFieldsItem | Mapping[str, Any]] | Unset = UNSET,
        internal_metadata: ArticleVersionUpdateInternalMetadata | Mapping[str, Any] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.supplementary_fields = check(
            supplementary_fields,
            [ArticleVersionUpdateSupplementaryFieldsItem],
            "ArticleVersionUpdate.supplementary_fields",
        )
        self.internal_metadata = check(
            internal_metadata, ArticleVersionUpdateInternalMetadata, "ArticleVersionUpdate.internal_metadata"
        )
        self.additional_properties = {}


# At the end: models may refer to each other.

from .article_version_update_internal_metadata import ArticleVersionUpdateInternalMetadata  # noqa: E402
from .article_version_update_supplementary_fields_item import ArticleVersionUpdateSupplementaryFieldsItem  # noqa: E402
