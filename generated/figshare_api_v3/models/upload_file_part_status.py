from enum import StrEnum


class UploadFilePartStatus(StrEnum):
    COMPLETE = "COMPLETE"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
