from enum import Enum


class UploadInfoStatus(str, Enum):
    ABORTED = "ABORTED"
    COMPLETED = "COMPLETED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
