from enum import Enum


class CustomArticleFieldFieldType(str, Enum):
    DATE = "date"
    DROPDOWN = "dropdown"
    DROPDOWN_LARGE_LIST = "dropdown_large_list"
    EMAIL = "email"
    TEXT = "text"
    TEXTAREA = "textarea"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
