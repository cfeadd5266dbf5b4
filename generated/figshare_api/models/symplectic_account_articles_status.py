from enum import StrEnum


class SymplecticAccountArticlesStatus(StrEnum):
    DRAFT = "draft"
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
