from enum import StrEnum


class UnderlyingFieldInternalType(StrEnum):
    CORE = "core"
    CUSTOM = "custom"
    STOCK = "stock"

    def __str__(self) -> str:
        return str(self.value)
