from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_embargo_embargo_type import ArticleEmbargoEmbargoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_embargo_embargo_options_item import ArticleEmbargoEmbargoOptionsItem


T = TypeVar("T", bound="ArticleEmbargo")


@_attrs_define
class ArticleEmbargo:
    is_embargoed: bool
    """ True if embargoed """
    embargo_title: str
    """ Title for embargo """
    embargo_reason: str
    """ Reason for embargo """
    embargo_options: list[ArticleEmbargoEmbargoOptionsItem]
    """ List of embargo permissions that are associated with the article. If the type is logged_in and the group_ids
    list is empty, then the whole institution can see the article; if there are multiple group_ids, then only users
    that are under those groups can see the article. """
    embargo_date: str | Unset = UNSET
    """ Date when the embargo expires and the article gets published, null if not embargoed """
    embargo_type: ArticleEmbargoEmbargoType | Unset = UNSET
    """ Embargo level. Possible values: article, file """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_embargoed = self.is_embargoed

        embargo_title = self.embargo_title

        embargo_reason = self.embargo_reason

        embargo_options = []
        for embargo_options_item_data in self.embargo_options:
            embargo_options_item = embargo_options_item_data.to_dict()
            embargo_options.append(embargo_options_item)

        embargo_date = self.embargo_date

        embargo_type: str | Unset = UNSET
        if not isinstance(self.embargo_type, Unset):
            embargo_type = self.embargo_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_embargoed": is_embargoed,
                "embargo_title": embargo_title,
                "embargo_reason": embargo_reason,
                "embargo_options": embargo_options,
            }
        )
        if embargo_date is not UNSET:
            field_dict["embargo_date"] = embargo_date
        if embargo_type is not UNSET:
            field_dict["embargo_type"] = embargo_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_embargo_embargo_options_item import ArticleEmbargoEmbargoOptionsItem  # noqa: PLC0415

        d = dict(src_dict)
        is_embargoed = d.pop("is_embargoed")

        embargo_title = d.pop("embargo_title")

        embargo_reason = d.pop("embargo_reason")

        embargo_options = []
        _embargo_options = d.pop("embargo_options")
        for embargo_options_item_data in _embargo_options:
            embargo_options_item = ArticleEmbargoEmbargoOptionsItem.from_dict(embargo_options_item_data)

            embargo_options.append(embargo_options_item)

        embargo_date = d.pop("embargo_date", UNSET)

        _embargo_type = d.pop("embargo_type", UNSET)
        embargo_type: ArticleEmbargoEmbargoType | Unset
        if isinstance(_embargo_type, Unset):
            embargo_type = UNSET
        else:
            embargo_type = ArticleEmbargoEmbargoType(_embargo_type)

        article_embargo = cls(
            is_embargoed=is_embargoed,
            embargo_title=embargo_title,
            embargo_reason=embargo_reason,
            embargo_options=embargo_options,
            embargo_date=embargo_date,
            embargo_type=embargo_type,
        )

        article_embargo.additional_properties = d
        return article_embargo

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
