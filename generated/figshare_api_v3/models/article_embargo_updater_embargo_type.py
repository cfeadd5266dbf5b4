from enum import StrEnum


class ArticleEmbargoUpdaterEmbargoType(StrEnum):
    ARTICLE = "article"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
