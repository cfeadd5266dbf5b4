from typing import Literal

AccountItemsListOrder = Literal[
    "created_date", "first_online", "modified_date", "posted_date", "publisher_accepted", "publisher_published"
]
"""The allowed values."""

ACCOUNT_ITEMS_LIST_ORDER_VALUES: frozenset[AccountItemsListOrder] = frozenset(
    (
        "created_date",
        "first_online",
        "modified_date",
        "posted_date",
        "publisher_accepted",
        "publisher_published",
    )
)
"""Every value of `AccountItemsListOrder`."""
