from enum import Enum


class PrivateInstitutionArticlesOrder(str, Enum):
    MODIFIED_DATE = "modified_date"
    PUBLISHED_DATE = "published_date"

    def __str__(self) -> str:
        return str(self.value)
