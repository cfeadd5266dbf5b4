from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ProfileUpdateData(RequestModel):
    """The ``ProfileUpdateData`` object."""

    first_name: str | Unset
    """First name"""
    last_name: str | Unset
    """Last Name"""
    orcid: str | Unset
    """User ORCID"""
    job_title: str | Unset
    """User job title"""
    fields_of_interest: list[int] | Unset
    """User fields of interest (category ids)"""
    fields_of_interest_by_source_id: list[str] | Unset
    """User fields of interest (category source IDs), supersedes the fields_of_interest property"""
    location: str | Unset
    """User location"""
    facebook: str | Unset
    """User facebook URL"""
    x: str | Unset
    """User X (twitter) URL"""
    linkedin: str | Unset
    """User linkedin URL"""
    bio: str | Unset
    """User biographical information"""
    personal_profiles: list[ProfileUpdateDataPersonalProfilesItem] | Unset
    """Add up to 10 additional personal profile links"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "first_name": "first_name",
        "last_name": "last_name",
        "orcid": "orcid",
        "job_title": "job_title",
        "fields_of_interest": "fields_of_interest",
        "fields_of_interest_by_source_id": "fields_of_interest_by_source_id",
        "location": "location",
        "facebook": "facebook",
        "x": "x",
        "linkedin": "linkedin",
        "bio": "bio",
        "personal_profiles": "personal_profiles",
    }

    def __init__(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        orcid: str | Unset = UNSET,
        job_title: str | Unset = UNSET,
        fields_of_interest: Sequence[int] | Unset = UNSET,
        fields_of_interest_by_source_id: Sequence[str] | Unset = UNSET,
        location: str | Unset = UNSET,
        facebook: str | Unset = UNSET,
        x: str | Unset = UNSET,
        linkedin: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        personal_profiles: Sequence[ProfileUpdateDataPersonalProfilesItem | Mapping[str, Any]] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.first_name = check(first_name, str, "ProfileUpdateData.first_name")
        self.last_name = check(last_name, str, "ProfileUpdateData.last_name")
        self.orcid = check(orcid, str, "ProfileUpdateData.orcid")
        self.job_title = check(job_title, str, "ProfileUpdateData.job_title")
        self.fields_of_interest = check(fields_of_interest, [int], "ProfileUpdateData.fields_of_interest")
        self.fields_of_interest_by_source_id = check(
            fields_of_interest_by_source_id, [str], "ProfileUpdateData.fields_of_interest_by_source_id"
        )
        self.location = check(location, str, "ProfileUpdateData.location")
        self.facebook = check(facebook, str, "ProfileUpdateData.facebook")
        self.x = check(x, str, "ProfileUpdateData.x")
        self.linkedin = check(linkedin, str, "ProfileUpdateData.linkedin")
        self.bio = check(bio, str, "ProfileUpdateData.bio")
        self.personal_profiles = check(
            personal_profiles, [ProfileUpdateDataPersonalProfilesItem], "ProfileUpdateData.personal_profiles"
        )
        self.additional_properties = {}


# At the end: models may refer to each other.

from .profile_update_data_personal_profiles_item import ProfileUpdateDataPersonalProfilesItem  # noqa: E402
