from typing import Literal

ItemsPublicListOrder = Literal[
    "created_date", "first_online", "modified_date", "posted_date", "publisher_accepted", "publisher_published"
]
"""The allowed values."""

ITEMS_PUBLIC_LIST_ORDER_VALUES: frozenset[ItemsPublicListOrder] = frozenset(
    (
        "created_date",
        "first_online",
        "modified_date",
        "posted_date",
        "publisher_accepted",
        "publisher_published",
    )
)
"""Every value of `ItemsPublicListOrder`."""
