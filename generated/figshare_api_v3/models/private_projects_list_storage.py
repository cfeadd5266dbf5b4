from enum import Enum


class PrivateProjectsListStorage(str, Enum):
    GROUP = "group"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
