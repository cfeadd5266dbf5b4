from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.readcube_add_cites_body_figshare_articles_item import ReadcubeAddCitesBodyFigshareArticlesItem


T = TypeVar("T", bound="ReadcubeAddCitesBody")


@_attrs_define
class ReadcubeAddCitesBody:
    figshare_articles: list[ReadcubeAddCitesBodyFigshareArticlesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figshare_articles = []
        for figshare_articles_item_data in self.figshare_articles:
            figshare_articles_item = figshare_articles_item_data.to_dict()
            figshare_articles.append(figshare_articles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "figshare_articles": figshare_articles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.readcube_add_cites_body_figshare_articles_item import ReadcubeAddCitesBodyFigshareArticlesItem  # noqa: PLC0415

        d = dict(src_dict)
        figshare_articles = []
        _figshare_articles = d.pop("figshare_articles")
        for figshare_articles_item_data in _figshare_articles:
            figshare_articles_item = ReadcubeAddCitesBodyFigshareArticlesItem.from_dict(figshare_articles_item_data)

            figshare_articles.append(figshare_articles_item)

        readcube_add_cites_body = cls(
            figshare_articles=figshare_articles,
        )

        readcube_add_cites_body.additional_properties = d
        return readcube_add_cites_body

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
