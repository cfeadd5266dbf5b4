from enum import Enum


class CollectionsListOrder(str, Enum):
    CITES = "cites"
    CREATED_DATE = "created_date"
    MODIFIED_DATE = "modified_date"
    PUBLISHED_DATE = "published_date"
    SHARES = "shares"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)
