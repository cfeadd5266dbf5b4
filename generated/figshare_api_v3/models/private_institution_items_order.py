from typing import Literal

PrivateInstitutionItemsOrder = Literal[
    "created_date", "first_online", "modified_date", "posted_date", "publisher_accepted", "publisher_published"
]
"""The allowed values."""

PRIVATE_INSTITUTION_ITEMS_ORDER_VALUES: frozenset[PrivateInstitutionItemsOrder] = frozenset(
    (
        "created_date",
        "first_online",
        "modified_date",
        "posted_date",
        "publisher_accepted",
        "publisher_published",
    )
)
"""Every value of `PrivateInstitutionItemsOrder`."""
