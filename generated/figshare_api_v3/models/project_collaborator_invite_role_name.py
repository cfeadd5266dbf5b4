from enum import StrEnum


class ProjectCollaboratorInviteRoleName(StrEnum):
    COLLABORATOR = "collaborator"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
