from typing import Literal

CollectionsListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

COLLECTIONS_LIST_ORDER_DIRECTION_VALUES: frozenset[CollectionsListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `CollectionsListOrderDirection`."""
