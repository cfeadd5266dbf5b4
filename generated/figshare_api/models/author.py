from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Author")


@_attrs_define
class Author:
    id: int | None | Unset = UNSET
    """ Author id """
    full_name: None | str | Unset = UNSET
    """ Author full name """
    first_name: None | str | Unset = UNSET
    """ Author first name """
    last_name: None | str | Unset = UNSET
    """ Author last name """
    is_active: bool | None | Unset = UNSET
    """ True if author has published items """
    url_name: None | str | Unset = UNSET
    """ Author url name """
    orcid_id: None | str | Unset = UNSET
    """ Author Orcid """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        url_name: None | str | Unset
        if isinstance(self.url_name, Unset):
            url_name = UNSET
        else:
            url_name = self.url_name

        orcid_id: None | str | Unset
        if isinstance(self.orcid_id, Unset):
            orcid_id = UNSET
        else:
            orcid_id = self.orcid_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if url_name is not UNSET:
            field_dict["url_name"] = url_name
        if orcid_id is not UNSET:
            field_dict["orcid_id"] = orcid_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        full_name = d.pop("full_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        is_active = d.pop("is_active", UNSET)

        url_name = d.pop("url_name", UNSET)

        orcid_id = d.pop("orcid_id", UNSET)

        author = cls(
            id=id,
            full_name=full_name,
            first_name=first_name,
            last_name=last_name,
            is_active=is_active,
            url_name=url_name,
            orcid_id=orcid_id,
        )

        author.additional_properties = d
        return author

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
