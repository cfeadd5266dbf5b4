from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_embargo_embargo_options_type_0_item import ArticleEmbargoEmbargoOptionsType0Item


T = TypeVar("T", bound="ArticleEmbargo")


@_attrs_define
class ArticleEmbargo:
    is_embargoed: bool | None | Unset = UNSET
    """ True if embargoed """
    embargo_date: None | str | Unset = UNSET
    """ Date when the embargo expires and the article gets published, null if not embargoed """
    embargo_type: None | str | Unset = UNSET
    """ Embargo level. Possible values: article, file """
    embargo_title: None | str | Unset = UNSET
    """ Title for embargo """
    embargo_reason: None | str | Unset = UNSET
    """ Reason for embargo """
    embargo_options: list[ArticleEmbargoEmbargoOptionsType0Item] | None | Unset = UNSET
    """ List of embargo permissions that are associated with the article. If the type is logged_in and the group_ids
    list is empty, then the whole institution can see the article; if there are multiple group_ids, then only users
    that are under those groups can see the article. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_embargoed: bool | None | Unset
        if isinstance(self.is_embargoed, Unset):
            is_embargoed = UNSET
        else:
            is_embargoed = self.is_embargoed

        embargo_date: None | str | Unset
        if isinstance(self.embargo_date, Unset):
            embargo_date = UNSET
        else:
            embargo_date = self.embargo_date

        embargo_type: None | str | Unset
        if isinstance(self.embargo_type, Unset):
            embargo_type = UNSET
        else:
            embargo_type = self.embargo_type

        embargo_title: None | str | Unset
        if isinstance(self.embargo_title, Unset):
            embargo_title = UNSET
        else:
            embargo_title = self.embargo_title

        embargo_reason: None | str | Unset
        if isinstance(self.embargo_reason, Unset):
            embargo_reason = UNSET
        else:
            embargo_reason = self.embargo_reason

        embargo_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.embargo_options, Unset):
            embargo_options = UNSET
        elif isinstance(self.embargo_options, list):
            embargo_options = []
            for embargo_options_type_0_item_data in self.embargo_options:
                embargo_options_type_0_item = embargo_options_type_0_item_data.to_dict()
                embargo_options.append(embargo_options_type_0_item)

        else:
            embargo_options = self.embargo_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_embargoed is not UNSET:
            field_dict["is_embargoed"] = is_embargoed
        if embargo_date is not UNSET:
            field_dict["embargo_date"] = embargo_date
        if embargo_type is not UNSET:
            field_dict["embargo_type"] = embargo_type
        if embargo_title is not UNSET:
            field_dict["embargo_title"] = embargo_title
        if embargo_reason is not UNSET:
            field_dict["embargo_reason"] = embargo_reason
        if embargo_options is not UNSET:
            field_dict["embargo_options"] = embargo_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_embargo_embargo_options_type_0_item import ArticleEmbargoEmbargoOptionsType0Item  # noqa: PLC0415

        d = dict(src_dict)
        is_embargoed = d.pop("is_embargoed", UNSET)

        embargo_date = d.pop("embargo_date", UNSET)

        embargo_type = d.pop("embargo_type", UNSET)

        embargo_title = d.pop("embargo_title", UNSET)

        embargo_reason = d.pop("embargo_reason", UNSET)

        def _parse_embargo_options(data: object) -> list[ArticleEmbargoEmbargoOptionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embargo_options_type_0 = []
                _embargo_options_type_0 = data
                for embargo_options_type_0_item_data in _embargo_options_type_0:
                    embargo_options_type_0_item = ArticleEmbargoEmbargoOptionsType0Item.from_dict(
                        embargo_options_type_0_item_data
                    )

                    embargo_options_type_0.append(embargo_options_type_0_item)

                return embargo_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ArticleEmbargoEmbargoOptionsType0Item] | None | Unset, data)

        embargo_options = _parse_embargo_options(d.pop("embargo_options", UNSET))

        article_embargo = cls(
            is_embargoed=is_embargoed,
            embargo_date=embargo_date,
            embargo_type=embargo_type,
            embargo_title=embargo_title,
            embargo_reason=embargo_reason,
            embargo_options=embargo_options,
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
