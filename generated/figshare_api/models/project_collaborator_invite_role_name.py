from enum import Enum


class ProjectCollaboratorInviteRoleName(str, Enum):
    COLLABORATOR = "collaborator"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
