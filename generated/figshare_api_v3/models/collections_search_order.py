from typing import Literal

CollectionsSearchOrder = Literal["created_date", "modified_date", "published_date"]
"""The field by which to order (current date keys)."""

COLLECTIONS_SEARCH_ORDER_VALUES: frozenset[CollectionsSearchOrder] = frozenset(
    (
        "created_date",
        "modified_date",
        "published_date",
    )
)
"""Every value of `CollectionsSearchOrder`."""
