from typing import Literal

PrivateProjectsListOrder = Literal["modified_date", "published_date", "views"]
"""The allowed values."""

PRIVATE_PROJECTS_LIST_ORDER_VALUES: frozenset[PrivateProjectsListOrder] = frozenset(
    (
        "modified_date",
        "published_date",
        "views",
    )
)
"""Every value of `PrivateProjectsListOrder`."""
