from typing import Literal

PrivateCollectionsListOrder = Literal["created_date", "modified_date", "published_date"]
"""The allowed values."""

PRIVATE_COLLECTIONS_LIST_ORDER_VALUES: frozenset[PrivateCollectionsListOrder] = frozenset(
    (
        "created_date",
        "modified_date",
        "published_date",
    )
)
"""Every value of `PrivateCollectionsListOrder`."""
