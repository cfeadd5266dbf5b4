from enum import Enum


class ArticleEmbargoEmbargoType(str, Enum):
    ARTICLE = "article"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
