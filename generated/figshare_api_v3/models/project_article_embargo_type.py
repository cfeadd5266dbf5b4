from enum import StrEnum


class ProjectArticleEmbargoType(StrEnum):
    ARTICLE = "article"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
