from enum import StrEnum


class ArticleCompletePrivateEmbargoType(StrEnum):
    ARTICLE = "article"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
