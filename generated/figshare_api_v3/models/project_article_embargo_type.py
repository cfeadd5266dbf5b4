from enum import Enum


class ProjectArticleEmbargoType(str, Enum):
    ARTICLE = "article"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
