from enum import StrEnum


class UploadInfoStatus(StrEnum):
    ABORTED = "ABORTED"
    COMPLETED = "COMPLETED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
