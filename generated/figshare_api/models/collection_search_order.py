from typing import Literal

CollectionSearchOrder = Literal["cites", "created_date", "modified_date", "published_date", "shares", "views"]
"""The field by which to order."""

COLLECTION_SEARCH_ORDER_VALUES: frozenset[CollectionSearchOrder] = frozenset(
    (
        "cites",
        "created_date",
        "modified_date",
        "published_date",
        "shares",
        "views",
    )
)
"""Every value of `CollectionSearchOrder`."""
