from enum import Enum


class PrivateCollectionsListOrder(str, Enum):
    CITES = "cites"
    MODIFIED_DATE = "modified_date"
    PUBLISHED_DATE = "published_date"
    SHARES = "shares"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)
