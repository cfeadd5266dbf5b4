from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    id: int | None | Unset = UNSET
    """ Collection id """
    title: None | str | Unset = UNSET
    """ Collection title """
    doi: None | str | Unset = UNSET
    """ Collection DOI """
    handle: None | str | Unset = UNSET
    """ Collection Handle """
    url: None | str | Unset = UNSET
    """ Api endpoint """
    published_date: None | str | Unset = UNSET
    """ Date when first published """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        doi: None | str | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        else:
            doi = self.doi

        handle: None | str | Unset
        if isinstance(self.handle, Unset):
            handle = UNSET
        else:
            handle = self.handle

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        else:
            published_date = self.published_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if doi is not UNSET:
            field_dict["doi"] = doi
        if handle is not UNSET:
            field_dict["handle"] = handle
        if url is not UNSET:
            field_dict["url"] = url
        if published_date is not UNSET:
            field_dict["published_date"] = published_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        doi = d.pop("doi", UNSET)

        handle = d.pop("handle", UNSET)

        url = d.pop("url", UNSET)

        published_date = d.pop("published_date", UNSET)

        collection = cls(
            id=id,
            title=title,
            doi=doi,
            handle=handle,
            url=url,
            published_date=published_date,
        )

        collection.additional_properties = d
        return collection

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
