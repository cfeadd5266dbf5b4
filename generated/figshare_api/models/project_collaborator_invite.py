from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check

if TYPE_CHECKING:
    from .project_collaborator_invite_role_name import ProjectCollaboratorInviteRoleName


@define(init=False)
class ProjectCollaboratorInvite(RequestModel):
    """The ``ProjectCollaboratorInvite`` object."""

    role_name: ProjectCollaboratorInviteRoleName
    """Role of the the collaborator inside the project"""
    user_id: int | Unset
    """User id of the collaborator"""
    email: str | Unset
    """Collaborator email"""
    comment: str | Unset
    """Text sent when inviting the user to the project"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "role_name": "role_name",
        "user_id": "user_id",
        "email": "email",
        "comment": "comment",
    }

    def __init__(
        self,
        role_name: ProjectCollaboratorInviteRoleName,
        *,
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        comment: str | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.role_name = check(
            role_name,
            frozenset(
                (
                    "collaborator",
                    "viewer",
                )
            ),
            "ProjectCollaboratorInvite.role_name",
        )
        self.user_id = check(user_id, int, "ProjectCollaboratorInvite.user_id")
        self.email = check(email, str, "ProjectCollaboratorInvite.email")
        self.comment = check(comment, str, "ProjectCollaboratorInvite.comment")
        self.additional_properties = {}
