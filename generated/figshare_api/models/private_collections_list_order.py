from enum import StrEnum


class PrivateCollectionsListOrder(StrEnum):
    CITES = "cites"
    MODIFIED_DATE = "modified_date"
    PUBLISHED_DATE = "published_date"
    SHARES = "shares"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)
