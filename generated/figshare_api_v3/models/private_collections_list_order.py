from enum import Enum


class PrivateCollectionsListOrder(str, Enum):
    CREATED_DATE = "created_date"
    MODIFIED_DATE = "modified_date"
    PUBLISHED_DATE = "published_date"

    def __str__(self) -> str:
        return str(self.value)
