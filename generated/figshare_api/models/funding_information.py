from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingInformation")


@_attrs_define
class FundingInformation:
    id: int | None | Unset = UNSET
    """ Funding id """
    title: None | str | Unset = UNSET
    """ The funding name """
    grant_code: None | str | Unset = UNSET
    """ The grant code """
    funder_name: None | str | Unset = UNSET
    """ Funder's name """
    is_user_defined: int | None | Unset = UNSET
    """ Return 1 whether the grant has been introduced manually, 0 otherwise """
    url: None | str | Unset = UNSET
    """ The grant url """
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

        grant_code: None | str | Unset
        if isinstance(self.grant_code, Unset):
            grant_code = UNSET
        else:
            grant_code = self.grant_code

        funder_name: None | str | Unset
        if isinstance(self.funder_name, Unset):
            funder_name = UNSET
        else:
            funder_name = self.funder_name

        is_user_defined: int | None | Unset
        if isinstance(self.is_user_defined, Unset):
            is_user_defined = UNSET
        else:
            is_user_defined = self.is_user_defined

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if grant_code is not UNSET:
            field_dict["grant_code"] = grant_code
        if funder_name is not UNSET:
            field_dict["funder_name"] = funder_name
        if is_user_defined is not UNSET:
            field_dict["is_user_defined"] = is_user_defined
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        grant_code = d.pop("grant_code", UNSET)

        funder_name = d.pop("funder_name", UNSET)

        is_user_defined = d.pop("is_user_defined", UNSET)

        url = d.pop("url", UNSET)

        funding_information = cls(
            id=id,
            title=title,
            grant_code=grant_code,
            funder_name=funder_name,
            is_user_defined=is_user_defined,
            url=url,
        )

        funding_information.additional_properties = d
        return funding_information

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
