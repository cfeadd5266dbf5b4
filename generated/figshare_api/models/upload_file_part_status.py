from enum import Enum


class UploadFilePartStatus(str, Enum):
    COMPLETE = "COMPLETE"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
