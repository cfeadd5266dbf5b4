from enum import Enum


class AccountInstitutionCurationsStatus(str, Enum):
    APPROVED = "approved"
    CLOSED = "closed"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
