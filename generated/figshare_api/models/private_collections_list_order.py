from typing import Literal

PrivateCollectionsListOrder = Literal["cites", "modified_date", "published_date", "shares", "views"]
"""The allowed values."""

PRIVATE_COLLECTIONS_LIST_ORDER_VALUES: frozenset[PrivateCollectionsListOrder] = frozenset(
    (
        "cites",
        "modified_date",
        "published_date",
        "shares",
        "views",
    )
)
"""Every value of `PrivateCollectionsListOrder`."""
