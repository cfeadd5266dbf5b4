from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_update_data_personal_profiles_item import ProfileUpdateDataPersonalProfilesItem


T = TypeVar("T", bound="ProfileUpdateData")


@_attrs_define
class ProfileUpdateData:
    first_name: str | Unset = UNSET
    """ First name """
    last_name: str | Unset = UNSET
    """ Last Name """
    orcid: str | Unset = UNSET
    """ User ORCID """
    job_title: str | Unset = UNSET
    """ User job title """
    fields_of_interest: list[int] | Unset = UNSET
    """ User fields of interest (category ids) """
    fields_of_interest_by_source_id: list[str] | Unset = UNSET
    """ User fields of interest (category source IDs), supersedes the fields_of_interest property """
    location: str | Unset = UNSET
    """ User location """
    facebook: str | Unset = UNSET
    """ User facebook URL """
    x: str | Unset = UNSET
    """ User X (twitter) URL """
    linkedin: str | Unset = UNSET
    """ User linkedin URL """
    bio: str | Unset = UNSET
    """ User biographical information """
    personal_profiles: list[ProfileUpdateDataPersonalProfilesItem] | Unset = UNSET
    """ Add up to 10 additional personal profile links """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        orcid = self.orcid

        job_title = self.job_title

        fields_of_interest: list[int] | Unset = UNSET
        if not isinstance(self.fields_of_interest, Unset):
            fields_of_interest = self.fields_of_interest

        fields_of_interest_by_source_id: list[str] | Unset = UNSET
        if not isinstance(self.fields_of_interest_by_source_id, Unset):
            fields_of_interest_by_source_id = self.fields_of_interest_by_source_id

        location = self.location

        facebook = self.facebook

        x = self.x

        linkedin = self.linkedin

        bio = self.bio

        personal_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.personal_profiles, Unset):
            personal_profiles = []
            for personal_profiles_item_data in self.personal_profiles:
                personal_profiles_item = personal_profiles_item_data.to_dict()
                personal_profiles.append(personal_profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if orcid is not UNSET:
            field_dict["orcid"] = orcid
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if fields_of_interest is not UNSET:
            field_dict["fields_of_interest"] = fields_of_interest
        if fields_of_interest_by_source_id is not UNSET:
            field_dict["fields_of_interest_by_source_id"] = fields_of_interest_by_source_id
        if location is not UNSET:
            field_dict["location"] = location
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if x is not UNSET:
            field_dict["x"] = x
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if bio is not UNSET:
            field_dict["bio"] = bio
        if personal_profiles is not UNSET:
            field_dict["personal_profiles"] = personal_profiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_update_data_personal_profiles_item import ProfileUpdateDataPersonalProfilesItem  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        orcid = d.pop("orcid", UNSET)

        job_title = d.pop("job_title", UNSET)

        fields_of_interest = cast(list[int], d.pop("fields_of_interest", UNSET))

        fields_of_interest_by_source_id = cast(list[str], d.pop("fields_of_interest_by_source_id", UNSET))

        location = d.pop("location", UNSET)

        facebook = d.pop("facebook", UNSET)

        x = d.pop("x", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        bio = d.pop("bio", UNSET)

        _personal_profiles = d.pop("personal_profiles", UNSET)
        personal_profiles: list[ProfileUpdateDataPersonalProfilesItem] | Unset = UNSET
        if _personal_profiles is not UNSET:
            personal_profiles = []
            for personal_profiles_item_data in _personal_profiles:
                personal_profiles_item = ProfileUpdateDataPersonalProfilesItem.from_dict(personal_profiles_item_data)

                personal_profiles.append(personal_profiles_item)

        profile_update_data = cls(
            first_name=first_name,
            last_name=last_name,
            orcid=orcid,
            job_title=job_title,
            fields_of_interest=fields_of_interest,
            fields_of_interest_by_source_id=fields_of_interest_by_source_id,
            location=location,
            facebook=facebook,
            x=x,
            linkedin=linkedin,
            bio=bio,
            personal_profiles=personal_profiles,
        )

        profile_update_data.additional_properties = d
        return profile_update_data

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
