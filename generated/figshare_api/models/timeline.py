from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Timeline")


@_attrs_define
class Timeline:
    first_online: None | str | Unset = UNSET
    """ Online posted date """
    publisher_publication: None | str | Unset = UNSET
    """ Publish date """
    publisher_acceptance: None | str | Unset = UNSET
    """ Date when the item was accepted for publication """
    posted: None | str | Unset = UNSET
    """ Posted date """
    submission: None | str | Unset = UNSET
    """ Submission date in curation (if curated) """
    revision: None | str | Unset = UNSET
    """ Revision date from curation (if curated) """
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

        posted: None | str | Unset
        if isinstance(self.posted, Unset):
            posted = UNSET
        else:
            posted = self.posted

        submission: None | str | Unset
        if isinstance(self.submission, Unset):
            submission = UNSET
        else:
            submission = self.submission

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_online is not UNSET:
            field_dict["firstOnline"] = first_online
        if publisher_publication is not UNSET:
            field_dict["publisherPublication"] = publisher_publication
        if publisher_acceptance is not UNSET:
            field_dict["publisherAcceptance"] = publisher_acceptance
        if posted is not UNSET:
            field_dict["posted"] = posted
        if submission is not UNSET:
            field_dict["submission"] = submission
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_online = d.pop("firstOnline", UNSET)

        publisher_publication = d.pop("publisherPublication", UNSET)

        publisher_acceptance = d.pop("publisherAcceptance", UNSET)

        posted = d.pop("posted", UNSET)

        submission = d.pop("submission", UNSET)

        revision = d.pop("revision", UNSET)

        timeline = cls(
            first_online=first_online,
            publisher_publication=publisher_publication,
            publisher_acceptance=publisher_acceptance,
            posted=posted,
            submission=submission,
            revision=revision,
        )

        timeline.additional_properties = d
        return timeline

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
