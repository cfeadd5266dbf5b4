from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.author_input import AuthorInput


T = TypeVar("T", bound="AuthorsCreator")


@_attrs_define
class AuthorsCreator:
    authors: list[AuthorInput]
    """ List of authors to be associated with the article. The list can contain the following fields: id, name,
    first_name, last_name, email, orcid_id. If an id is supplied, it will take priority and everything else will be
    ignored. For adding more authors use the specific authors endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authors": authors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.author_input import AuthorInput  # noqa: PLC0415

        d = dict(src_dict)
        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = AuthorInput.from_dict(authors_item_data)

            authors.append(authors_item)

        authors_creator = cls(
            authors=authors,
        )

        authors_creator.additional_properties = d
        return authors_creator

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
