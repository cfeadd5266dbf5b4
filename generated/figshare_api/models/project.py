from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    url: None | str | Unset = UNSET
    """ Api endpoint """
    id: int | None | Unset = UNSET
    """ Project id """
    title: None | str | Unset = UNSET
    """ Project title """
    created_date: None | str | Unset = UNSET
    """ Date when project was created """
    modified_date: None | str | Unset = UNSET
    """ Date when project was last modified """
    published_date: None | str | Unset = UNSET
    """ Date when project was first published, null if not published """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = self.modified_date

        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        else:
            published_date = self.published_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        project = cls(
            url=url,
            id=id,
            title=title,
            created_date=created_date,
            modified_date=modified_date,
            published_date=published_date,
        )

        project.additional_properties = d
        return project

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
