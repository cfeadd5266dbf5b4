from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_embargo_updater_embargo_type import ArticleEmbargoUpdaterEmbargoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_embargo_updater_embargo_options_item import ArticleEmbargoUpdaterEmbargoOptionsItem


T = TypeVar("T", bound="ArticleEmbargoUpdater")


@_attrs_define
class ArticleEmbargoUpdater:
    is_embargoed: bool
    """ Embargo status """
    embargo_date: str
    """ Date when the embargo expires and the article gets published, '0' value will set up permanent embargo """
    embargo_type: ArticleEmbargoUpdaterEmbargoType
    """ Embargo can be enabled at the article or the file level. Possible values: article, file """
    embargo_title: str | Unset = UNSET
    """ Title for embargo """
    embargo_reason: str | Unset = UNSET
    """ Reason for setting embargo """
    embargo_options: list[ArticleEmbargoUpdaterEmbargoOptionsItem] | Unset = UNSET
    """ List of embargo permissions to be associated with the article. The list must contain `id` and can also
    contain `group_ids`(a field that only applies to 'logged_in' permissions). The new list replaces old options in
    the database, and an empty list removes all permissions for this article. Administration permission has to be
    set up alone but logged in and IP range permissions can be set up together. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_embargoed = self.is_embargoed

        embargo_date = self.embargo_date

        embargo_type = self.embargo_type.value

        embargo_title = self.embargo_title

        embargo_reason = self.embargo_reason

        embargo_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.embargo_options, Unset):
            embargo_options = []
            for embargo_options_item_data in self.embargo_options:
                embargo_options_item = embargo_options_item_data.to_dict()
                embargo_options.append(embargo_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_embargoed": is_embargoed,
                "embargo_date": embargo_date,
                "embargo_type": embargo_type,
            }
        )
        if embargo_title is not UNSET:
            field_dict["embargo_title"] = embargo_title
        if embargo_reason is not UNSET:
            field_dict["embargo_reason"] = embargo_reason
        if embargo_options is not UNSET:
            field_dict["embargo_options"] = embargo_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_embargo_updater_embargo_options_item import ArticleEmbargoUpdaterEmbargoOptionsItem  # noqa: PLC0415

        d = dict(src_dict)
        is_embargoed = d.pop("is_embargoed")

        embargo_date = d.pop("embargo_date")

        embargo_type = ArticleEmbargoUpdaterEmbargoType(d.pop("embargo_type"))

        embargo_title = d.pop("embargo_title", UNSET)

        embargo_reason = d.pop("embargo_reason", UNSET)

        _embargo_options = d.pop("embargo_options", UNSET)
        embargo_options: list[ArticleEmbargoUpdaterEmbargoOptionsItem] | Unset = UNSET
        if _embargo_options is not UNSET:
            embargo_options = []
            for embargo_options_item_data in _embargo_options:
                embargo_options_item = ArticleEmbargoUpdaterEmbargoOptionsItem.from_dict(embargo_options_item_data)

                embargo_options.append(embargo_options_item)

        article_embargo_updater = cls(
            is_embargoed=is_embargoed,
            embargo_date=embargo_date,
            embargo_type=embargo_type,
            embargo_title=embargo_title,
            embargo_reason=embargo_reason,
            embargo_options=embargo_options,
        )

        article_embargo_updater.additional_properties = d
        return article_embargo_updater

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
