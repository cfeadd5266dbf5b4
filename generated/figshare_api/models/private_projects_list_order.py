from enum import Enum


class PrivateProjectsListOrder(str, Enum):
    MODIFIED_DATE = "modified_date"
    PUBLISHED_DATE = "published_date"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)
