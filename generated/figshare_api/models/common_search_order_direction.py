from typing import Literal

CommonSearchOrderDirection = Literal["asc", "desc"]
"""Direction of ordering"""

COMMON_SEARCH_ORDER_DIRECTION_VALUES: frozenset[CommonSearchOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `CommonSearchOrderDirection`."""
