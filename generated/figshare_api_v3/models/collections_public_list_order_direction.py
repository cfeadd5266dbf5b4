from typing import Literal

CollectionsPublicListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

COLLECTIONS_PUBLIC_LIST_ORDER_DIRECTION_VALUES: frozenset[CollectionsPublicListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `CollectionsPublicListOrderDirection`."""
