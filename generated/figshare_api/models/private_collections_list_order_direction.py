from typing import Literal

PrivateCollectionsListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

PRIVATE_COLLECTIONS_LIST_ORDER_DIRECTION_VALUES: frozenset[PrivateCollectionsListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `PrivateCollectionsListOrderDirection`."""
