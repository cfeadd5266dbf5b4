from enum import Enum


class PrivateInstitutionItemsOrder(str, Enum):
    CREATED_DATE = "created_date"
    FIRST_ONLINE = "first_online"
    MODIFIED_DATE = "modified_date"
    POSTED_DATE = "posted_date"
    PUBLISHER_ACCEPTED = "publisher_accepted"
    PUBLISHER_PUBLISHED = "publisher_published"

    def __str__(self) -> str:
        return str(self.value)
