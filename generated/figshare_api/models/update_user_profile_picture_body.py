from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import File, RequestModel, check


@define(init=False)
class UpdateUserProfilePictureBody(RequestModel):
    """The ``UpdateUserProfilePictureBody`` object."""

    profile_picture: File
    """User profile picture"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "profile_picture": "profile_picture",
    }

    def __init__(self, profile_picture: File) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.profile_picture = check(profile_picture, File, "UpdateUserProfilePictureBody.profile_picture")
        self.additional_properties = {}
