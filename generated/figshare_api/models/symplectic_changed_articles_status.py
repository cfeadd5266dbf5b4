from enum import Enum


class SymplecticChangedArticlesStatus(str, Enum):
    DRAFT = "draft"
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
