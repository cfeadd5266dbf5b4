from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    id: int | None | Unset = UNSET
    """ User id """
    first_name: None | str | Unset = UNSET
    """ First Name """
    last_name: None | str | Unset = UNSET
    """ Last Name """
    name: None | str | Unset = UNSET
    """ Full Name """
    is_active: bool | None | Unset = UNSET
    """ Account activity status """
    url_name: None | str | Unset = UNSET
    """ Name that appears in website url """
    is_public: bool | None | Unset = UNSET
    """ Account public status """
    job_title: None | str | Unset = UNSET
    """ User Job title """
    orcid_id: None | str | Unset = UNSET
    """ Orcid associated to this User """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

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
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if url_name is not UNSET:
            field_dict["url_name"] = url_name
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if orcid_id is not UNSET:
            field_dict["orcid_id"] = orcid_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        name = d.pop("name", UNSET)

        is_active = d.pop("is_active", UNSET)

        url_name = d.pop("url_name", UNSET)

        is_public = d.pop("is_public", UNSET)

        job_title = d.pop("job_title", UNSET)

        orcid_id = d.pop("orcid_id", UNSET)

        user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            name=name,
            is_active=is_active,
            url_name=url_name,
            is_public=is_public,
            job_title=job_title,
            orcid_id=orcid_id,
        )

        user.additional_properties = d
        return user

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
