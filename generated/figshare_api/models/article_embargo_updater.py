from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check

if TYPE_CHECKING:
    from .article_embargo_updater_embargo_type import ArticleEmbargoUpdaterEmbargoType


@define(init=False)
class ArticleEmbargoUpdater(RequestModel):
    """The ``ArticleEmbargoUpdater`` object."""

    is_embargoed: bool
    """Embargo status"""
    embargo_date: str
    """Date when the embargo expires and the article gets published, '0' value will set up permanent embargo"""
    embargo_type: ArticleEmbargoUpdaterEmbargoType
    """Embargo can be enabled at the article or the file level. Possible values: article, file"""
    embargo_title: str | Unset
    """Title for embargo"""
    embargo_reason: str | Unset
    """Reason for setting embargo"""
    embargo_options: list[ArticleEmbargoUpdaterEmbargoOptionsItem] | Unset
    """List of embargo permissions to be associated with the article. The list must contain `id` and can also contain
    `group_ids`(a field that only applies to 'logged_in' permissions). The new list replaces old options in the
    database, and an empty list removes all permissions for this article. Administration permission has to be set up
    alone but logged in and IP range permissions can be set up together."""
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

    def __init__(
        self,
        is_embargoed: bool,
        embargo_date: str,
        embargo_type: ArticleEmbargoUpdaterEmbargoType,
        *,
        embargo_title: str | Unset = UNSET,
        embargo_reason: str | Unset = UNSET,
        embargo_options: Sequence[ArticleEmbargoUpdaterEmbargoOptionsItem | Mapping[str, Any]] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.is_embargoed = check(is_embargoed, bool, "ArticleEmbargoUpdater.is_embargoed")
        self.embargo_date = check(embargo_date, str, "ArticleEmbargoUpdater.embargo_date")
        self.embargo_type = check(
            embargo_type,
            frozenset(
                (
                    "article",
                    "file",
                )
            ),
            "ArticleEmbargoUpdater.embargo_type",
        )
        self.embargo_title = check(embargo_title, str, "ArticleEmbargoUpdater.embargo_title")
        self.embargo_reason = check(embargo_reason, str, "ArticleEmbargoUpdater.embargo_reason")
        self.embargo_options = check(
            embargo_options, [ArticleEmbargoUpdaterEmbargoOptionsItem], "ArticleEmbargoUpdater.embargo_options"
        )
        self.additional_properties = {}


# At the end: models may refer to each other.

from .article_embargo_updater_embargo_options_item import ArticleEmbargoUpdaterEmbargoOptionsItem  # noqa: E402
