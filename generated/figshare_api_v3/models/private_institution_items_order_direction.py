from typing import Literal

PrivateInstitutionItemsOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

PRIVATE_INSTITUTION_ITEMS_ORDER_DIRECTION_VALUES: frozenset[PrivateInstitutionItemsOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `PrivateInstitutionItemsOrderDirection`."""
