from typing import Literal

CollectionsPublicListOrder = Literal["created_date", "modified_date", "published_date"]
"""The allowed values."""

COLLECTIONS_PUBLIC_LIST_ORDER_VALUES: frozenset[CollectionsPublicListOrder] = frozenset(
    (
        "created_date",
        "modified_date",
        "published_date",
    )
)
"""Every value of `CollectionsPublicListOrder`."""
