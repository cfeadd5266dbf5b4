from typing import Literal

ProjectCollaboratorInviteRoleName = Literal["collaborator", "viewer"]
"""Role of the the collaborator inside the project"""

PROJECT_COLLABORATOR_INVITE_ROLE_NAME_VALUES: frozenset[ProjectCollaboratorInviteRoleName] = frozenset(
    (
        "collaborator",
        "viewer",
    )
)
"""Every value of `ProjectCollaboratorInviteRoleName`."""
