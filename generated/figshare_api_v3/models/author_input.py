from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorInput")


@_attrs_define
class AuthorInput:
    """An author to associate with an item: an existing author by `id` (which takes priority over everything else), or a
    new one by `name`, `first_name`/`last_name`, `email` and `orcid_id`.

    """

    id: int | Unset = UNSET
    """ ID of an existing author; when given, the other fields are ignored. """
    name: str | Unset = UNSET
    """ Full name of a new author. """
    first_name: str | Unset = UNSET
    """ First name of a new author. """
    last_name: str | Unset = UNSET
    """ Last name of a new author. """
    email: str | Unset = UNSET
    """ E-mail address of a new author. """
    orcid_id: str | Unset = UNSET
    """ ORCID of a new author. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        orcid_id = self.orcid_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if orcid_id is not UNSET:
            field_dict["orcid_id"] = orcid_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        orcid_id = d.pop("orcid_id", UNSET)

        author_input = cls(
            id=id,
            name=name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            orcid_id=orcid_id,
        )

        author_input.additional_properties = d
        return author_input

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
