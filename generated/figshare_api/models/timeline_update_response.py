from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimelineUpdateResponse")


@_attrs_define
class TimelineUpdateResponse:
    """Legacy timeline input (used by /v2/account/articles). Items with item-type based metadata do not use this object —
    pass dates as stock fields inside fields: {} instead.

    """

    first_online: None | str | Unset = UNSET
    """ Online posted date """
    publisher_publication: None | str | Unset = UNSET
    """ Publish date """
    publisher_acceptance: None | str | Unset = UNSET
    """ Date when the item was accepted for publication """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_online: None | str | Unset
        if isinstance(self.first_online, Unset):
            first_online = UNSET
        else:
            first_online = self.first_online

        publisher_publication: None | str | Unset
        if isinstance(self.publisher_publication, Unset):
            publisher_publication = UNSET
        else:
            publisher_publication = self.publisher_publication

        publisher_acceptance: None | str | Unset
        if isinstance(self.publisher_acceptance, Unset):
            publisher_acceptance = UNSET
        else:
            publisher_acceptance = self.publisher_acceptance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_online is not UNSET:
            field_dict["firstOnline"] = first_online
        if publisher_publication is not UNSET:
            field_dict["publisherPublication"] = publisher_publication
        if publisher_acceptance is not UNSET:
            field_dict["publisherAcceptance"] = publisher_acceptance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_online = d.pop("firstOnline", UNSET)

        publisher_publication = d.pop("publisherPublication", UNSET)

        publisher_acceptance = d.pop("publisherAcceptance", UNSET)

        timeline_update_response = cls(
            first_online=first_online,
            publisher_publication=publisher_publication,
            publisher_acceptance=publisher_acceptance,
        )

        timeline_update_response.additional_properties = d
        return timeline_update_response

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
