from typing import Literal

AccountItemsListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

ACCOUNT_ITEMS_LIST_ORDER_DIRECTION_VALUES: frozenset[AccountItemsListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `AccountItemsListOrderDirection`."""
