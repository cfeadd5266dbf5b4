from enum import StrEnum


class ArticleEmbargoEmbargoType(StrEnum):
    ARTICLE = "article"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
