from enum import StrEnum


class AccountInstitutionCurationsStatus(StrEnum):
    APPROVED = "approved"
    CLOSED = "closed"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
