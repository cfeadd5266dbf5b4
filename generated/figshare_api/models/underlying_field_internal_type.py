from enum import Enum


class UnderlyingFieldInternalType(str, Enum):
    CORE = "core"
    CUSTOM = "custom"
    STOCK = "stock"

    def __str__(self) -> str:
        return str(self.value)
