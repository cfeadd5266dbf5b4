from typing import Literal

ItemsPublicListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

ITEMS_PUBLIC_LIST_ORDER_DIRECTION_VALUES: frozenset[ItemsPublicListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `ItemsPublicListOrderDirection`."""
