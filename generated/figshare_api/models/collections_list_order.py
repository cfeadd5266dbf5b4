from typing import Literal

CollectionsListOrder = Literal["cites", "created_date", "modified_date", "published_date", "shares", "views"]
"""The allowed values."""

COLLECTIONS_LIST_ORDER_VALUES: frozenset[CollectionsListOrder] = frozenset(
    (
        "cites",
        "created_date",
        "modified_date",
        "published_date",
        "shares",
        "views",
    )
)
"""Every value of `CollectionsListOrder`."""
